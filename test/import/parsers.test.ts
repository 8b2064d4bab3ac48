// The file parsers on real files (test/fixtures/import, see make-fixtures.ts) and on the cells
// staff type, table by table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapHeader, parseAges, parseLength, parseLocalDate, parseRepeats } from "../../src/import/columns.ts";
import { decodeText, detectDelimiter, parseCsv } from "../../src/import/csv.ts";
import { parseIcs } from "../../src/import/ics.ts";
import { formatOf, parseSchedule } from "../../src/import/index.ts";
import { IMPORT_LIMITS, ImportFileError } from "../../src/import/schedule.ts";
import { parseXlsx } from "../../src/import/xlsx.ts";

const OPTIONS = { timezone: "Europe/Berlin", now: new Date("2026-12-01T10:00:00Z") };
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/import", name));
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

describe("cells as staff type them", () => {
  it.each([
    ["05.12.2026 15:00", "2026-12-05T14:00:00.000Z", true],
    ["05.12.2026", "2026-12-04T23:00:00.000Z", false],
    ["5.12.26 9:30", "2026-12-05T08:30:00.000Z", true],
    ["2026-12-05T15:00", "2026-12-05T14:00:00.000Z", true],
    ["2026-12-05 15:00", "2026-12-05T14:00:00.000Z", true],
    ["2026-07-05 15:00", "2026-07-05T13:00:00.000Z", true],
    ["05.12. 15:00", "2026-12-05T14:00:00.000Z", true],
    ["03.01. 10:00", "2027-01-03T09:00:00.000Z", true],
  ])("when a date reads %s, then it is %s in Berlin time", (text, expected, hasTime) => {
    const { date, hasTime: withTime } = parseLocalDate(text, OPTIONS);
    expect(date.toUTC().toISO()).toBe(expected);
    expect(withTime).toBe(hasTime);
  });

  it.each([
    ["31.02.2027", "date-not-exist"],
    ["31.02.", "date-not-exist"],
    ["2026-13-05 15:00", "date-not-exist"],
    ["nächsten Dienstag", "date-format"],
    ["12/05/2026", "date-format"],
  ])("when a date reads %s, then the row error is %s", (text, code) => {
    expect(() => parseLocalDate(text, OPTIONS)).toThrow(expect.objectContaining({ code, value: text }));
  });

  it("when an Excel date cell holds a wall clock, then it is read in Berlin time", () => {
    expect(parseLocalDate(new Date(Date.UTC(2026, 11, 5, 15, 0)), OPTIONS).date.toUTC().toISO()).toBe("2026-12-05T14:00:00.000Z");
  });

  it.each([
    ["90", 90],
    ["90 min", 90],
    ["1:30", 90],
    ["1,5 h", 90],
    ["2 Std.", 120],
  ])("when a length reads %s, then it is %i minutes", (text, minutes) => expect(parseLength(text)).toBe(minutes));

  it.each([
    ["wöchentlich", "WEEKLY"],
    ["Weekly", "WEEKLY"],
    ["alle zwei Wochen", "BIWEEKLY"],
    ["every two weeks", "BIWEEKLY"],
    ["14-tägig", "BIWEEKLY"],
    ["monatlich", "MONTHLY"],
    ["", "NONE"],
    ["einmalig", "NONE"],
  ])("when repeats reads %s, then it is %s", (text, rule) => expect(parseRepeats(text)).toBe(rule));

  it.each([
    ["12-17", 12, 17],
    ["12–17 Jahre", 12, 17],
    ["ab 60", 60, null],
    ["18+", 18, null],
    ["bis 12", null, 12],
    ["", null, null],
  ])("when ages read %s, then they are %s to %s", (text, min, max) => expect(parseAges(text)).toEqual({ ageMin: min, ageMax: max }));

  it.each(["12-8", "alt", "200-"])("when ages read %s, then the row error is ages-invalid", (text) => {
    expect(() => parseAges(text)).toThrow(expect.objectContaining({ code: "ages-invalid" }));
  });

  it.each([
    [["Titel", "Beginn"], undefined, [{ column: "title", locale: "" }, { column: "start" }]],
    [["TITLE_DE", "summary (en)", "Start"], undefined, [{ column: "title", locale: "de" }, { column: "summary", locale: "en" }, { column: "start" }]],
    [["Titel", "Titel", "Beginn"], ["de", "en", ""], [{ column: "title", locale: "de" }, { column: "title", locale: "en" }, { column: "start" }]],
    [["Plätze", "Gesprochene Sprachen", "Organiser contact", "Unbekannt"], undefined, [{ column: "seats" }, { column: "languages" }, { column: "contact" }, undefined]],
  ])("when a header reads %j over %j, then its columns are %j", (top, sub, expected) => {
    expect(mapHeader(top, sub)).toEqual(expected);
  });

  it.each([
    ["report.csv", undefined, "csv"],
    ["Termine.XLSX", undefined, "xlsx"],
    ["calendar.ics", undefined, "ics"],
    ["export", "text/calendar", "ics"],
    ["cv.pdf", "application/pdf", undefined],
  ])("when a file is called %s (%s), then its format is %s", (name, mime, format) => expect(formatOf(name, mime)).toBe(format));
});

