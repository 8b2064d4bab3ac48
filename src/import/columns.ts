// The template's columns and how a spreadsheet row (CSV or XLSX) becomes an import item: the
// header names in German and English (any case, "Titel de", "title_de", "Titel (de)"), the
// dates staff type (`05.12.2026 15:00`, `05.12.2026`, `2026-12-05T15:00`, `2026-12-05 15:00`,
// in the bot's time zone), lengths, repeats, seats, ages and languages. Every bad cell gives a
// row error with a reason code; the row is left out, the others go on.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { SUPPORTED_LOCALES } from "../domain/locales.ts";
import { IMPORT_LIMITS, ImportFileError, type ImportItem, type ParseOptions, type ParsedSchedule, type RowError, type RowErrorCode } from "./schedule.ts";

/** The template's columns, in the template's order; title and summary come once per language. */
export const TEMPLATE_COLUMNS = [
  "id",
  "title",
  "summary",
  "category",
  "district",
  "address",
  "online",
  "start",
  "end",
  "length",
  "repeats",
  "until",
  "seats",
  "ages",
  "cost",
  "languages",
  "accessibility",
  "contact",
] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** Header words per column (normalized: lower case, single spaces). */
const NAMES: Record<TemplateColumn, readonly string[]> = {
  id: ["id", "nr", "nummer", "kennung", "uid"],
  title: ["title", "titel", "name", "veranstaltung", "angebot"],
  summary: ["summary", "beschreibung", "kurzbeschreibung", "description", "text", "zusammenfassung"],
  category: ["category", "kategorie", "thema", "topic"],
  district: ["district", "stadtteil", "bezirk", "quartier"],
  address: ["address", "adresse", "ort", "place", "location", "anschrift"],
  online: ["online", "online link", "link", "url", "onlinelink"],
  start: ["start", "beginn", "starts", "datum", "date", "wann", "start date", "startdatum"],
  end: ["end", "ende", "bis uhrzeit", "ends", "enddatum"],
  length: ["length", "dauer", "duration", "länge", "laenge"],
  repeats: ["repeats", "wiederholung", "repeat", "recurrence", "rhythmus", "wiederholt sich"],
  until: ["until", "bis", "wiederholung bis", "repeats until", "ende der reihe"],
  seats: ["seats", "plätze", "plaetze", "capacity", "kapazität", "teilnehmende", "max teilnehmende"],
  ages: ["ages", "alter", "age", "altersgruppe"],
  cost: ["cost", "kosten", "preis", "price", "gebühr", "beitrag"],
  languages: ["languages", "sprachen", "languages spoken", "gesprochene sprachen", "sprache", "language"],
  accessibility: ["accessibility", "barrierefreiheit", "barrierefrei", "zugänglichkeit"],
  contact: ["contact", "kontakt", "organiser contact", "organizer contact", "ansprechperson", "veranstalter kontakt"],
};

const normalize = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[_()\[\]\-/:.|*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A column of the file: which template column, and for texts the language. */
export type HeaderCell = { column: TemplateColumn; locale?: string } | undefined;

/** What a header cell names: "Titel de" → title in German; unknown names are ignored. */
export function readHeader(text: string): HeaderCell {
  const words = normalize(text);
  if (!words) return undefined;
  for (const column of TEMPLATE_COLUMNS) if (NAMES[column].includes(words)) return column === "title" || column === "summary" ? { column, locale: "" } : { column };
  // "title de", "de title", "titel (ar)"
  const parts = words.split(" ");
  const locale = parts.find((p) => (SUPPORTED_LOCALES as readonly string[]).includes(p));
  if (locale) {
    const rest = parts.filter((p) => p !== locale).join(" ");
    for (const column of ["title", "summary"] as const) if (NAMES[column].includes(rest)) return { column, locale };
  }
  return undefined;
}

/**
 * The header's meaning per column. A header of two rows ("Titel" merged over "de | en") is read
 * as one: each column's top cell (the merged value repeated) joined with the cell below it.
 */
export function mapHeader(top: string[], sub?: string[]): HeaderCell[] {
  return top.map((cell, i) => {
    const below = sub?.[i]?.trim() ?? "";
    return (below ? readHeader(`${cell} ${below}`) : undefined) ?? readHeader(cell) ?? (below ? readHeader(below) : undefined);
  });
}

/** How many of a row's cells name template columns. */
export const headerScore = (cells: HeaderCell[]) => cells.filter(Boolean).length;

/** A cell as read from the file: text, or a Date from an Excel date cell (its UTC fields are the wall clock). */
export type Cell = string | Date | number | undefined;

const text = (cell: Cell): string => (cell === undefined ? "" : cell instanceof Date ? cell.toISOString() : String(cell)).trim();

class CellError extends Error {
  constructor(
    readonly code: RowErrorCode,
    readonly value?: string,
  ) {
    super(code);
  }
}

/** A time of day in the bot's time zone, parsed from what staff type. */
type LocalDate = { date: DateTime; hasTime: boolean };

const DATE_PATTERNS: { re: RegExp; order: "dmy" | "ymd" }[] = [
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*uhr)?)?$/i, order: "dmy" },
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/, order: "ymd" },
];

