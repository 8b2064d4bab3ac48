// Who may do what with offers, in the domain: every staff and admin action on offers × the six
// actors of the cast, on an offer of trusted organization A and of untrusted organization U.
// Allowed calls succeed; refused ones throw "forbidden" and change nothing.
import { beforeEach, describe, expect, it } from "vitest";
import type { Services } from "../../src/domain/index.ts";
import { ACTOR_NAMES, ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { fixtureDraft, offerSnapshot, seedOfferFixture, type OfferFixture } from "../support/offer-fixtures.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const OWNERS = ["A", "U"] as const;
type Owner = (typeof OWNERS)[number];

const draft = fixtureDraft;

const HEADER = { listName: "Name", seats: "Plätze", childSeats: "Kinder", status: "Status", ageBand: "Alter", attendance: "Da" };

type Act = (s: Services, actor: number, org: number, fx: OfferFixture) => Promise<unknown>;

/** Each offer action with otherwise valid arguments, and who may take it: the owner's staff ("owner") and/or admins. */
const ACTIONS: Record<string, { act: Act; allowed: "owner+admin" | "admin" }> = {
  create: { act: (s, a, org) => s.offerManagement.create(a, draft(org, "Neu"), true), allowed: "owner+admin" },
  edit: { act: (s, a, org, fx) => s.offerManagement.edit(a, fx.offer, draft(org, "Geändert")), allowed: "owner+admin" },
  reschedule: { act: (s, a, _org, fx) => s.offerManagement.reschedule(a, fx.offer, new Date("2026-12-06T14:00:00Z")), allowed: "owner+admin" },
  cancel: { act: (s, a, _org, fx) => s.offerManagement.cancel(a, fx.offer), allowed: "owner+admin" },
  ownOffer: { act: (s, a, _org, fx) => s.offerManagement.ownOffer(a, fx.offer, "de"), allowed: "owner+admin" },
  participants: { act: (s, a, _org, fx) => s.offerManagement.participants(a, fx.occurrence), allowed: "owner+admin" },
  exportCsv: { act: (s, a, _org, fx) => s.offerManagement.exportCsv(a, fx.occurrence, HEADER), allowed: "owner+admin" },
  markAttendance: { act: (s, a, _org, fx) => s.offerManagement.markAttendance(a, fx.pastSignup, "PRESENT"), allowed: "owner+admin" },
  approve: { act: (s, a, _org, fx) => s.offerManagement.approve(a, fx.pending), allowed: "admin" },
  reject: { act: (s, a, _org, fx) => s.offerManagement.reject(a, fx.pending, "Bitte Uhrzeit ergänzen"), allowed: "admin" },
  pendingRevisions: { act: (s, a) => s.offerManagement.pendingRevisions(a), allowed: "admin" },
  revision: { act: (s, a, _org, fx) => s.offerManagement.revision(a, fx.revision, "de"), allowed: "admin" },
  approveRevision: { act: (s, a, _org, fx) => s.offerManagement.approveRevision(a, fx.revision), allowed: "admin" },
  rejectRevision: { act: (s, a, _org, fx) => s.offerManagement.rejectRevision(a, fx.revision, "Bitte beim Thema bleiben"), allowed: "admin" },
};

const OWNER_STAFF: Record<Owner, ActorName> = { A: "staffA", U: "untrusted" };

const mayAct = (action: string, owner: Owner, who: ActorName) =>
  who === "admin" || (ACTIONS[action]!.allowed === "owner+admin" && who === OWNER_STAFF[owner]);

const refusedActors = (action: string, owner: Owner) => ACTOR_NAMES.filter((who) => !mayAct(action, owner, who));
const GROUPS = Object.keys(ACTIONS).flatMap((action) => OWNERS.map((owner) => [action, owner, refusedActors(action, owner).join(", ")] as const));
/** One test per allowed call (each changes the state); the refused ones of an action share one. */
const ALLOWED = GROUPS.flatMap(([action, owner]) => ACTOR_NAMES.filter((who) => mayAct(action, owner, who)).map((who) => [action, owner, who] as const));

describe("authorization of offer actions", () => {
  const { db, services } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let fixtures: Record<Owner, OfferFixture>;

  beforeEach(async () => {
    cast = await seedCast(db);
    fixtures = { A: await seedOfferFixture(db, services, cast, cast.orgs.A, cast.users.staffA.id), U: await seedOfferFixture(db, services, cast, cast.orgs.U, cast.users.untrusted.id) };
  });

  const snapshot = () => offerSnapshot(db);

  const call = (action: string, owner: Owner, who: ActorName) => ACTIONS[action]!.act(services, cast.users[who].id, cast.orgs[owner], fixtures[owner]);

  it.each(GROUPS)("when %s on an offer of %s is tried by %s, then each is refused and nothing changes", async (action, owner) => {
    const before = await snapshot();
    for (const who of refusedActors(action, owner)) {
      await expect(call(action, owner, who), who).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(ALLOWED)("when %s on an offer of %s is done by %s, then it is allowed", async (action, owner, who) => {
    await call(action, owner, who);
  });

  it.each(ACTOR_NAMES)("listOwn by %s: staff see only their organization's offers, admins all, others are refused", async (who) => {
    const visible = ({ resident: null, revoked: null, staffA: ["A"], staffB: [], untrusted: ["U"], admin: ["A", "U"] } satisfies Record<ActorName, Owner[] | null>)[who] as Owner[] | null;
    const call = services.offerManagement.listOwn(cast.users[who].id, "de");
    if (visible === null) return void (await expect(call).rejects.toMatchObject({ code: "forbidden" }));
    const ids = (await call).map((o) => o.offerId);
    for (const owner of OWNERS) expect(ids.includes(fixtures[owner].offer)).toBe(visible.includes(owner));
  });

  it("when the allowed actions run, then they did what they say (the matrix's 'allowed' is not just 'did not throw')", async () => {
    const { offerManagement } = services;
    // Untrusted staff's edit of their published offer waits; trusted staff's is published.
    expect(await offerManagement.edit(cast.users.untrusted.id, fixtures.U.offer, draft(cast.orgs.U, "Geändert"))).toMatchObject({ awaitingApproval: true });
    expect(await offerManagement.edit(cast.users.staffA.id, fixtures.A.offer, draft(cast.orgs.A, "Geändert"))).toMatchObject({ awaitingApproval: false });
    expect((await db.prisma.offerTranslation.findFirstOrThrow({ where: { offerId: fixtures.U.offer } })).title).toBe("Sprachcafé");
    expect((await db.prisma.offerTranslation.findFirstOrThrow({ where: { offerId: fixtures.A.offer } })).title).toBe("Geändert");
    // The admin's approval of A's waiting revision publishes its cost.
    await offerManagement.approveRevision(cast.users.admin.id, fixtures.A.revision);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: fixtures.A.offer } })).costText).toBe("2 €");
  });
});
