// The bot is handed botServices only. Every member is classified here; a new one fails the
// first test until it is, so no write reaches the bot without someone deciding how it is guarded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/domain/clock.ts";
import { botServices, createServices, jobServices, webServices, type BotServices, type Services } from "../../src/domain/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { offerInput } from "../support/offers.ts";
import type { ParsedSchedule } from "../../src/import/schedule.ts";

/** Reads nothing can misuse: public listings, the caller's own data, staff screens without personal data. */
const READS = [
  "catalog.listCategories",
  "catalog.listDistricts",
  "offers.listUpcoming",
  "offers.search",
  "offers.getDetails",
  "offers.occurrenceTiming",
  "offers.nextOccurrenceId",
  "signups.getOptions",
  "signups.listForUser",
  "signups.getForUser",
  "signups.occurrenceOf",
  "signups.getGuardianRequest",
  "subscriptions.get",
  "subscriptions.needsAsking",
  "privacy.activeSignups",
  "privacy.exportFor",
  "announcements.canPromote",
  // The source text of an announcement the caller received (and only one that went out).
  "announcements.original",
  "actors.load",
  "conversationState.read",
  // Whom the caller's question would go to; the original of an answer in the caller's own thread.
  "questions.prepare",
  "questions.original",
] as const;

/** Reads for staff or admins only: they check the actor too. */
const STAFF_READS = [
  "announcements.countAudience",
  "announcements.listScheduled",
  "announcements.recentStats",
  "announcements.audienceDates",
  "announcements.promotionDraft",
  "announcements.pendingApproval",
  "announcements.translateDraft",
  "offerManagement.listOwn",
  "offerManagement.ownOffer",
  "offerManagement.ownTexts",
  "offerManagement.translateDraft",
  "offerManagement.pending",
  "offerManagement.pendingRevisions",
  "offerManagement.revision",
  "offerManagement.participants",
  "staff.listOrganizations",
  "staff.listStaff",
  "staff.listAdmins",
  "stats.month",
  "feeds.adminInventoryCsv",
  "audit.page",
  "translation.staffSupported",
  "translation.staffSupportedState",
  "translation.staffTranslate",
  "translation.adminUsage",
  "scheduleImport.preview",
  "calendarFeeds.calendarStatus",
  "questions.adminCounts",
] as const;

/** Staff and admin writes: each takes the acting user's id and checks their role in the domain. */
const STAFF_WRITES = [
  "announcements.create",
  "announcements.edit",
  "announcements.cancel",
  "announcements.approve",
  "announcements.reject",
  "offerManagement.create",
  "offerManagement.edit",
  "offerManagement.reschedule",
  "offerManagement.cancel",
  "offerManagement.approve",
  "offerManagement.reject",
  "offerManagement.approveRevision",
  "offerManagement.rejectRevision",
  "offerManagement.exportCsv",
  "offerManagement.markAttendance",
  "staff.createOrganization",
  "staff.editOrganization",
  "staff.invite",
  "staff.revoke",
  "staff.grantAdmin",
  "staff.revokeAdmin",
  "scheduleImport.apply",
  "calendarFeeds.setCalendar",
  "calendarFeeds.removeCalendar",
  "questions.markDone",
  "questions.blockAsker",
  "questions.linkGroup",
  "questions.setReplyDays",
] as const;

/** Residents' own writes: they act only on the calling user's data (or a secret link they hold). */
const SELF_SERVICE = [
  "signups.signUp",
  "signups.cancel",
  "signups.declineAttendance",
  "signups.guardianDecide",
  "subscriptions.toggleTopic",
  "subscriptions.toggleDistrict",
  "subscriptions.setAllDistricts",
  "subscriptions.toggleDigest",
  "subscriptions.setEnabled",
  "subscriptions.stopAll",
  "subscriptions.unsubscribeTopic",
  "subscriptions.markAsked",
  "users.setLocale",
  "privacy.erase",
  "staff.acceptInvitation",
  "questions.ask",
  // Only in the caller's own thread (the domain checks the asker).
  "questions.followUp",
  // A reply to a message the bot sent in the sender's chat: an answer only from staff of the
  // thread's organization, a follow-up only from its asker; anything else reaches nobody.
  "questions.reply",
] as const;