/** A date (with or without a time) as staff type it, in `timezone`; a day.month without a year is the next one from `now`. */
export function parseLocalDate(raw: Cell, options: ParseOptions): LocalDate {
  if (raw instanceof Date) {
    // Excel dates carry no zone: exceljs gives the wall clock as UTC fields.
    const wall = DateTime.fromJSDate(raw, { zone: "utc" });
    const date = DateTime.fromObject({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute }, { zone: options.timezone });
    return { date, hasTime: wall.hour !== 0 || wall.minute !== 0 };
  }
  const value = text(raw);
  if (typeof raw === "number" && raw > 20_000 && raw < 80_000) return parseLocalDate(excelSerial(raw), options);
  for (const { re, order } of DATE_PATTERNS) {
    const m = re.exec(value);
    if (!m) continue;
    const [day, month, year] = order === "dmy" ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const local = DateTime.fromJSDate(options.now, { zone: options.timezone });
    let y = year === undefined ? local.year : year.length === 2 ? 2000 + Number(year) : Number(year);
    const make = (yy: number) => DateTime.fromObject({ year: yy, month: Number(month), day: Number(day), hour, minute }, { zone: options.timezone });
    let date = make(y);
    if (!date.isValid) {
      // 29.02. without a year exists in some year: try the next one before calling it impossible.
      if (year === undefined && make(y + 1).isValid) date = make(++y);
      else throw new CellError("date-not-exist", value);
    }
    if (year === undefined && date < local.startOf("day")) date = make(y + 1);
    if (!date.isValid) throw new CellError("date-not-exist", value);
    return { date, hasTime: m[4] !== undefined };
  }
  throw new CellError("date-format", value);
}

/** An Excel serial day number (a date cell read as a number) as the wall clock. */
function excelSerial(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

/** A time "17:00" on the start's day, or a full date. */
function parseEnd(raw: Cell, start: DateTime, options: ParseOptions): DateTime {
  const value = text(raw);
  const time = /^(\d{1,2})[:.](\d{2})(?:\s*uhr)?$/i.exec(value);
  if (time && !(raw instanceof Date)) {
    const end = start.set({ hour: Number(time[1]), minute: Number(time[2]) });
    if (!end.isValid || Number(time[1]) > 23) throw new CellError("date-format", value);
    return end;
  }
  return parseLocalDate(raw, options).date;
}

/** Minutes: "90", "90 min", "1:30", "1,5 h", "2 Std." */
export function parseLength(raw: Cell): number {
  const value = text(raw).toLowerCase().replace(",", ".");
  let minutes: number | undefined;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(value);
  const hours = /^(\d+(?:\.\d+)?)\s*(h|std\.?|stunden?|hours?)$/.exec(value);
  const mins = /^(\d+)\s*(m|min\.?|minuten|minutes)?$/.exec(value);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (hours) minutes = Math.round(Number(hours[1]) * 60);
  else if (mins) minutes = Number(mins[1]);
  if (minutes === undefined || minutes <= 0 || minutes > 24 * 60 * 14) throw new CellError("length-invalid", text(raw));
  return minutes;
}

export type Repeats = "NONE" | "WEEKLY" | "BIWEEKLY" | "MONTHLY";

const REPEATS: Record<Exclude<Repeats, "NONE">, readonly string[]> = {
  WEEKLY: ["weekly", "wöchentlich", "woechentlich", "every week", "jede woche", "wochentlich", "1 woche"],
  BIWEEKLY: ["biweekly", "fortnightly", "every two weeks", "every 2 weeks", "alle zwei wochen", "alle 2 wochen", "14 tägig", "14tägig", "zweiwöchentlich", "2 wöchentlich", "vierzehntägig"],
  MONTHLY: ["monthly", "monatlich", "every month", "jeden monat"],
};

export function parseRepeats(raw: Cell): Repeats {
  const value = normalize(text(raw));
  if (!value || ["none", "no", "nein", "einmalig", "once", "einmal", "keine"].includes(value)) return "NONE";
  for (const [rule, words] of Object.entries(REPEATS)) if (words.includes(value)) return rule as Repeats;
  throw new CellError("repeats-unknown", text(raw));
}

/** "12-17", "12–17", "60-", "ab 60", "60+", "bis 12", "-12"; empty: all ages. */
export function parseAges(raw: Cell): { ageMin: number | null; ageMax: number | null } {
  const value = text(raw).toLowerCase().replace(/\s*jahre?$/, "").replace(/[–—]/g, "-");
  if (!value || ["alle", "all", "jedes alter", "any"].includes(value)) return { ageMin: null, ageMax: null };
  const range = /^(\d{1,3})?\s*-\s*(\d{1,3})?$/.exec(value);
  const from = /^(?:ab|from)\s*(\d{1,3})$|^(\d{1,3})\s*\+$/.exec(value);
  const upTo = /^(?:bis|up to|under)\s*(\d{1,3})$/.exec(value);
  let min: number | null = null;
  let max: number | null = null;
  if (range && (range[1] || range[2])) [min, max] = [range[1] ? Number(range[1]) : null, range[2] ? Number(range[2]) : null];
  else if (from) min = Number(from[1] ?? from[2]);
  else if (upTo) max = Number(upTo[1]);
  else throw new CellError("ages-invalid", text(raw));
  if ((min !== null && min > 120) || (max !== null && max > 120) || (min !== null && max !== null && min > max)) throw new CellError("ages-invalid", text(raw));
  return { ageMin: min, ageMax: max };
}

export function parseSeats(raw: Cell): number | null {
  const value = text(raw);
  if (!value || ["unbegrenzt", "unlimited", "-", "offen"].includes(value.toLowerCase())) return null;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) throw new CellError("seats-invalid", value);
  return Number(value);
}

