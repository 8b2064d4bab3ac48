// Importing a schedule file into an organization's offers: the preview's counts, idempotent
// re-import, a changed row that moves the offer (participants told), the approval rules of
// untrusted organizations, bad rows beside good ones, and who may import.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { stableStart } from "../../src/domain/schedule-import.ts";
import { parseSchedule } from "../../src/import/index.ts";
import type { ParsedSchedule } from "../../src/import/schedule.ts";
import { seedCast, ADMIN_TELEGRAM_ID, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const OPTIONS = { timezone: "Europe/Berlin", now: new Date(NOW) };
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/import", name));
const parse = (name: string, format: ParsedSchedule["format"]) => parseSchedule(fixture(name), format, OPTIONS);
/** A file after staff changed it: the same text with `from` replaced by `to`. */
const edited = (name: string, from: string, to: string, format: ParsedSchedule["format"] = "ics") =>
  parseSchedule(Buffer.from(fixture(name).toString("utf8").replace(from, to)), format, OPTIONS);

describe("importing a schedule file", () => {
  const { db, services, notes, clock } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let coerde: number;

  beforeEach(async () => {
    cast = await seedCast(db);
    coerde = (await services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } })).id;
  });

  const offersOf = (organizationId: number) =>
    db.prisma.offer.findMany({ where: { organizationId }, orderBy: { id: "asc" }, include: { translations: true, occurrences: { orderBy: { seq: "asc" } } } });

  /** A calendar's events take no sign-ups; someone on the list all the same (as staff would add them). */
  const signUp = (occurrenceId: number, listName: string) =>
    db.prisma.signup.create({ data: { occurrenceId, userId: cast.users.resident.id, seats: 1, listName, status: "CONFIRMED" } });

  it("when a trusted partner previews its calendar, then it counts every future date as new and changes nothing; importing publishes them", async () => {
    const parsed = await parse("nextcloud-calendar.ics", "ics");
    const preview = await services.scheduleImport.preview(cast.users.staffA.id, parsed, { categoryId: "neighbourhood", districtId: coerde });
    // 11 future items (the past event is a row error), nothing there yet.
    expect(preview).toMatchObject({ created: 11, changed: 0, unchanged: 0, cancelled: 0, needs: { category: false, district: true } });
    expect(preview.errors).toEqual([{ row: 9, code: "date-past" }]);
    expect(await db.prisma.offer.count()).toBe(0);

    const result = await services.scheduleImport.apply(cast.users.staffA.id, parsed, { categoryId: "neighbourhood", districtId: coerde });
    expect(result).toMatchObject({ created: 11, changed: 0, unchanged: 0, awaitingApproval: 0 });
    const offers = await offersOf(cast.orgs.A);
    expect(offers.every((o) => o.status === "PUBLISHED" && o.externalRef?.startsWith(`o${cast.orgs.A}:`))).toBe(true);
    const cafe = offers.find((o) => o.translations[0]!.title === "Sprachcafé")!;
    // CATEGORIES:Sprache names a category; the others take the staff member's choice.
    expect(cafe).toMatchObject({ categoryId: "language", districtId: coerde, recurrence: "WEEKLY", latitude: 51.9953, address: "Stadtteilhaus Coerde, Hamannplatz 1, 48157 Münster" });
    expect(cafe.occurrences).toHaveLength(9); // 3 Dec … 28 Jan, weekly
    expect(offers.find((o) => o.translations[0]!.title === "Lauftreff am Kanal")).toMatchObject({ categoryId: "sport", recurrence: "BIWEEKLY" });
    expect(offers.filter((o) => o.translations[0]!.title === "Elterncafé").map((o) => o.categoryId)).toEqual(["neighbourhood", "neighbourhood", "neighbourhood"]);
    expect((await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" })).total).toBeGreaterThan(11);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "import.applied" } });
    expect(audit).toMatchObject({ actorUserId: cast.users.staffA.id, organizationId: cast.orgs.A, details: { source: "file", format: "ics", created: 11, changed: 0 } });
  });

  it("when the same file is imported again, then nothing changes and the preview says all are unchanged", async () => {
    const parsed = await parse("excel-semicolon-cp1252.csv", "csv");
    await services.scheduleImport.apply(cast.users.staffA.id, parsed, {});
    const before = await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });
    const again = await parse("excel-semicolon-cp1252.csv", "csv");
    expect(await services.scheduleImport.preview(cast.users.staffA.id, again, {})).toMatchObject({ created: 0, changed: 0, unchanged: 7, cancelled: 0, errors: [] });
    expect(await services.scheduleImport.apply(cast.users.staffA.id, again, {})).toMatchObject({ created: 0, changed: 0, unchanged: 7, notified: 0 });
    expect(await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } })).toEqual(before);
  });

  it("when a row's time and place change, then its offer moves, its sign-ups stay and the participants are told", async () => {
    await services.scheduleImport.apply(cast.users.staffA.id, await parse("nextcloud-calendar.ics", "ics"), { categoryId: "neighbourhood" });
    const fest = await db.prisma.offer.findFirstOrThrow({ where: { translations: { some: { title: "Nachbarschaftsfest" } } }, include: { occurrences: true } });
    await signUp(fest.occurrences[0]!.id, "Olena");
    await notes.clear();

    const moved = await edited("nextcloud-calendar.ics", "DTSTART:20261212T130000Z\r\nDTEND:20261212T170000Z\r\nSUMMARY:Nachbarschaftsfest\r\nDESCRIPTION:Essen\\, Musik\\, Spiele.\r\nLOCATION:Hamannplatz", "DTSTART:20261212T140000Z\r\nDTEND:20261212T180000Z\r\nSUMMARY:Nachbarschaftsfest\r\nDESCRIPTION:Essen\\, Musik\\, Spiele.\r\nLOCATION:Turnhalle");
    expect(await services.scheduleImport.preview(cast.users.staffA.id, moved, { categoryId: "neighbourhood" })).toMatchObject({ created: 0, changed: 1, unchanged: 10 });
    expect(await services.scheduleImport.apply(cast.users.staffA.id, moved, { categoryId: "neighbourhood" })).toMatchObject({ changed: 1, notified: 1 });
    const after = await db.prisma.offer.findUniqueOrThrow({ where: { id: fest.id }, include: { occurrences: { include: { signups: true } } } });
    expect(after).toMatchObject({ address: "Turnhalle", startsAt: new Date("2026-12-12T14:00:00Z") });
    expect(after.occurrences[0]!.signups).toHaveLength(1);
    expect(await notes.kinds()).toEqual(["offer-changed:Nachbarschaftsfest"]);
  });

  it("when a skipped date is added to a series, then that date's offer is cancelled and its participants told", async () => {
    await services.scheduleImport.apply(cast.users.staffA.id, await parse("nextcloud-calendar.ics", "ics"), { categoryId: "neighbourhood" });
    const dates = await db.prisma.offer.findMany({ where: { translations: { some: { title: "Hausaufgabenhilfe" } } }, include: { occurrences: true }, orderBy: { startsAt: "asc" } });
    const last = dates.at(-1)!;
    await signUp(last.occurrences[0]!.id, "Amir");
    await notes.clear();
    const skipped = await edited("nextcloud-calendar.ics", "EXDATE;TZID=Europe/Berlin:20261222T150000", "EXDATE;TZID=Europe/Berlin:20261222T150000,20261229T150000");
    expect(await services.scheduleImport.apply(cast.users.staffA.id, skipped, { categoryId: "neighbourhood" })).toMatchObject({ created: 0, changed: 0, cancelled: 1, notified: 1 });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: last.id } })).status).toBe("CANCELLED");
    expect(await notes.kinds()).toEqual(["offer-cancelled:Hausaufgabenhilfe"]);
  });

  it("when an untrusted partner imports, then its offers wait for approval; a change to a published one waits as a revision, and importing it again adds nothing", async () => {
    const parsed = await parse("utf8-bom-comma.csv", "csv");
    const result = await services.scheduleImport.apply(cast.users.untrusted.id, parsed, {});
    expect(result).toMatchObject({ created: 2, awaitingApproval: 2 });
    const offers = await offersOf(cast.orgs.U);
    expect(offers.map((o) => [o.status, o.categoryId, o.onlineUrl])).toEqual([
      ["PENDING_APPROVAL", "counselling", "https://meet.example/sprechstunde"],
      ["PENDING_APPROVAL", "work", null],
    ]);
    expect(offers[0]!.translations.map((t) => t.locale).sort()).toEqual(["ar", "de"]);
    // One summary for the admin, not one notice per offer.
    const summaries = () => notes.notices().then((all) => all.filter((n) => n.kind === "import-pending" || n.kind === "offer-pending" || n.kind === "offer-revision-pending"));
    expect(await summaries()).toEqual([{ kind: "import-pending", to: { telegramId: ADMIN_TELEGRAM_ID, locale: expect.anything() }, organizationName: "Neuer Partner U", count: 2 }]);
    await services.offerManagement.approve(cast.users.admin.id, offers[0]!.id);

    const changed = await parseSchedule(Buffer.from(fixture("utf8-bom-comma.csv").toString("utf8").replace("2026-12-14T19:00", "2026-12-14T19:30")), "csv", OPTIONS);
    expect(await services.scheduleImport.apply(cast.users.untrusted.id, changed, {})).toMatchObject({ changed: 1, awaitingApproval: 1 });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offers[0]!.id } })).endsAt).toEqual(new Date("2026-12-14T18:00:00Z")); // residents still see the published one
    expect(await db.prisma.offerRevision.count({ where: { offerId: offers[0]!.id, status: "PENDING" } })).toBe(1);
    expect(await services.scheduleImport.preview(cast.users.untrusted.id, changed, {})).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
    expect((await summaries()).map((n) => [n.kind, (n as { count?: number }).count])).toEqual([
      ["import-pending", 2],
      ["import-pending", 1],
    ]);
  });

  it("when an untrusted partner imports 40 rows, then each admin gets one notice that 40 offers wait, and a trusted partner's import tells the admins nothing", async () => {
    await db.prisma.user.create({ data: { telegramId: 9009n, firstName: "Second admin", role: "ADMIN", locale: "ar" } });
    const rows = Array.from({ length: 40 }, (_, i) => `r${i};Kurs ${i + 1};${String(2 + (i % 27)).padStart(2, "0")}.12.2026 10:00;Sport`);
    const file = Buffer.from(`id;Titel;Beginn;Kategorie\r\n${rows.join("\r\n")}\r\n`);
    const parsed = await parseSchedule(file, "csv", OPTIONS);
    expect(parsed.errors).toEqual([]);
    expect(await services.scheduleImport.apply(cast.users.untrusted.id, parsed, { districtId: null })).toMatchObject({ created: 40, awaitingApproval: 40 });
    const told = await notes.notices();
    expect(told.map((n) => n.kind)).toEqual(["import-pending", "import-pending"]);
    expect(told.map((n) => [n.to.telegramId, (n as { count: number }).count]).sort()).toEqual([
      [ADMIN_TELEGRAM_ID, 40],
      [9009n, 40],
    ].sort());

    await notes.clear();
    await services.scheduleImport.apply(cast.users.staffA.id, await parseSchedule(file, "csv", OPTIONS), { districtId: null });
    expect(await notes.kinds()).toEqual([]);
  });

  it("when rows are bad, then the good ones are imported and each bad one is named with its reason", async () => {
    const result = await services.scheduleImport.apply(cast.users.staffA.id, await parse("broken-rows.csv", "csv"), {});
    expect(result.created).toBe(1);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [3, "date-not-exist"],
      [4, "date-not-exist"],
      [5, "title-missing"],
      [6, "ages-invalid"],
      [7, "repeats-unknown"],
      [7, "seats-invalid"],
    ]);
    expect((await offersOf(cast.orgs.A)).map((o) => o.translations[0]!.title)).toEqual(["Sprachcafé"]);
  });

  it("when the file names an unknown district or no category and none is chosen, then those rows are refused and the preview asks for a category", async () => {
    const parsed = await parse("nextcloud-calendar.ics", "ics");
    const preview = await services.scheduleImport.preview(cast.users.staffA.id, parsed, {});
    expect(preview.needs.category).toBe(true);
    expect(preview.created).toBe(2); // Sprachcafé (Sprache) and Lauftreff (Sport) name their category
    const bad = await parseSchedule(Buffer.from("Titel;Beginn;Stadtteil;Kategorie\nA;05.12.2026 15:00;Nirgendwo;Sport\nB;05.12.2026 15:00;Coerde;Zauberei\n"), "csv", OPTIONS);
    expect((await services.scheduleImport.preview(cast.users.staffA.id, bad, {})).errors).toEqual([
      { row: 2, code: "district-unknown", value: "Nirgendwo" },
      { row: 3, code: "category-unknown", value: "Zauberei" },
    ]);
  });

  it("when a resident, a revoked staff member or an admin without an organization imports, then it is refused and nothing is saved", async () => {
    const parsed = await parse("excel-semicolon-cp1252.csv", "csv");
    for (const who of ["resident", "revoked", "admin"] as const) {
      await expect(services.scheduleImport.apply(cast.users[who].id, parsed, {})).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.prisma.offer.count()).toBe(0);
  });

  it("when two organizations import the same file, then each gets its own offers (the reference is namespaced per organization)", async () => {
    await services.scheduleImport.apply(cast.users.staffA.id, await parse("utf8-bom-comma.csv", "csv"), {});
    await services.scheduleImport.apply(cast.users.staffB.id, await parse("utf8-bom-comma.csv", "csv"), {});
    expect((await offersOf(cast.orgs.A)).length).toBe(2);
    expect((await offersOf(cast.orgs.B)).length).toBe(2);
  });

  it("when a long-running weekly series is imported again after New Year, then its offer keeps its start and nobody signed up is told of a change", async () => {
    // Every Thursday 18:00-19:30 Berlin time since March 2025, without an end.
    const calendar = Buffer.from(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Nextcloud calendar//EN",
        "BEGIN:VEVENT",
        "UID:seniorentreff-2025@nextcloud.example",
        "DTSTAMP:20250301T090000Z",
        "DTSTART;TZID=Europe/Berlin:20250306T180000",
        "DTEND;TZID=Europe/Berlin:20250306T193000",
        "RRULE:FREQ=WEEKLY",
        "SUMMARY:Seniorentreff",
        "LOCATION:Stadtteilhaus Coerde",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
    const at = (now: string) => parseSchedule(calendar, "ics", { timezone: "Europe/Berlin", now: new Date(now) });
    await services.scheduleImport.apply(cast.users.staffA.id, await at(NOW), { categoryId: "neighbourhood" });
    const offer = await db.prisma.offer.findFirstOrThrow({ include: { occurrences: { orderBy: { seq: "asc" } } } });
    expect(offer).toMatchObject({ recurrence: "WEEKLY", startsAt: new Date("2026-01-01T17:00:00Z"), endsAt: new Date("2026-01-01T18:30:00Z") });
    const january = offer.occurrences.find((o) => o.startsAt.getTime() === new Date("2027-01-14T17:00:00Z").getTime())!;
    await signUp(january.id, "Olena");
    await notes.clear();

    // 1 January 2027: the parser now anchors the series to 7 January 2027.
    const newYear = "2027-01-01T09:00:00Z";
    clock.set(newYear);
    const parsed = await at(newYear);
    expect(parsed.items[0]!.startsAt).toEqual(new Date("2027-01-07T17:00:00Z"));
    await services.scheduleImport.apply(cast.users.staffA.id, parsed, { categoryId: "neighbourhood" });
    const after = await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id }, include: { occurrences: { include: { signups: true } } } });
    expect(after).toMatchObject({ startsAt: offer.startsAt, endsAt: offer.endsAt });
    expect(after.occurrences.find((o) => o.id === january.id)?.signups.map((s) => s.listName)).toEqual(["Olena"]);
    expect(await notes.kinds()).toEqual([]);
  });

  it("when a series' start is compared with the file's, then the offer's start stays only for the same weekday and time, whole periods earlier, with nothing upcoming in between", () => {
    const now = new Date("2027-01-01T09:00:00Z");
    const file = { startsAt: new Date("2027-01-07T17:00:00Z"), recurrence: "WEEKLY" as const };
    const keep = new Date("2026-01-01T17:00:00Z");
    const cases: [string, Date, "WEEKLY" | "BIWEEKLY" | "NONE", Date][] = [
      ["a whole number of weeks earlier", keep, "WEEKLY", keep],
      ["in summer time, the same local time", new Date("2026-07-02T16:00:00Z"), "WEEKLY", new Date("2026-07-02T16:00:00Z")],
      ["another time of day", new Date("2026-01-01T18:00:00Z"), "WEEKLY", file.startsAt],
      ["another weekday", new Date("2026-01-02T17:00:00Z"), "WEEKLY", file.startsAt],
      ["not repeating before", keep, "NONE", file.startsAt],
      ["later than the file's", new Date("2027-01-14T17:00:00Z"), "WEEKLY", file.startsAt],
    ];
    for (const [name, startsAt, recurrence, expected] of cases) expect(stableStart({ startsAt, recurrence }, file, now, "Europe/Berlin"), name).toEqual(expected);
    // The file now starts two weeks later while those dates are still to come: the file wins.
    expect(stableStart({ startsAt: file.startsAt, recurrence: "WEEKLY" }, { ...file, startsAt: new Date("2027-01-21T17:00:00Z") }, now, "Europe/Berlin")).toEqual(new Date("2027-01-21T17:00:00Z"));
    // Fortnightly: an odd number of weeks is another series.
    expect(stableStart({ startsAt: new Date("2026-12-31T17:00:00Z"), recurrence: "BIWEEKLY" }, { startsAt: file.startsAt, recurrence: "BIWEEKLY" }, now, "Europe/Berlin")).toEqual(file.startsAt);
  });
});