describe("CSV", () => {
  it("when German Excel wrote the file (Windows-1252, semicolons, empty trailing rows), then umlauts, dates and every column come through", () => {
    const bytes = fixture("excel-semicolon-cp1252.csv");
    expect(bytes.includes(Buffer.from("ü", "utf8"))).toBe(false); // really Windows-1252
    expect(detectDelimiter(decodeText(bytes))).toBe(";");
    const parsed = parseCsv(bytes, OPTIONS);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toBe(4);
    const [cafe, run] = parsed.items;
    expect(cafe).toMatchObject({
      row: 2,
      key: "id:sc-1",
      texts: { source: { title: "Sprachcafé", summary: "Deutsch üben bei Kaffee – für alle Niveaus" } },
      category: "Sprache",
      district: "Coerde",
      address: "Hamannplatz 1, 48157 Münster",
      recurrence: "WEEKLY",
      capacity: 12,
      ageMin: 16,
      ageMax: null,
      costText: "2 €",
      languages: ["de", "ar"],
      accessibility: "stufenlos erreichbar",
      contact: "Frau Öztürk, 0251 1234",
    });
    expect([iso(cafe!.startsAt), iso(cafe!.endsAt), iso(cafe!.recurrenceUntil)]).toEqual(["2026-12-03T16:00:00.000Z", "2026-12-03T17:30:00.000Z", "2027-01-28T22:59:59.999Z"]);
    expect(run).toMatchObject({ recurrence: "BIWEEKLY", capacity: null });
    expect(iso(run!.endsAt)).toBe("2026-12-05T10:30:00.000Z");
    // Monthly: one single date per month, sharing the row's key as their group.
    const monthly = parsed.items.filter((i) => i.group === "id:ec-1");
    expect(monthly.map((i) => iso(i.startsAt))).toEqual(["2026-12-10T08:30:00.000Z", "2027-01-10T08:30:00.000Z", "2027-02-10T08:30:00.000Z", "2027-03-10T08:30:00.000Z"]);
    expect(monthly.every((i) => i.recurrence === "NONE")).toBe(true);
  });

  it("when the file is UTF-8 with a BOM and commas, then the Arabic texts and ISO dates come through", () => {
    const parsed = parseCsv(fixture("utf8-bom-comma.csv"), OPTIONS);
    expect(parsed.errors).toEqual([]);
    expect(parsed.items.map((i) => [i.key, i.texts.ar?.title, iso(i.startsAt), iso(i.endsAt), i.onlineUrl ?? null, i.languages])).toEqual([
      ["id:on-1", "استشارة عبر الإنترنت", "2026-12-14T17:00:00.000Z", "2026-12-14T18:00:00.000Z", "https://meet.example/sprechstunde", ["de", "ar"]],
      ["id:on-2", "تدريب على التقديم", "2026-12-15T09:00:00.000Z", "2026-12-15T11:00:00.000Z", null, ["de"]],
    ]);
  });

  it("when rows have bad cells, then each bad row is named with its row number and reason and the good one stays", () => {
    const parsed = parseCsv(fixture("broken-rows.csv"), OPTIONS);
    expect(parsed.items.map((i) => i.key)).toEqual(["id:ok-1"]);
    expect(parsed.errors).toEqual([
      { row: 3, code: "date-not-exist", value: "31.02.2027 17:00" },
      { row: 4, code: "date-not-exist", value: "2026-13-05 15:00" },
      { row: 5, code: "title-missing" },
      { row: 6, code: "ages-invalid", value: "12-8" },
      { row: 7, code: "repeats-unknown", value: "täglich" },
      { row: 7, code: "seats-invalid", value: "null" },
    ]);
  });

  it("when a file has more than 2,000 rows or more than 10 MB, then it is refused as a whole", () => {
    const rows = ["Titel;Beginn", ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `Treff ${i};05.12.2026 15:00`)].join("\n");
    expect(() => parseCsv(Buffer.from(rows), OPTIONS)).toThrow(expect.objectContaining({ code: "too-many-rows" }));
    expect(() => parseCsv(new Uint8Array(IMPORT_LIMITS.bytes + 1), OPTIONS)).toThrow(expect.objectContaining({ code: "too-big" }));
    expect(() => parseCsv(Buffer.from("Name;Telefon\nA;1\n"), OPTIONS)).toThrow(ImportFileError);
  });
});