/** Language codes, separated by commas, semicolons, slashes or spaces: "de, ar". */
export function parseLanguages(raw: Cell): string[] | null {
  const value = text(raw);
  if (!value) return null;
  const codes = value
    .toLowerCase()
    .split(/[\s,;/]+/)
    .filter(Boolean);
  if (codes.some((c) => !/^[a-z]{2,3}$/.test(c))) throw new CellError("languages-invalid", value);
  return [...new Set(codes)];
}

export function parseLink(raw: Cell): string | null {
  const value = text(raw);
  if (!value) return null;
  try {
    const url = new URL(value);
    if ((url.protocol === "https:" || url.protocol === "http:") && value.length <= 500) return value;
  } catch {
    // falls through
  }
  throw new CellError("link-invalid", value);
}

const limited = (raw: Cell, max: number, code: RowErrorCode = "text-too-long"): string | null => {
  const value = text(raw);
  if (!value) return null;
  if (value.length > max) throw new CellError(code, `${value.slice(0, 30)}…`);
  return value;
};

/** A stable key for a row without an id: its first title and start, so the same row finds its offer again. */
const rowKey = (title: string, start: Cell) => `row:${createHash("sha256").update(`${title}\u0000${text(start)}`).digest("hex").slice(0, 24)}`;

/** The last local day of the series as saveOffer takes it: the end of that day. */
const endOfDay = (date: DateTime) => date.endOf("day").toJSDate();

/** How far ahead a monthly series without an end is laid out: to the end of the month six months on. */
export function horizonOf(options: ParseOptions): DateTime {
  return DateTime.fromJSDate(options.now, { zone: options.timezone }).plus({ months: 6 }).endOf("month");
}

/**
 * Turns the data rows of a spreadsheet (after its header) into items and row errors.
 * `firstRow` is the spreadsheet's number of the first data row.
 */
