// CSV files people open in a spreadsheet: one rule for every export (participant lists, the
// offers inventory). UTF-8 with a byte order mark, so Excel shows Arabic and Ukrainian text,
// and cells that a spreadsheet would run as a formula are defused.
import { stringify } from "csv-stringify/sync";

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
export const CSV_BOM = "\uFEFF";

/**
 * A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip
 * before such a sign) would run as a formula: it is quoted as text with a leading apostrophe.
 */
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV document: header row from `columns`, every string cell defused, BOM first. */
export function spreadsheetCsv<Row extends Record<string, unknown>>(rows: readonly Row[], columns: readonly { key: keyof Row & string; header: string }[]): string {
  const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "string" ? defuseCell(value) : value])));
  return CSV_BOM + stringify(safe, { header: true, columns: columns.map((c) => ({ key: c.key, header: c.header })) });
}