/**
 * Writes about the sender of the update as Telegram reports it (its from.id, its chat), never
 * about anyone a button or a typed id could name: identify, blocked, the conversation's state,
 * and the note that the sender was refused something.
 */
const SENDER = [
  "users.identify",
  "users.identifyWith",
  "users.markBlocked",
  "conversationState.write",
  "conversationState.delete",
  "staff.recordDenied",
] as const;

const methodsOf = (services: object) =>
  Object.entries(services).flatMap(([name, service]) =>
    Object.entries(service as object)
      .filter(([, member]) => typeof member === "function")
      .map(([method]) => `${name}.${method}`),
  );

const NOW = "2026-12-01T10:00:00Z";

/** A schedule file as the parsers hand it over: one new offer. */
const importedSchedule = (): ParsedSchedule => ({
  format: "csv",
  rows: 1,
  hasCategory: false,
  hasDistrict: false,
  errors: [],
  items: [{ row: 2, key: "id:1", texts: { de: { title: "Gekapert", summary: "" } }, startsAt: new Date("2026-12-06T14:00:00Z"), recurrence: "NONE" }],
});
const LATER = new Date("2026-12-05T14:00:00Z");

describe("what the bot can reach", () => {
  let db: TestDatabase;
  let all: Services;
  let bot: BotServices;
  let ids: {
    admin: number;
    staffer: number;
    resident: number;
    neighbour: number;
    org: number;
    offer: number;
    occurrence: number;
    pending: number;
    signup: number;
    announcement: number;
    revision: number;
    thread: number;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.dispose());
  beforeEach(async () => {
    await db.reset();
    all = createServices({ db: db.prisma, sql: db.query, clock: fixedClock(NOW), adminIds: [1n], timezone: "Europe/Berlin" });
    bot = botServices(all);
    const person = async (telegramId: bigint) => (await all.users.identify({ telegramId, firstName: `U${telegramId}`, languageCode: "de" })).id;
    const admin = await person(1n);
    const staffer = await person(2n);
    const resident = await person(3n);
    const neighbour = await person(4n);
    const org = (await all.catalog.saveOrganization({ name: "Stadtteiltreff" })).id;
    await db.prisma.user.update({ where: { id: staffer }, data: { role: "STAFF", organizationId: org } });
    const offer = (await all.offers.saveOffer(offerInput({ organizationId: org, startsAt: "2026-12-02T14:00:00Z", signupRequired: true, capacity: 10 }))).id;
    const occurrence = await all.offers.nextOccurrenceId(offer);
    const pending = (await all.offers.saveOffer(offerInput({ organizationId: org, startsAt: "2026-12-03T14:00:00Z", status: "PENDING_APPROVAL" }))).id;
    const signup = (await all.signups.signUp({ occurrenceId: occurrence, userId: neighbour, seats: 1, listName: "Nachbarin", ageBand: "ADULT" })).signupId;
    const announcement = (await all.announcements.create(staffer, announcementDraft())).id;
    // The organization is not trusted: the staff member's change to the published offer waits.
    await all.offerManagement.edit(staffer, offer, offerInput({ organizationId: org, startsAt: "2026-12-02T14:00:00Z", texts: { de: { title: "Neu", summary: "Kurz" } } }));
    const revision = (await db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: offer, status: "PENDING" } })).id;
    const thread = (await all.questions.ask({ userId: neighbour, offerId: offer, text: "Darf ich mein Kind mitbringen?", shareName: false })).threadId;
    ids = { admin, staffer, resident, neighbour, org, offer, occurrence, pending, signup, announcement, revision, thread };
  });

  const announcementDraft = () => ({
    texts: { de: "Sprachcafé zieht um" },
    sourceLocale: "de" as const,
    audience: { kind: "SUBSCRIBERS" as const, topic: "general", districtIds: [], languages: [] },
    urgent: false,
    scheduledAt: LATER,
  });

  /** What the refused calls could have changed. */
  const snapshot = async () => ({
    offers: await db.prisma.offer.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, startsAt: true, rejectionReason: true, translations: { select: { title: true } } } }),
    announcements: await db.prisma.announcement.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, texts: true, scheduledAt: true } }),
    organizations: await db.prisma.organization.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, trusted: true } }),
    users: await db.prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, organizationId: true, locale: true } }),
    signups: await db.prisma.signup.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, attendance: true } }),
    invitations: await db.prisma.invitation.count(),
    revisions: await db.prisma.offerRevision.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, data: true, reason: true } }),
  });

  /** Each staff write, called as the resident with otherwise valid arguments. */
  const asResident: Record<(typeof STAFF_WRITES)[number], () => Promise<unknown>> = {
    "announcements.create": () => bot.announcements.create(ids.resident, announcementDraft()),
    "announcements.edit": () => bot.announcements.edit(ids.resident, ids.announcement, { texts: { de: "Gekapert" } }),
    "announcements.cancel": () => bot.announcements.cancel(ids.resident, ids.announcement),
    "announcements.approve": () => bot.announcements.approve(ids.resident, ids.announcement),
    "announcements.reject": () => bot.announcements.reject(ids.resident, ids.announcement, "Passt nicht"),
    "offerManagement.create": () => bot.offerManagement.create(ids.resident, offerInput({ organizationId: ids.org, startsAt: "2026-12-04T14:00:00Z" }), true),
    "offerManagement.edit": () => bot.offerManagement.edit(ids.resident, ids.offer, offerInput({ organizationId: ids.org, startsAt: "2026-12-04T14:00:00Z" })),
    "offerManagement.reschedule": () => bot.offerManagement.reschedule(ids.resident, ids.offer, LATER),
    "offerManagement.cancel": () => bot.offerManagement.cancel(ids.resident, ids.offer),
    "offerManagement.approve": () => bot.offerManagement.approve(ids.resident, ids.pending),
    "offerManagement.reject": () => bot.offerManagement.reject(ids.resident, ids.pending, "Passt nicht"),
    "offerManagement.approveRevision": () => bot.offerManagement.approveRevision(ids.resident, ids.revision),
    "offerManagement.rejectRevision": () => bot.offerManagement.rejectRevision(ids.resident, ids.revision, "Passt nicht"),
    "offerManagement.exportCsv": () =>
      bot.offerManagement.exportCsv(ids.resident, ids.occurrence, { listName: "Name", seats: "Plätze", childSeats: "Kinder", status: "Status", ageBand: "Alter", attendance: "Da" }),
    "offerManagement.markAttendance": () => bot.offerManagement.markAttendance(ids.resident, ids.signup, "PRESENT"),
    "staff.createOrganization": () => bot.staff.createOrganization(ids.resident, { name: "Meine Firma" }),
    "staff.editOrganization": () => bot.staff.editOrganization(ids.resident, ids.org, { trusted: true }),
    "staff.invite": () => bot.staff.invite(ids.resident, ids.org),
    "staff.revoke": () => bot.staff.revoke(ids.resident, ids.staffer),
    "staff.grantAdmin": () => bot.staff.grantAdmin(ids.resident, ids.staffer),
    "staff.revokeAdmin": () => bot.staff.revokeAdmin(ids.resident, ids.admin),
    "scheduleImport.apply": () => bot.scheduleImport.apply(ids.resident, importedSchedule(), { categoryId: "sport" }),
    "calendarFeeds.setCalendar": () => bot.calendarFeeds.setCalendar(ids.resident, { url: "https://cloud.example/cal.ics", categoryId: "sport", districtId: null, organizationId: ids.org }),
    "calendarFeeds.removeCalendar": () => bot.calendarFeeds.removeCalendar(ids.resident, ids.org),
    "questions.markDone": () => bot.questions.markDone(ids.resident, ids.thread),
    "questions.blockAsker": () => bot.questions.blockAsker(ids.resident, ids.thread),
    "questions.linkGroup": () => bot.questions.linkGroup({ actorUserId: ids.resident, chatId: -100123n, title: "Gruppe", locale: "de" }),
    "questions.setReplyDays": () => bot.questions.setReplyDays(ids.resident, 5),
  };

  const staffReadsAsResident: Record<(typeof STAFF_READS)[number], () => Promise<unknown>> = {
    "announcements.countAudience": () => bot.announcements.countAudience(ids.resident, { kind: "PARTICIPANTS", occurrenceId: ids.occurrence, languages: [] }),
    "announcements.listScheduled": () => bot.announcements.listScheduled(ids.resident),
    "announcements.recentStats": () => bot.announcements.recentStats(ids.resident, 5),
    "announcements.audienceDates": () => bot.announcements.audienceDates(ids.resident, { page: 0, locale: "de" }),
    "announcements.promotionDraft": () => bot.announcements.promotionDraft(ids.resident, ids.occurrence),
    "announcements.pendingApproval": () => bot.announcements.pendingApproval(ids.resident),
    "announcements.translateDraft": () => bot.announcements.translateDraft(ids.resident, { text: "Sprachcafé zieht um", sourceLocale: "de", targets: ["ar"] }),
    "offerManagement.listOwn": () => bot.offerManagement.listOwn(ids.resident, "de"),
    "offerManagement.ownOffer": () => bot.offerManagement.ownOffer(ids.resident, ids.offer, "de"),
    "offerManagement.ownTexts": () => bot.offerManagement.ownTexts(ids.resident, ids.offer),
    "offerManagement.translateDraft": () =>
      bot.offerManagement.translateDraft(ids.resident, { organizationId: ids.org, sourceLocale: "de", texts: { title: "Sprachcafé", summary: "Deutsch üben" }, targets: ["ar"] }),
    "offerManagement.pending": () => bot.offerManagement.pending(ids.resident),
    "offerManagement.pendingRevisions": () => bot.offerManagement.pendingRevisions(ids.resident),
    "offerManagement.revision": () => bot.offerManagement.revision(ids.resident, ids.revision, "de"),
    "offerManagement.participants": () => bot.offerManagement.participants(ids.resident, ids.occurrence),
    "staff.listOrganizations": () => bot.staff.listOrganizations(ids.resident),
    "staff.listStaff": () => bot.staff.listStaff(ids.resident, ids.org),
    "staff.listAdmins": () => bot.staff.listAdmins(ids.resident),
    "stats.month": () => bot.stats.month(ids.resident, "2026-12"),
    "feeds.adminInventoryCsv": () => bot.feeds.adminInventoryCsv(ids.resident, "de"),
    "translation.staffSupported": () => bot.translation.staffSupported(ids.resident, "de"),
    "translation.staffSupportedState": () => bot.translation.staffSupportedState(ids.resident, "de"),
    "translation.adminUsage": () => bot.translation.adminUsage(ids.resident),
    "translation.staffTranslate": () => bot.translation.staffTranslate(ids.resident, { source: "de", fields: { title: "Sprachcafé" }, targets: ["ar"] }),
    "audit.page": () => bot.audit.page({ actorUserId: ids.resident, page: 0 }),
    "scheduleImport.preview": () => bot.scheduleImport.preview(ids.resident, importedSchedule(), { categoryId: "sport" }),
    "calendarFeeds.calendarStatus": () => bot.calendarFeeds.calendarStatus(ids.resident, ids.org),
    "questions.adminCounts": () => bot.questions.adminCounts(ids.resident),
  };

  it("when the bot's services are walked, then every method is classified once and nothing unguarded is left over", () => {
    const classified = [...READS, ...STAFF_READS, ...STAFF_WRITES, ...SELF_SERVICE, ...SENDER];
    expect(new Set(classified).size).toBe(classified.length);
    expect(methodsOf(bot).sort()).toEqual([...classified].sort());
    // The data access the use cases share is not among them.
    for (const internal of ["offers.saveOffer", "offers.setStatus", "offers.currentInput", "catalog.saveOrganization", "audit.record", "signups.runScheduled", "signups.withdrawAll"]) {
      expect(methodsOf(bot)).not.toContain(internal);
    }
    expect(Object.keys(asResident).sort()).toEqual([...STAFF_WRITES].sort());
  });

  it("when the scheduler's services are walked, then they hold only the system jobs", () => {
    expect(methodsOf(jobServices(all)).sort()).toEqual(
      [
        "signups.runScheduled",
        "offerManagement.backfillTranslations",
        "announcements.enqueueDue",
        "announcements.markFinished",
        "announcements.createDigest",
        "announcements.content",
        "announcements.digestOffers",
        "announcements.backfillTranslations",
        "retention.run",
        "jobRuns.claim",
        "jobRuns.prune",
        "users.markBlocked",
        "calendarFeeds.dueCalendars",
        "calendarFeeds.calendarFetched",
        "calendarFeeds.calendarFailed",
        "questions.copy",
        "questions.recordRelay",
        "questions.remindUnanswered",
        "questions.purge",
      ].sort(),
    );
  });

  it("when the web layer's services are walked, then they hold only public reads of published offers and the catalog", () => {
    expect(methodsOf(webServices(all)).sort()).toEqual(["feeds.listings", "feeds.inventoryCsv", "catalog.listCategories", "catalog.listDistricts"].sort());
  });

  /** The audit entries written since `sinceId`. */
  const auditSince = (sinceId: number) =>
    db.prisma.auditEntry.findMany({ where: { id: { gt: sinceId } }, orderBy: { id: "asc" }, select: { actorUserId: true, action: true, targetType: true, actorRole: true } });
  const lastAuditId = async () => (await db.prisma.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;

  it.each(STAFF_WRITES)("when a resident calls %s, then it is refused, nothing changes and one access.denied entry names them and the method", async (method) => {
    const before = await snapshot();
    const since = await lastAuditId();
    await expect(asResident[method]()).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
    expect(await auditSince(since)).toEqual([{ actorUserId: ids.resident, action: "access.denied", targetType: method, actorRole: "RESIDENT" }]);
  });

  it.each(STAFF_READS)("when a resident calls %s, then it is refused and access.denied is audited", async (method) => {
    const since = await lastAuditId();
    await expect(staffReadsAsResident[method]()).rejects.toMatchObject({ code: "forbidden" });
    expect(await auditSince(since)).toEqual([{ actorUserId: ids.resident, action: "access.denied", targetType: method, actorRole: "RESIDENT" }]);
  });

  it("when a call is refused for a reason other than the role (a rule, a missing row), then no access.denied is written", async () => {
    const since = await lastAuditId();
    await expect(bot.staff.revokeAdmin(ids.admin, ids.admin)).rejects.toMatchObject({ code: "admin-configured" });
    await expect(bot.offerManagement.cancel(ids.staffer, 999_999)).rejects.toMatchObject({ code: "offer-unavailable" });
    expect(await auditSince(since)).toEqual([]);
  });

  it("when the same staff writes come from staff of the organization, then they pass the check (the refusal above is the role, not the arguments)", async () => {
    await expect(bot.announcements.edit(ids.staffer, ids.announcement, { texts: { de: "Neu" } })).resolves.toEqual({ outdated: [], failed: [] });
    await expect(bot.offerManagement.markAttendance(ids.staffer, ids.signup, "PRESENT")).rejects.toMatchObject({ code: "invalid-input" }); // before the start
    await expect(bot.offerManagement.cancel(ids.staffer, ids.offer)).resolves.toMatchObject({ notified: 1 });
    await expect(bot.offerManagement.approve(ids.admin, ids.pending)).resolves.toBeUndefined();
    await expect(bot.offerManagement.rejectRevision(ids.admin, ids.revision, "Bitte mit Uhrzeit")).rejects.toMatchObject({ code: "revision-not-pending" }); // its offer was cancelled
  });

  it("when a resident cancels, declines or confirms as guardian someone else's sign-up, then it is refused and theirs stays", async () => {
    await expect(bot.signups.cancel({ signupId: ids.signup, userId: ids.resident })).rejects.toMatchObject({ code: "signup-not-found" });
    await expect(bot.signups.declineAttendance({ signupId: ids.signup, userId: ids.resident })).rejects.toMatchObject({ code: "signup-not-found" });
    expect(await db.prisma.signup.findUniqueOrThrow({ where: { id: ids.signup } })).toMatchObject({ status: "CONFIRMED", userId: ids.neighbour });

    // A young person's guardian link: its holder may answer, the young person may not.
    const youth = (await all.offers.saveOffer(offerInput({ organizationId: ids.org, startsAt: "2026-12-02T16:00:00Z", signupRequired: true, ageMin: 10, ageMax: 15 }))).id;
    const child = await bot.signups.signUp({ occurrenceId: await all.offers.nextOccurrenceId(youth), userId: ids.resident, seats: 1, listName: "Kind", ageBand: "UNDER_16" });
    await expect(bot.signups.guardianDecide({ token: child.guardianToken!, guardianUserId: ids.resident, confirm: true })).rejects.toMatchObject({ code: "guardian-self" });
    await expect(bot.signups.guardianDecide({ token: child.guardianToken!, guardianUserId: ids.neighbour, confirm: true })).resolves.toEqual({ confirmed: true });
  });

  it("when a resident signs up, subscribes, picks a language and erases their data, then only their own rows change", async () => {
    const neighbourBefore = {
      user: await db.prisma.user.findUniqueOrThrow({ where: { id: ids.neighbour } }),
      subscription: await bot.subscriptions.get(ids.neighbour),
      signups: await db.prisma.signup.findMany({ where: { userId: ids.neighbour } }),
    };

    const mine = await bot.signups.signUp({ occurrenceId: ids.occurrence, userId: ids.resident, seats: 2, listName: "Ich", ageBand: "ADULT" });
    expect(await db.prisma.signup.findUniqueOrThrow({ where: { id: mine.signupId } })).toMatchObject({ userId: ids.resident, seats: 2 });
    await bot.subscriptions.toggleTopic(ids.resident, "sport");
    await bot.subscriptions.toggleDigest(ids.resident);
    await bot.subscriptions.markAsked(ids.resident);
    expect(await bot.subscriptions.get(ids.resident)).toMatchObject({ enabled: true, topics: ["sport"], digest: true });
    await bot.users.setLocale(ids.resident, "ar");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.resident } })).locale).toBe("ar");

    await expect(bot.privacy.erase(ids.resident)).resolves.toEqual({ signupsCancelled: 1 });
    expect(await db.prisma.user.findUnique({ where: { id: ids.resident } })).toBeNull();

    expect({
      user: await db.prisma.user.findUniqueOrThrow({ where: { id: ids.neighbour } }),
      subscription: await bot.subscriptions.get(ids.neighbour),
      signups: await db.prisma.signup.findMany({ where: { userId: ids.neighbour } }),
    }).toEqual(neighbourBefore);
  });
});
