// What the file parsers (csv.ts, xlsx.ts, ics.ts) hand to the domain import
// (src/domain/schedule-import.ts): one item per future offer, and one error per bad cell with
// its row and a reason code the bot puts into words (locales: import-reason-<code>).

/** The reasons a row is refused; each has the Fluent key `import-reason-<code>`. */
export const ROW_ERROR_CODES = [
  "title-missing",
  "title-too-long",
  "summary-too-long",
  "start-missing",
  "date-format",
  "date-not-exist",
  "date-past",
  "end-before-start",
  "length-invalid",
  "repeats-unknown",
  "until-before-start",
  "seats-invalid",
  "ages-invalid",
  "languages-invalid",
  "link-invalid",
  "text-too-long",
  "category-unknown",
  "category-missing",
  "district-unknown",
  "duplicate-id",
  "event-invalid",
  "row-invalid",
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

/** A bad cell: the row as the spreadsheet numbers it (an .ics: the event's position), why, and what it said. */
export type RowError = { row: number; code: RowErrorCode; value?: string };

/** The texts of one language version. "source" (from an .ics): the organization's language. */
export type ItemTexts = { title: string; summary?: string };

/**
 * One offer as a file describes it. A field left out (undefined) is one the file does not carry
 * (it stays as it is on re-import); null: the file says "none" (an empty cell of its column).
 */
export type ImportItem = {
  row: number;
  /** Unique within the file: the iCalendar UID (with the date for one date of an expanded series) or the template's id. */
  key: string;
  /** The dates of one expanded series (monthly, with skipped dates, irregular) share it. */
  group?: string;
  texts: Record<string, ItemTexts>;
  category?: string | null;
  /** Words that may name a category (an .ics file's CATEGORIES): the first one known is taken, else the default. */
  categoryHints?: string[];
  district?: string | null;
  address?: string | null;
  onlineUrl?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  startsAt: Date;
  endsAt?: Date | null;
  recurrence: "NONE" | "WEEKLY" | "BIWEEKLY";
  recurrenceUntil?: Date | null;
  capacity?: number | null;
  ageMin?: number | null;
  ageMax?: number | null;
  costText?: string | null;
  languages?: string[] | null;
  accessibility?: string | null;
  contact?: string | null;
};

export type ParsedSchedule = {
  format: "csv" | "xlsx" | "ics";
  items: ImportItem[];
  errors: RowError[];
  /** Data rows (or events) read. */
  rows: number;
  /** The file has its own category and district column (else the staff member picks one for all). */
  hasCategory: boolean;
  hasDistrict: boolean;
};

/** Why a whole file cannot be read; the Fluent key is `import-file-<code>`. */
export type ImportFileErrorCode = "too-big" | "too-many-rows" | "unreadable" | "no-header" | "unknown-type" | "empty";

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly limit?: number,
  ) {
    super(`import file: ${code}`);
    this.name = "ImportFileError";
  }
}

/** 10 MB and 2,000 rows (or events) at most. */
export const IMPORT_LIMITS = { bytes: 10 * 1024 * 1024, rows: 2_000 } as const;

/** What a parser needs to know: the bot's time zone (dates without a zone are in it) and now (past dates of a series are left out). */
export type ParseOptions = { timezone: string; now: Date };