describe("XLSX", () => {
  it("when the header is two rows with merged cells, then each column gets its language and dates as Excel dates or text both work", async () => {
    const parsed = await parseXlsx(fixture("merged-header.xlsx"), OPTIONS);
    expect(parsed.errors).toEqual([{ row: 5, code: "date-not-exist", value: "31.02.2027" }]);
    expect(parsed.items.map((i) => [i.row, i.key, i.texts, iso(i.startsAt), iso(i.endsAt), i.recurrence, iso(i.recurrenceUntil)])).toEqual([
      [3, "id:x-1", { de: { title: "Sprachcafé", summary: "Deutsch üben" }, en: { title: "Language café", summary: "Practise German" } }, "2026-12-03T16:00:00.000Z", "2026-12-03T17:30:00.000Z", "WEEKLY", "2027-01-28T22:59:59.999Z"],
      [4, "id:x-2", { de: { title: "Hausaufgabenhilfe", summary: "Für Klasse 5–10" }, en: { title: "Homework help", summary: "Grades 5–10" } }, "2026-12-08T14:00:00.000Z", "2026-12-08T15:30:00.000Z", "NONE", null],
    ]);
  });

  it("when the file is not a workbook, then it is unreadable", async () => {
    await expect(parseXlsx(fixture("broken.xlsx"), OPTIONS)).rejects.toMatchObject({ code: "unreadable" });
  });
});

