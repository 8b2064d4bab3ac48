// An Excel workbook: its first sheet, a header of one or two rows (a cell merged across
// columns, "Titel" over "de | en", applies to each column it spans, joined with the cell
// below it), dates as Excel dates or as text.
import type { Cell as ExcelCell } from "exceljs";
import { mapHeader, rowsToSchedule, type Cell } from "./columns.ts";
import { IMPORT_LIMITS, ImportFileError, type ParseOptions, type ParsedSchedule } from "./schedule.ts";

const LOCALE_CELL = /^(de|en|ar|fa|uk|ru|tr|ku|ps|ti)$/i;

/** A cell's value as text, number or Date (formulas: their result; rich text and links: their text). */
function valueOf(cell: ExcelCell): Cell {
  const raw = (cell.isMerged ? cell.master.value : cell.value) as unknown;
  if (raw === null || raw === undefined) return undefined;
  if (raw instanceof Date || typeof raw === "number" || typeof raw === "string") return raw;
  if (typeof raw === "boolean") return String(raw);
  if (typeof raw === "object") {
    const value = raw as { richText?: { text: string }[]; result?: unknown; text?: unknown; hyperlink?: string; error?: string };
    if (value.richText) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return value.result instanceof Date || typeof value.result === "number" || typeof value.result === "string" ? value.result : undefined;
    if (typeof value.text === "string") return value.text;
    if (value.hyperlink) return value.hyperlink;
  }
  return undefined;
}

export async function parseXlsx(bytes: Uint8Array, options: ParseOptions): Promise<ParsedSchedule> {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) throw new ImportFileError("too-big", IMPORT_LIMITS.bytes);
  // exceljs takes about 0.4 s to load: only when a workbook is read or written, not at start.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new ImportFileError("empty");
  if (sheet.rowCount > IMPORT_LIMITS.rows + 10) {
    // Count only rows with something in them: formatting alone makes Excel report more.
    let filled = 0;
    sheet.eachRow(() => void filled++);
    if (filled > IMPORT_LIMITS.rows + 2) throw new ImportFileError("too-many-rows", IMPORT_LIMITS.rows);
  }
  const width = Math.max(sheet.columnCount, 1);
  const rowCells = (r: number): Cell[] => {
    const row = sheet.getRow(r);
    return Array.from({ length: width }, (_, i) => valueOf(row.getCell(i + 1)));
  };
  const asText = (cells: Cell[]) => cells.map((c) => (c === undefined ? "" : c instanceof Date ? "" : String(c)));
  for (let r = 1; r <= Math.min(sheet.rowCount, 5); r++) {
    const top = asText(rowCells(r));
    const below = asText(rowCells(r + 1));
    const twoRows = below.some((c) => LOCALE_CELL.test(c.trim()));
    const header = twoRows ? mapHeader(top, below) : mapHeader(top);
    if (!header.some((h) => h?.column === "title") || !header.some((h) => h?.column === "start")) continue;
    const first = r + (twoRows ? 2 : 1);
    const rows: Cell[][] = [];
    for (let i = first; i <= sheet.rowCount; i++) rows.push(rowCells(i));
    return rowsToSchedule("xlsx", header, rows, first, options);
  }
  throw new ImportFileError("no-header");
}