export function rowsToSchedule(format: "csv" | "xlsx", header: HeaderCell[], rows: Cell[][], firstRow: number, options: ParseOptions): ParsedSchedule {
  if (headerScore(header) === 0 || !header.some((h) => h?.column === "title") || !header.some((h) => h?.column === "start")) throw new ImportFileError("no-header");
  const nonEmpty = rows.map((cells, i) => ({ cells, row: firstRow + i })).filter(({ cells }) => cells.some((c) => text(c) !== ""));
  if (nonEmpty.length > IMPORT_LIMITS.rows) throw new ImportFileError("too-many-rows", IMPORT_LIMITS.rows);
  const items: ImportItem[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const has = (column: TemplateColumn) => header.some((h) => h?.column === column);
  for (const { cells, row } of nonEmpty) {
    const get = (column: TemplateColumn): Cell => {
      const i = header.findIndex((h) => h?.column === column);
      return i < 0 ? undefined : cells[i];
    };
    const rowErrors: RowError[] = [];
    const attempt = <T>(parse: () => T): T | undefined => {
      try {
        return parse();
      } catch (error) {
        if (error instanceof CellError) rowErrors.push({ row, code: error.code, ...(error.value !== undefined ? { value: error.value } : {}) });
        else throw error;
        return undefined;
      }
    };
    const texts: ImportItem["texts"] = {};
    header.forEach((h, i) => {
      if (!h || (h.column !== "title" && h.column !== "summary")) return;
      const locale = h.locale || "source";
      const value = attempt(() => limited(cells[i], h.column === "title" ? 200 : 1000, h.column === "title" ? "title-too-long" : "summary-too-long"));
      if (!value) return;
      texts[locale] = { ...(texts[locale] ?? { title: "" }), [h.column]: value };
    });
    for (const [locale, t] of Object.entries(texts)) if (!t.title) delete texts[locale];
    if (Object.keys(texts).length === 0) rowErrors.push({ row, code: "title-missing" });
    const startCell = get("start");
    const start = text(startCell) ? attempt(() => parseLocalDate(startCell, options)) : (rowErrors.push({ row, code: "start-missing" }), undefined);
    let end: DateTime | undefined;
    if (start && text(get("end"))) end = attempt(() => parseEnd(get("end"), start.date, options));
    else if (start && text(get("length"))) {
      const minutes = attempt(() => parseLength(get("length")));
      if (minutes) end = start.date.plus({ minutes });
    }
    if (start && end && end < start.date) rowErrors.push({ row, code: "end-before-start", value: text(get("end")) });
    const repeats = attempt(() => parseRepeats(get("repeats"))) ?? "NONE";
    let until: DateTime | undefined;
    if (text(get("until"))) until = attempt(() => parseLocalDate(get("until"), options).date);
    if (start && until && until.endOf("day") < start.date) rowErrors.push({ row, code: "until-before-start", value: text(get("until")) });
    const seats = has("seats") ? attempt(() => parseSeats(get("seats"))) : undefined;
    const ages = has("ages") ? attempt(() => parseAges(get("ages"))) : undefined;
    const languages = has("languages") ? attempt(() => parseLanguages(get("languages"))) : undefined;
    const onlineUrl = has("online") ? attempt(() => parseLink(get("online"))) : undefined;
    const address = has("address") ? attempt(() => limited(get("address"), 300)) : undefined;
    const costText = has("cost") ? attempt(() => limited(get("cost"), 120)) : undefined;
    const accessibility = has("accessibility") ? attempt(() => limited(get("accessibility"), 1000)) : undefined;
    const contact = has("contact") ? attempt(() => limited(get("contact"), 500)) : undefined;
    const firstTitle = Object.values(texts)[0]?.title ?? "";
    const key = text(get("id")) ? `id:${text(get("id"))}` : rowKey(firstTitle, startCell);
    if (seen.has(key)) rowErrors.push({ row, code: "duplicate-id", value: text(get("id")) });
    seen.add(key);
    if (rowErrors.length || !start) {
      errors.push(...rowErrors);
      continue;
    }
    const base: Omit<ImportItem, "startsAt" | "endsAt" | "recurrence" | "recurrenceUntil" | "key"> = {
      row,
      texts,
      ...(has("category") ? { category: text(get("category")) || null } : {}),
      ...(has("district") ? { district: text(get("district")) || null } : {}),
      ...(address !== undefined ? { address } : {}),
      ...(onlineUrl !== undefined ? { onlineUrl } : {}),
      ...(seats !== undefined ? { capacity: seats } : {}),
      ...(ages !== undefined ? ages : {}),
      ...(costText !== undefined ? { costText } : {}),
      ...(languages !== undefined ? { languages } : {}),
      ...(accessibility !== undefined ? { accessibility } : {}),
      ...(contact !== undefined ? { contact } : {}),
    };
    const length = end ? end.diff(start.date).as("milliseconds") : undefined;
    if (repeats === "MONTHLY") {
      // A monthly series is laid out as single dates (the offer model repeats weekly or fortnightly only).
      const last = until ? until.endOf("day") : horizonOf(options);
      for (let n = 0; n < 104; n++) {
        const date = start.date.plus({ months: n });
        if (date > last) break;
        if (date.toJSDate() < options.now) continue;
        items.push({ ...base, key: `${key}#${date.toFormat("yyyyLLdd")}`, group: key, startsAt: date.toJSDate(), endsAt: length === undefined ? null : date.plus({ milliseconds: length }).toJSDate(), recurrence: "NONE", recurrenceUntil: null });
      }
      continue;
    }
    const recurring = repeats !== "NONE";
    items.push({
      ...base,
      key,
      startsAt: start.date.toJSDate(),
      endsAt: end ? end.toJSDate() : null,
      recurrence: repeats,
      recurrenceUntil: recurring ? endOfDay(until ?? horizonOf(options)) : null,
    });
  }
  return { format, items, errors, rows: nonEmpty.length, hasCategory: has("category"), hasDistrict: has("district") };
}
