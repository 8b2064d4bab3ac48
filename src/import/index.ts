// One door to the parsers: the file's type from its name (or MIME type), then its parser.
import { parseCsv } from "./csv.ts";
import { parseIcs } from "./ics.ts";
import { IMPORT_LIMITS, ImportFileError, type ParseOptions, type ParsedSchedule } from "./schedule.ts";
import { parseXlsx } from "./xlsx.ts";

export type ScheduleFormat = ParsedSchedule["format"];

/** csv, xlsx or ics by the file name's ending or the MIME type; undefined for anything else. */
export function formatOf(fileName: string | undefined, mimeType?: string): ScheduleFormat | undefined {
  const name = (fileName ?? "").toLowerCase();
  if (name.endsWith(".csv") || mimeType === "text/csv") return "csv";
  if (name.endsWith(".xlsx") || mimeType === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") return "xlsx";
  if (name.endsWith(".ics") || name.endsWith(".ical") || name.endsWith(".ifb") || mimeType === "text/calendar") return "ics";
  return undefined;
}

export async function parseSchedule(bytes: Uint8Array, format: ScheduleFormat, options: ParseOptions): Promise<ParsedSchedule> {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) throw new ImportFileError("too-big", IMPORT_LIMITS.bytes);
  if (format === "csv") return parseCsv(bytes, options);
  if (format === "xlsx") return parseXlsx(bytes, options);
  return parseIcs(bytes, options);
}

export { IMPORT_LIMITS, ImportFileError };
export type { ParsedSchedule, ParseOptions };
