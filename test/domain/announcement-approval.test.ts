// The rules of announcements for partners: untrusted organizations' announcements to
// subscribers wait for an admin, who approves (scheduled as composed, at once if its time
// has passed) or returns them with a reason; the author is told; everything is audited; the
// picker lists the organization's own dates with their people.
import { beforeEach, describe, expect, it } from "vitest";
import type { AudienceSpec, NewAnnouncement } from "../../src/domain/announcements.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const subscribers: AudienceSpec = { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] };

describe("announcements for partners", () => {
  const { db, services, clock, notes } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let reader: number;

  const draft = (extra: Partial<NewAnnouncement> = {}): NewAnnouncement => ({
    texts: { de: "Neues Sprachcafé am Freitag", ar: "مقهى لغة جديد يوم الجمعة" },
    sourceLocale: "de",
    audience: subscribers,
    urgent: false,
    scheduledAt: new Date("2026-12-02T10:00:00Z"),
    ...extra,
  });
  const audit = async () => (await db.prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).map((e) => [e.action, e.targetId, e.actorUserId]);

  beforeEach(async () => {
    cast = await seedCast(db);
    // The untrusted staff member reads Arabic; one resident subscribes to everything.
    await db.prisma.user.update({ where: { id: cast.users.untrusted.id }, data: { locale: "ar" } });
    reader = (await services.users.identify({ telegramId: 7001n, firstName: "Ana", languageCode: "de" })).id;
    await services.subscriptions.toggleTopic(reader, "general");
  });

  it("when staff of a trusted organization or an admin write to subscribers, then it is scheduled at once and owned by the organization (or the city)", async () => {
    const a = await services.announcements.create(cast.users.staffA.id, draft());
    const city = await services.announcements.create(cast.users.admin.id, draft());
    const asU = await services.announcements.create(cast.users.admin.id, draft({ organizationId: cast.orgs.U }));
    expect([a.status, city.status, asU.status]).toEqual(["SCHEDULED", "SCHEDULED", "SCHEDULED"]);
    const rows = await db.prisma.announcement.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.organizationId)).toEqual([cast.orgs.A, null, cast.orgs.U]);
  });

  it("when staff name another organization, then it is refused", async () => {
    await expect(services.announcements.create(cast.users.staffA.id, draft({ organizationId: cast.orgs.B }))).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.prisma.announcement.count()).toBe(0);
  });

  it("when an untrusted organization writes to subscribers, then nothing is queued until an admin approves; then it goes out and the author is told in their language", async () => {
    const { id, status } = await services.announcements.create(cast.users.untrusted.id, draft());
    expect(status).toBe("PENDING_APPROVAL");
    // The admins are told, in their language, with the organization.
    expect(await notes.notices()).toEqual([
      expect.objectContaining({ kind: "announcement-pending", to: { telegramId: ADMIN_TELEGRAM_ID, locale: "de" }, organizationName: "Neuer Partner U", announcement: expect.objectContaining({ excerpt: "Neues Sprachcafé am Freitag" }) }),
    ]);
    await notes.clear();
    clock.set("2026-12-02T10:05:00Z");
    expect(await services.announcements.enqueueDue(clock.now())).toBe(0);
    expect(await db.prisma.delivery.count()).toBe(0);

    expect((await services.announcements.pendingApproval(cast.users.admin.id)).map((p) => [p.id, p.organization?.name])).toEqual([[id, "Neuer Partner U"]]);
    await services.announcements.approve(cast.users.admin.id, id);
    // Its time had passed: it goes out now.
    expect((await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).scheduledAt.toISOString()).toBe("2026-12-02T10:05:00.000Z");
    expect(await notes.notices()).toEqual([
      expect.objectContaining({ kind: "announcement-approved", to: { telegramId: cast.users.untrusted.telegramId, locale: "ar" }, announcement: expect.objectContaining({ excerpt: "مقهى لغة جديد يوم الجمعة" }) }),
    ]);
    // Queued at the approval itself (the sender is woken), not at the next tick.
    expect(await services.announcements.enqueueDue(clock.now())).toBe(0);
    expect(await db.prisma.delivery.findMany({ where: { kind: "announcement" }, select: { userId: true } })).toEqual([{ userId: reader }]);
    await expect(services.announcements.approve(cast.users.admin.id, id)).rejects.toMatchObject({ code: "announcement-not-pending" });
  });

  it("when an admin approves a pending announcement whose time is still ahead, then it keeps its time", async () => {
    const { id } = await services.announcements.create(cast.users.untrusted.id, draft({ scheduledAt: new Date("2026-12-09T10:00:00Z") }));
    await services.announcements.approve(cast.users.admin.id, id);
    expect(await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2026-12-09T10:00:00Z") });
  });

  it("when an admin rejects with a reason, then it is returned, never sent, and the author gets the reason", async () => {
    const { id } = await services.announcements.create(cast.users.untrusted.id, draft());
    await expect(services.announcements.reject(cast.users.admin.id, id, "   ")).rejects.toMatchObject({ code: "invalid-input" });
    await notes.clear();
    await services.announcements.reject(cast.users.admin.id, id, "Bitte ohne Werbung für Firmen.");
    expect(await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", rejectionReason: "Bitte ohne Werbung für Firmen." });
    expect(await notes.notices()).toEqual([expect.objectContaining({ kind: "announcement-rejected", reason: "Bitte ohne Werbung für Firmen." })]);
    clock.set("2026-12-03T10:00:00Z");
    expect(await services.announcements.enqueueDue(clock.now())).toBe(0);
    expect(await services.announcements.listScheduled(cast.users.untrusted.id)).toEqual([]);
  });

  it("when an untrusted organization writes to its own offer's participants, then it needs no approval", async () => {
    const offer = (await services.offers.saveOffer(offerInput({ organizationId: cast.orgs.U, startsAt: "2026-12-03T14:00:00Z", signupRequired: true }))).id;
    const occurrenceId = await services.offers.nextOccurrenceId(offer);
    await services.signups.signUp({ occurrenceId, userId: reader, seats: 1, listName: "Ana", ageBand: "ADULT" });
    const audience: AudienceSpec = { kind: "PARTICIPANTS", occurrenceId, languages: [] };
    expect(await services.announcements.countAudience(cast.users.untrusted.id, audience)).toBe(1);
    expect((await services.announcements.create(cast.users.untrusted.id, draft({ audience }))).status).toBe("SCHEDULED");
    // Another organization's staff may neither count nor write to them.
    await expect(services.announcements.countAudience(cast.users.staffA.id, audience)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("when an untrusted organization changes the text of an approved announcement, then it waits for approval again; a new time alone does not", async () => {
    const { id } = await services.announcements.create(cast.users.untrusted.id, draft({ scheduledAt: new Date("2026-12-09T10:00:00Z") }));
    await services.announcements.approve(cast.users.admin.id, id);
    await services.announcements.edit(cast.users.untrusted.id, id, { scheduledAt: new Date("2026-12-10T10:00:00Z") });
    expect((await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    await notes.clear();
    await services.announcements.edit(cast.users.untrusted.id, id, { texts: { de: "Jetzt mit Gewinnspiel!" } });
    expect((await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_APPROVAL");
    expect(await notes.kinds()).toEqual(["announcement-pending:Jetzt mit Gewinnspiel!"]);
  });

  it("when only an admin may send urgent ones, then staff of a trusted organization are refused", async () => {
    await expect(services.announcements.create(cast.users.staffA.id, draft({ urgent: true }))).rejects.toMatchObject({ code: "forbidden" });
    expect((await services.announcements.create(cast.users.admin.id, draft({ urgent: true }))).status).toBe("SCHEDULED");
  });

  it("when announcements are created, approved, rejected, edited, cancelled and sent, then each is in the audit log (sent with counts)", async () => {
    const a = (await services.announcements.create(cast.users.staffA.id, draft())).id;
    const u1 = (await services.announcements.create(cast.users.untrusted.id, draft())).id;
    const u2 = (await services.announcements.create(cast.users.untrusted.id, draft())).id;
    await services.announcements.edit(cast.users.staffA.id, a, { texts: { de: "Neu" } });
    await services.announcements.approve(cast.users.admin.id, u1);
    await services.announcements.reject(cast.users.admin.id, u2, "Nein");
    const c = (await services.announcements.create(cast.users.staffA.id, draft({ scheduledAt: new Date("2026-12-09T10:00:00Z") }))).id;
    await services.announcements.cancel(cast.users.staffA.id, c);
    clock.set("2026-12-02T10:00:00Z");
    await services.announcements.enqueueDue(clock.now());
    await db.prisma.delivery.updateMany({ data: { status: "SENT" } });
    expect(await services.announcements.markFinished()).toBe(2);

    const { staffA, untrusted, admin } = cast.users;
    const entries = (await audit()).filter(([action]) => action !== "access.denied");
    expect(entries).toEqual([
      ["announcement.created", String(a), staffA.id],
      ["announcement.created", String(u1), untrusted.id],
      ["announcement.created", String(u2), untrusted.id],
      ["announcement.edited", String(a), staffA.id],
      ["announcement.approved", String(u1), admin.id],
      ["announcement.rejected", String(u2), admin.id],
      ["announcement.created", String(c), staffA.id],
      ["announcement.cancelled", String(c), staffA.id],
      ["announcement.sent", String(a), null],
      ["announcement.sent", String(u1), null],
    ]);
    const sent = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "announcement.sent", targetId: String(a) } });
    expect(sent.details).toEqual({ queued: 0, sent: 1, failed: 0, blocked: 0 });
  });

  it("when staff open the picker, then it lists their organization's upcoming dates, newest offer first, paged, with their people", async () => {
    const offer = async (organizationId: number, title: string, startsAt: string, capacity?: number) =>
      (await services.offers.saveOffer(offerInput({ organizationId, startsAt, signupRequired: true, capacity, texts: { de: { title, summary: "Kurz" } } }))).id;
    const older = await offer(cast.orgs.A, "Nähcafé", "2026-12-04T14:00:00Z", 1);
    clock.set("2026-12-01T10:01:00Z");
    await offer(cast.orgs.A, "Fußball", "2026-12-03T14:00:00Z");
    await offer(cast.orgs.B, "Schach", "2026-12-03T15:00:00Z");
    await offer(cast.orgs.A, "Vergangen", "2026-11-30T14:00:00Z");
    const occurrenceId = await services.offers.nextOccurrenceId(older);
    await services.signups.signUp({ occurrenceId, userId: reader, seats: 1, listName: "Ana", ageBand: "ADULT" });
    const other = (await services.users.identify({ telegramId: 7002n, firstName: "Bo", languageCode: "de" })).id;
    await services.signups.signUp({ occurrenceId, userId: other, seats: 1, listName: "Bo", ageBand: "ADULT" });

    const first = await services.announcements.audienceDates(cast.users.staffA.id, { page: 0, pageSize: 1, locale: "de" });
    expect(first).toEqual({ dates: [expect.objectContaining({ title: "Fußball", participants: 0, waitlisted: 0 })], hasMore: true });
    const second = await services.announcements.audienceDates(cast.users.staffA.id, { page: 1, pageSize: 1, locale: "de" });
    expect(second).toEqual({ dates: [{ occurrenceId, title: "Nähcafé", startsAt: new Date("2026-12-04T14:00:00Z"), participants: 1, waitlisted: 1 }], hasMore: false });
    const titles = async (who: "staffB" | "admin") => (await services.announcements.audienceDates(cast.users[who].id, { page: 0, locale: "de" })).dates.map((d) => d.title);
    expect(await titles("staffB")).toEqual(["Schach"]);
    expect(await titles("admin")).toEqual(["Schach", "Fußball", "Nähcafé"]);
  });

  it("when someone may promote an offer, then canPromote says so; others get false, not an error", async () => {
    const occurrenceId = await services.offers.nextOccurrenceId((await services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt: "2026-12-03T14:00:00Z" }))).id);
    const may = async (who: keyof Cast["users"]) => services.announcements.canPromote(cast.users[who].id, occurrenceId);
    expect([await may("staffA"), await may("admin"), await may("staffB"), await may("untrusted"), await may("resident"), await may("revoked")]).toEqual([true, true, false, false, false, false]);
  });
});