describe("iCalendar", () => {
  it("when Nextcloud exported the calendar (VTIMEZONE, RRULE, EXDATE, a moved date, all-day, GEO), then each event becomes the right offers", () => {
    const parsed = parseIcs(fixture("nextcloud-calendar.ics"), OPTIONS);
    expect(parsed.errors).toEqual([]);
    const rows = parsed.items.map((i) => [i.key, iso(i.startsAt), iso(i.endsAt), i.recurrence, iso(i.recurrenceUntil)]);
    expect(rows).toEqual([
      ["4f1c2a9e-sprachcafe@nextcloud.example", "2026-12-03T16:00:00.000Z", "2026-12-03T17:30:00.000Z", "WEEKLY", "2027-01-28T22:59:59.999Z"],
      ["lauftreff-2026@nextcloud.example", "2026-12-05T09:00:00.000Z", "2026-12-05T10:30:00.000Z", "BIWEEKLY", "2027-02-13T22:59:59.999Z"],
      // Monthly with one skipped date (EXDATE 10 February): laid out as single dates.
      ["elterncafe-monatlich@nextcloud.example#20261210T0930", "2026-12-10T08:30:00.000Z", "2026-12-10T10:00:00.000Z", "NONE", null],
      ["elterncafe-monatlich@nextcloud.example#20270110T0930", "2027-01-10T08:30:00.000Z", "2027-01-10T10:00:00.000Z", "NONE", null],
      ["elterncafe-monatlich@nextcloud.example#20270310T0930", "2027-03-10T08:30:00.000Z", "2027-03-10T10:00:00.000Z", "NONE", null],
      // Weekly with a skipped date (22nd) and a moved one (15th to Wednesday 16th).
      ["hausaufgaben@nextcloud.example#20261208T1500", "2026-12-08T14:00:00.000Z", "2026-12-08T15:30:00.000Z", "NONE", null],
      ["hausaufgaben@nextcloud.example#20261215T1500", "2026-12-16T15:00:00.000Z", "2026-12-16T16:30:00.000Z", "NONE", null],
      ["hausaufgaben@nextcloud.example#20261229T1500", "2026-12-29T14:00:00.000Z", "2026-12-29T15:30:00.000Z", "NONE", null],
      ["fest-2026@nextcloud.example", "2026-12-12T13:00:00.000Z", "2026-12-12T17:00:00.000Z", "NONE", null],
      // All day, 19 December in Berlin.
      ["flohmarkt-2026@nextcloud.example", "2026-12-18T23:00:00.000Z", "2026-12-19T22:59:00.000Z", "NONE", null],
      ["beratung-online@nextcloud.example", "2026-12-14T17:00:00.000Z", "2026-12-14T18:00:00.000Z", "NONE", null],
      ["vorbei-2026@nextcloud.example", "2026-11-20T17:00:00.000Z", "2026-11-20T18:00:00.000Z", "NONE", null],
    ]);
    const byKey = Object.fromEntries(parsed.items.map((i) => [i.key, i]));
    expect(byKey["4f1c2a9e-sprachcafe@nextcloud.example"]).toMatchObject({
      texts: { source: { title: "Sprachcafé", summary: "Deutsch üben bei Kaffee und Kuchen, für alle Niveaus.\nOhne Anmeldung." } },
      address: "Stadtteilhaus Coerde, Hamannplatz 1, 48157 Münster",
      latitude: 51.9953,
      longitude: 7.6532,
      categoryHints: ["Sprache"],
    });
    expect(byKey["hausaufgaben@nextcloud.example#20261215T1500"]!.texts.source!.title).toBe("Hausaufgabenhilfe (Mittwoch)");
    expect(byKey["beratung-online@nextcloud.example"]).toMatchObject({ onlineUrl: "https://meet.example/sprechstunde", address: null });
  });

  it("when Outlook exported the calendar (a Windows time zone with its VTIMEZONE, BYDAY), then the times are Berlin times and the series repeats weekly", () => {
    const [item] = parseIcs(fixture("outlook-calendar.ics"), OPTIONS).items;
    expect([iso(item!.startsAt), iso(item!.endsAt), item!.recurrence, iso(item!.recurrenceUntil), item!.texts.source!.title]).toEqual([
      "2026-12-02T15:00:00.000Z",
      "2026-12-02T17:00:00.000Z",
      "WEEKLY",
      "2027-03-31T21:59:59.999Z",
      "Offener Treff",
    ]);
  });

  it("when events lack a start or a title or end before they start, then those are named and the good one stays", () => {
    const parsed = parseIcs(fixture("broken-events.ics"), OPTIONS);
    expect(parsed.items.map((i) => i.key)).toEqual(["good@example"]);
    expect(parsed.errors).toEqual([
      { row: 1, code: "start-missing" },
      { row: 2, code: "title-missing" },
      { row: 4, code: "end-before-start" },
    ]);
  });

  it("when the file is cut off or not iCalendar at all, then it is unreadable", async () => {
    expect(() => parseIcs(fixture("broken-truncated.ics"), OPTIONS)).toThrow(expect.objectContaining({ code: "unreadable" }));
    await expect(parseSchedule(Buffer.from("hello"), "ics", OPTIONS)).rejects.toMatchObject({ code: "unreadable" });
  });
});
