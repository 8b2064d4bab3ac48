// Who may do what with announcements, in the domain: every announcement action × every actor of
// the cast (test/support/actors.ts). Allowed calls resolve; refused ones throw "forbidden" and
// leave the announcements and deliveries as they were.
import { beforeEach, describe, expect, it } from "vitest";
import type { AudienceSpec, NewAnnouncement } from "../../src/domain/announcements.ts";
import { ACTOR_NAMES, ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const LATER = new Date("2026-12-05T14:00:00Z");

type Ids = { occurrenceA: number; offerA: number; announcementA: number; pendingU: number };
type Action = (actor: number) => Promise<unknown>;

describe("announcements: who may do what (domain)", () => {
  const { db, services } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let ids: Ids;

  const draft = (audience: AudienceSpec, extra: Partial<NewAnnouncement> = {}): NewAnnouncement => ({
    texts: { de: "Sprachcafé zieht um" },
    sourceLocale: "de",
    audience,
    urgent: false,
    scheduledAt: LATER,
    ...extra,
  });
  const subscribers: AudienceSpec = { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] };

  beforeEach(async () => {
    cast = await seedCast(db);
    const offerA = (await services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt: "2026-12-03T14:00:00Z", signupRequired: true, capacity: 1 }))).id;
    const occurrenceA = await services.offers.nextOccurrenceId(offerA);
    // One confirmed, one on the waiting list (capacity 1).
    for (const [n, name] of [
      [1, "Ana"],
      [2, "Bo"],
    ] as const) {
      const user = await db.prisma.user.create({ data: { telegramId: BigInt(7000 + n), locale: "de" } });
      await services.signups.signUp({ occurrenceId: occurrenceA, userId: user.id, seats: 1, listName: name, ageBand: "ADULT" });
    }
    const announcementA = (await services.announcements.create(cast.users.staffA.id, draft(subscribers))).id;
    const pendingU = (await services.announcements.create(cast.users.untrusted.id, draft(subscribers))).id;
    ids = { occurrenceA, offerA, announcementA, pendingU };
  });

  const participantsA = (): AudienceSpec => ({ kind: "PARTICIPANTS", occurrenceId: ids.occurrenceA, languages: [] });
  const waitlistA = (): AudienceSpec => ({ kind: "WAITLIST", occurrenceId: ids.occurrenceA, languages: [] });

  const actions: Record<string, { run: Action; allowed: readonly ActorName[] }> = {
    "create for subscribers": { run: (a) => services.announcements.create(a, draft(subscribers)), allowed: ["staffA", "staffB", "untrusted", "admin"] },
    "create for participants of A's offer": { run: (a) => services.announcements.create(a, draft(participantsA())), allowed: ["staffA", "admin"] },
    "create for the waiting list of A's offer": { run: (a) => services.announcements.create(a, draft(waitlistA())), allowed: ["staffA", "admin"] },
    "promote A's offer": { run: (a) => services.announcements.create(a, draft(subscribers, { offerId: ids.offerA })), allowed: ["staffA", "admin"] },
    "promotion draft of A's offer": { run: (a) => services.announcements.promotionDraft(a, ids.occurrenceA), allowed: ["staffA", "admin"] },
    "create urgent": { run: (a) => services.announcements.create(a, draft(subscribers, { urgent: true })), allowed: ["admin"] },
    list: { run: (a) => services.announcements.listScheduled(a), allowed: ["staffA", "staffB", "untrusted", "admin"] },
    "edit A's announcement": { run: (a) => services.announcements.edit(a, ids.announcementA, { texts: { de: "Geändert" } }), allowed: ["staffA", "admin"] },
    "cancel A's announcement": { run: (a) => services.announcements.cancel(a, ids.announcementA), allowed: ["staffA", "admin"] },
    stats: { run: (a) => services.announcements.recentStats(a, 5), allowed: ["staffA", "staffB", "untrusted", "admin"] },
    "count participants of A's offer": { run: (a) => services.announcements.countAudience(a, participantsA()), allowed: ["staffA", "admin"] },
    "count subscribers": { run: (a) => services.announcements.countAudience(a, subscribers), allowed: ["staffA", "staffB", "untrusted", "admin"] },
    "picker dates": { run: (a) => services.announcements.audienceDates(a, { page: 0, locale: "de" }), allowed: ["staffA", "staffB", "untrusted", "admin"] },
    "list pending approval": { run: (a) => services.announcements.pendingApproval(a), allowed: ["admin"] },
    "approve U's announcement": { run: (a) => services.announcements.approve(a, ids.pendingU), allowed: ["admin"] },
    "reject U's announcement": { run: (a) => services.announcements.reject(a, ids.pendingU, "Bitte ohne Werbung"), allowed: ["admin"] },
  };

  const snapshot = async () => ({
    announcements: await db.prisma.announcement.findMany({ orderBy: { id: "asc" } }),
    deliveries: await db.prisma.delivery.findMany({ orderBy: { id: "asc" } }),
  });

  const cases = Object.entries(actions).flatMap(([name, action]) => ACTOR_NAMES.map((who) => [name, who, action.allowed.includes(who)] as const));

  it.each(cases)("%s by %s: allowed = %s", async (name, who, allowed) => {
    const before = await snapshot();
    const call = actions[name]!.run(cast.users[who].id);
    if (allowed) {
      await call; // a refusal would throw here
      return;
    }
    await expect(call).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("when staff list their announcements, then they see their organization's only; admins see all with the organization", async () => {
    const seen = async (who: ActorName) => (await services.announcements.listScheduled(cast.users[who].id)).map((a) => a.id);
    expect(await seen("staffA")).toEqual([ids.announcementA]);
    expect(await seen("staffB")).toEqual([]);
    expect(await seen("untrusted")).toEqual([ids.pendingU]);
    const all = await services.announcements.listScheduled(cast.users.admin.id);
    expect(all.map((a) => [a.id, a.organization?.name, a.status])).toEqual([
      [ids.announcementA, "Stadt Münster · Partner A", "SCHEDULED"],
      [ids.pendingU, "Neuer Partner U", "PENDING_APPROVAL"],
    ]);
  });

  it("when announcements were sent, then staff get counts of their organization's only", async () => {
    await services.announcements.enqueueDue(new Date("2026-12-06T10:00:00Z"));
    const stats = async (who: ActorName) => (await services.announcements.recentStats(cast.users[who].id, 5)).map((s) => s.id);
    // Nobody subscribes, so A's went out at once to nobody (SENT); U's waits for approval.
    expect(await stats("staffA")).toEqual([ids.announcementA]);
    expect(await stats("staffB")).toEqual([]);
    expect(await stats("untrusted")).toEqual([]);
    expect(await stats("admin")).toEqual([ids.announcementA]);
  });
});
