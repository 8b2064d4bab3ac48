// The import over the fake Bot API: a staff member sends an .ics document, the bot downloads it
// (getFile and the file path, like Telegram), asks for the category and district the file lacks,
// shows the preview, imports on ✅, and residents find the offers in /offers; the same file
// again changes nothing. Also the template, files too big or of another type, and residents.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/import/csv.ts";
import { parseXlsx } from "../../src/import/xlsx.ts";
import { beforeEach, describe, expect, it } from "vitest";
import { organizationCalendarButton } from "../../src/bot/keyboards/import.ts";
import { createAddressGuard } from "../../src/domain/public-address.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi, type UploadedFile } from "../support/fake-telegram.ts";
import { buttons, lastScreen } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, documentUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const staff: TestUser = { id: 911, first_name: "Frau Yilmaz", language_code: "de" };
const resident: TestUser = { id: 912, first_name: "Olena", language_code: "de" };
const ics = readFileSync(path.join(import.meta.dirname, "../fixtures/import/nextcloud-calendar.ics"));

describe("bot: staff import a schedule file", () => {
  const { db, t } = useTestBot();
  let orgId: number;

  beforeEach(async () => {
    orgId = (await t.services.catalog.saveOrganization({ name: "Stadtteiltreff Coerde" })).id;
    await db.prisma.organization.update({ where: { id: orgId }, data: { trusted: true } });
    await t.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    const profile = await t.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name, languageCode: "de" });
    await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: orgId } });
  });

  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));
  const screen = () => stripBidi(lastScreen(t.api, staff.id).payload.text);
  const tap = async (label: string) => {
    const button = buttons(lastScreen(t.api, staff.id)).find((b) => stripBidi(b.text) === label);
    if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(lastScreen(t.api, staff.id)).map((b) => b.text))}`);
    await t.bot.handleUpdate(callbackUpdate(staff, button.callback_data!));
  };
  const sendFile = async (bytes: Uint8Array, name: string, extra: { size?: number; mime?: string; reportSize?: boolean } = {}) => {
    const file = t.api.registerFile(bytes, { name, size: extra.size });
    await t.bot.handleUpdate(documentUpdate(staff, { file_id: file.file_id, file_name: name, mime_type: extra.mime, ...(extra.reportSize === false ? {} : { file_size: file.file_size }) }));
  };

  it("when staff send an .ics document and confirm, then the offers are imported and residents find them; sending it again changes nothing", async () => {
    await sendFile(ics, "stadtteiltreff.ics", { mime: "text/calendar" });
    expect(t.api.callsTo("getFile")).toHaveLength(1);
    expect(t.api.callsTo("file")).toHaveLength(1);
    expect(screen()).toBe(de("import-ask-category"));
    await tap("🏘️ Nachbarschaft & Mitmachen");
    expect(screen()).toBe(de("import-ask-district"));
    await tap("Coerde");
    const preview = screen();
    expect(preview).toContain("stadtteiltreff.ics");
    expect(preview).toContain(`${de("import-count-new", { count: 11 })}, ${de("import-count-changed", { count: 0 })}, ${de("import-count-unchanged", { count: 0 })}`);
    expect(preview).toContain(de("import-row-error", { row: 9, reason: de("import-reason-date-past", { value: "" }) }));
    expect(await db.prisma.offer.count()).toBe(0);

    await tap(de("import-confirm"));
    expect(screen()).toContain(de("import-done"));
    expect(await db.prisma.offer.count({ where: { organizationId: orgId, status: "PUBLISHED" } })).toBe(11);

    await t.bot.handleUpdate(commandUpdate(resident, "offers"));
    const list = stripBidi(lastScreen(t.api, resident.id).payload.text);
    expect(list).toContain("Sprachcafé");
    expect(list).toContain("Lauftreff am Kanal");

    const before = await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });
    await sendFile(ics, "stadtteiltreff.ics");
    await tap("🏘️ Nachbarschaft & Mitmachen");
    await tap("Coerde");
    expect(screen()).toContain(de("import-count-unchanged", { count: 11 }));
    expect(screen()).toContain(de("import-nothing-to-do"));
    expect(buttons(lastScreen(t.api, staff.id))).toEqual([]);
    expect(await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } })).toEqual(before);
  });

  it("when staff cancel at the preview, then nothing is saved", async () => {
    await sendFile(readFileSync(path.join(import.meta.dirname, "../fixtures/import/excel-semicolon-cp1252.csv")), "termine.csv");
    // The file names its categories and districts: straight to the preview.
    expect(screen()).toContain(de("import-count-new", { count: 7 }));
    await tap(stripBidi(t.i18n.t("de", "signup-cancel")));
    expect(screen()).toBe(de("import-cancelled"));
    expect(await db.prisma.offer.count()).toBe(0);
  });

  it("when a file is over 10 MB, or over Telegram's 20 MB without a size in the message, or not a schedule, then the staff member is told clearly", async () => {
    await sendFile(new Uint8Array(10), "gross.xlsx", { size: 11 * 1024 * 1024 });
    expect(screen()).toBe(de("import-file-too-big", { mb: 10 }));
    expect(t.api.callsTo("getFile")).toHaveLength(0);

    await sendFile(new Uint8Array(10), "riesig.ics", { size: 25 * 1024 * 1024, reportSize: false });
    expect(t.api.callsTo("getFile")).toHaveLength(1); // answered 400 "file is too big"
    expect(screen()).toBe(de("import-file-too-big", { mb: 10 }));

    await sendFile(Buffer.from("%PDF-1.4"), "lebenslauf.pdf", { mime: "application/pdf" });
    expect(screen()).toBe(de("import-file-unknown-type"));

    await sendFile(Buffer.from("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"), "kaputt.ics");
    expect(screen()).toBe(de("import-file-unreadable"));
  });

  it("when staff send /import, then they get the columns explained and the template as CSV (which the import reads once filled in) and XLSX", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "import"));
    const texts = t.api.textsTo(staff.id);
    expect(texts[0]).toBe(de("import-intro", { mb: 10, rows: 2000 }));
    expect(texts[1]).toContain("<code>title_de</code> – " + de("import-column-title", { language: "Deutsch" }));
    const [csv, xlsx] = t.api.callsTo("sendDocument").map((c) => c.payload.document);
    expect(csv.filename).toBe("treffpunkt-vorlage.csv");
    const [header] = parse(csv.content.replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
    expect(header).toEqual(["id", "title_de", "title_en", "summary_de", "summary_en", "category", "district", "address", "online", "start", "end", "length", "repeats", "until", "seats", "ages", "cost", "languages", "accessibility", "contact"]);
    expect(xlsx.filename).toBe("treffpunkt-vorlage.xlsx");
    const filled = `${csv.content}sc-9;Sprachcafé;Language café;Deutsch üben;Practise German;Sprache;Coerde;Hamannplatz 1;;05.12.2026 15:00;;90;wöchentlich;30.01.2027;12;ab 16;;de, en;;\r\n`;
    const parsed = parseCsv(Buffer.from(filled, "utf8"), { timezone: "Europe/Berlin", now: t.clock.now() });
    expect(parsed.errors).toEqual([]);
    expect(parsed.items[0]).toMatchObject({ key: "id:sc-9", texts: { de: { title: "Sprachcafé" }, en: { title: "Language café" } }, recurrence: "WEEKLY", capacity: 12, ageMin: 16 });
  });

  it("when staff fill in the CSV and XLSX templates /import sent, then both parse back through the import parsers with every column and no errors", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "import"));
    const [csv, xlsx] = t.api.callsTo("sendDocument").map((c) => c.payload.document as UploadedFile) as [UploadedFile, UploadedFile];
    const options = { timezone: "Europe/Berlin", now: t.clock.now() };
    const columns = ["id", "title_de", "title_en", "summary_de", "summary_en", "category", "district", "address", "online", "start", "end", "length", "repeats", "until", "seats", "ages", "cost", "languages", "accessibility", "contact"];
    const row = ["sc-9", "Sprachcafé", "Language café", "Deutsch üben", "Practise German", "Sprache", "Coerde", "Hamannplatz 1", "", "05.12.2026 15:00", "", "90", "wöchentlich", "30.01.2027", "12", "ab 16", "2 €", "de, en", "Rampe am Eingang", "Tel. 0251 123"];
    const expected = {
      key: "id:sc-9",
      texts: { de: { title: "Sprachcafé", summary: "Deutsch üben" }, en: { title: "Language café", summary: "Practise German" } },
      category: "Sprache",
      district: "Coerde",
      address: "Hamannplatz 1",
      startsAt: new Date("2026-12-05T14:00:00Z"),
      endsAt: new Date("2026-12-05T15:30:00Z"),
      recurrence: "WEEKLY",
      capacity: 12,
      ageMin: 16,
      costText: "2 €",
      languages: ["de", "en"],
      accessibility: "Rampe am Eingang",
      contact: "Tel. 0251 123",
    };

    // The XLSX as it was sent: a valid workbook (bytes, not text), the columns on its first sheet, explained on the second.
    expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const [sheet, help] = workbook.worksheets;
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(columns);
    expect(help!.getColumn(1).values.slice(1)).toEqual(columns);
    expect(await parseXlsx(xlsx.bytes, options)).toMatchObject({ format: "xlsx", items: [], errors: [] });
    sheet!.addRow(row);
    const filledXlsx = await parseXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), options);
    expect(filledXlsx.errors).toEqual([]);
    expect(filledXlsx.items).toEqual([expect.objectContaining(expected)]);

    // The CSV as it was sent, and with the same row.
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(csv.bytes, options)).toMatchObject({ format: "csv", items: [], errors: [] });
    const filledCsv = parseCsv(Buffer.concat([csv.bytes, Buffer.from(`${row.join(";")}\r\n`, "utf8")]), options);
    expect(filledCsv.errors).toEqual([]);
    expect(filledCsv.items).toEqual([expect.objectContaining(expected)]);
  });

  it("when staff open the subscribed calendar from /myoffers and give its address, then it is saved with the category and district, and can be removed", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "myoffers"));
    await tap(de("import-calendar-button"));
    expect(screen()).toBe(de("import-calendar-none"));
    await tap(de("import-calendar-set"));
    expect(screen()).toBe(de("import-calendar-ask-url"));
    await t.bot.handleUpdate(textUpdate(staff, "kein link"));
    expect(screen()).toBe(de("import-calendar-url-hint"));
    await t.bot.handleUpdate(textUpdate(staff, "https://cloud.example/remote.php/dav/public-calendars/Xy7?export"));
    await tap("⚽ Sport");
    await tap("Coerde");
    expect(screen()).toBe(de("import-calendar-saved"));
    expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({ calendarUrl: "https://cloud.example/remote.php/dav/public-calendars/Xy7?export", calendarCategoryId: "sport" });

    await t.bot.handleUpdate(commandUpdate(staff, "myoffers"));
    await tap(de("import-calendar-button"));
    expect(screen()).toContain("https://cloud.example/remote.php/dav/public-calendars/Xy7?export");
    await tap(de("import-calendar-remove"));
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).calendarUrl).toBeNull();
  });

  it("when a resident sends a schedule file, then nothing is downloaded or imported", async () => {
    const file = t.api.registerFile(ics, { name: "x.ics" });
    await t.bot.handleUpdate(documentUpdate(resident, { file_id: file.file_id, file_name: "x.ics", file_size: file.file_size }));
    expect(t.api.callsTo("getFile")).toHaveLength(0);
    expect(await db.prisma.offer.count()).toBe(0);
  });
});

describe("bot: calendars only from public addresses, and admins set an organization's calendar", () => {
  const admin: TestUser = { id: 921, first_name: "Frau Demir", language_code: "de" };
  // The app's rule (CALENDAR_ALLOW_PRIVATE_URLS=off), with names resolved by the test.
  const names: Record<string, string[]> = { "kalender.intern.example": ["192.168.10.4"] };
  const { db, t } = useTestBot({ adminIds: [BigInt(admin.id)], calendarAddresses: createAddressGuard({ resolve: async (host) => names[host] ?? ["93.184.215.14"] }) });
  let orgId: number;

  beforeEach(async () => {
    orgId = (await t.services.catalog.saveOrganization({ name: "Stadtteiltreff <Coerde>" })).id;
    await t.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    const profile = await t.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name, languageCode: "de" });
    await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: orgId } });
  });

  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));
  const screenOf = (user: TestUser) => stripBidi(lastScreen(t.api, user.id).payload.text);
  const tapAs = async (user: TestUser, label: string) => {
    const button = buttons(lastScreen(t.api, user.id)).find((b) => stripBidi(b.text) === label);
    if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(lastScreen(t.api, user.id)).map((b) => b.text))}`);
    await t.bot.handleUpdate(callbackUpdate(user, button.callback_data!));
  };
  const calendarOf = async () => (await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).calendarUrl;

  it("when staff give a calendar address on a private network, then they are told it is not public and nothing is saved", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "myoffers"));
    await tapAs(staff, de("import-calendar-button"));
    await tapAs(staff, de("import-calendar-set"));
    await t.bot.handleUpdate(textUpdate(staff, "https://kalender.intern.example/dav/cal.ics"));
    await tapAs(staff, "⚽ Sport");
    await tapAs(staff, "Coerde");
    expect(screenOf(staff)).toBe(de("import-calendar-url-private", { host: "kalender.intern.example" }));
    expect(await calendarOf()).toBeNull();
  });

  it("when an admin opens an organization's calendar in /admin, then they set its address for that organization and remove it again", async () => {
    await t.bot.handleUpdate(commandUpdate(admin, "admin"));
    await tapAs(admin, de("admin-organizations"));
    await tapAs(admin, "🏢 Stadtteiltreff <Coerde>");
    await tapAs(admin, de("import-admin-calendar"));
    expect(screenOf(admin)).toBe(`<b>${de("import-admin-calendar-title", { organization: "Stadtteiltreff &lt;Coerde&gt;" })}</b>\n\n${de("import-admin-calendar-none")}`);
    await tapAs(admin, de("import-calendar-set"));
    expect(screenOf(admin)).toBe(de("import-calendar-ask-url"));
    await t.bot.handleUpdate(textUpdate(admin, "webcal://cloud.example/remote.php/dav/public-calendars/Xy7?export"));
    await tapAs(admin, "⚽ Sport");
    await tapAs(admin, "Coerde");
    expect(screenOf(admin)).toBe(de("import-calendar-saved"));
    expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({ calendarUrl: "https://cloud.example/remote.php/dav/public-calendars/Xy7?export", calendarCategoryId: "sport" });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "import.calendar-set" } });
    expect(audit).toMatchObject({ organizationId: orgId, details: { set: true } });

    await t.bot.handleUpdate(commandUpdate(admin, "admin"));
    await tapAs(admin, de("admin-organizations"));
    await tapAs(admin, "🏢 Stadtteiltreff <Coerde>");
    await tapAs(admin, de("import-admin-calendar"));
    expect(screenOf(admin)).toContain("https://cloud.example/remote.php/dav/public-calendars/Xy7?export");
    await tapAs(admin, de("import-calendar-remove"));
    expect(await calendarOf()).toBeNull();
    expect(screenOf(admin)).toContain(de("import-admin-calendar-none"));
    await tapAs(admin, de("admin-back"));
    expect(screenOf(admin)).toContain("Stadtteiltreff &lt;Coerde&gt;");
  });

  it("when staff press an organization's calendar button of /admin, then it is refused and nothing changes", async () => {
    await db.prisma.organization.update({ where: { id: orgId }, data: { calendarUrl: "https://cloud.example/cal.ics" } });
    await t.bot.handleUpdate(callbackUpdate(staff, organizationCalendarButton.pack({ action: "remove", organizationId: orgId })));
    expect(await calendarOf()).toBe("https://cloud.example/cal.ics");
    expect(stripBidi(String(t.api.callsTo("answerCallbackQuery").at(-1)?.payload.text))).toBe(de("error-forbidden"));
  });
});
