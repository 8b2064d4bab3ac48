// A CSV as staff send it: UTF-8 with or without a byte order mark, or Windows-1252 as German
// Excel writes it; `;` (German Excel) or `,` between cells; empty trailing rows skipped.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { mapHeader, rowsToSchedule, type Cell } from "./columns.ts";
import { IMPORT_LIMITS, ImportFileError, type ParseOptions, type ParsedSchedule } from "./schedule.ts";

/** The text of the file: UTF-8 when it decodes cleanly (or has a BOM), else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString("utf8");
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), "utf16le");
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    return utf8.decode(buffer);
  } catch {
    return iconv.decode(buffer, "win1252");
  }
}

/** `;` or `,`: whichever splits the first line into more cells (outside quotes). */
export function detectDelimiter(text: string): ";" | "," | "\t" {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (ch: string) => firstLine.replace(/"[^"]*"/g, "").split(ch).length - 1;
  const counts = { ";": count(";"), ",": count(","), "\t": count("\t") } as const;
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as ";" | "," | "\t");
}

export function parseCsv(bytes: Uint8Array, options: ParseOptions): ParsedSchedule {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) throw new ImportFileError("too-big", IMPORT_LIMITS.bytes);
  const text = decodeText(bytes);
  if (!text.trim()) throw new ImportFileError("empty");
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, bom: true, trim: false }) as string[][];
  } catch {
    throw new ImportFileError("unreadable");
  }
  // The header: the first row that names a title and a start column (a title line above it is skipped).
  for (let i = 0; i < Math.min(records.length, 5); i++) {
    const header = mapHeader(records[i]!, records[i + 1]);
    const single = mapHeader(records[i]!);
    const names = (h: typeof header) => h.some((c) => c?.column === "title") && h.some((c) => c?.column === "start");
    if (!names(single) && !names(header)) continue;
    // A second header row holds only language codes under "Titel" (a merged header written out).
    const twoRows = records[i + 1]?.some((c) => /^(de|en|ar|fa|uk|ru|tr|ku|ps|ti)$/i.test(c.trim())) ?? false;
    const rows = records.slice(i + (twoRows ? 2 : 1)) as Cell[][];
    return rowsToSchedule("csv", twoRows ? header : single, rows, i + (twoRows ? 3 : 2), options);
  }
  throw new ImportFileError("no-header");
}
