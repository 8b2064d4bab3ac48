// The template /import sends: the columns the parsers read, as an empty CSV (UTF-8 with BOM,
// `;` as German Excel expects) and as an XLSX whose first sheet has the header and whose second
// explains each column in the staff member's language.
import { stringify } from "csv-stringify/sync";
import { TEMPLATE_COLUMNS, type TemplateColumn } from "./columns.ts";

/** The header cells: title and summary once per language, the other columns by name. */
export type TemplateCell = { header: string; column: TemplateColumn; locale?: string };

export function templateHeader(locales: readonly string[]): TemplateCell[] {
  return TEMPLATE_COLUMNS.flatMap((column): TemplateCell[] =>
    column === "title" || column === "summary" ? locales.map((locale) => ({ header: `${column}_${locale}`, column, locale })) : [{ header: column, column }],
  );
}

export function templateCsv(locales: readonly string[]): Buffer {
  return Buffer.from(`\uFEFF${stringify([templateHeader(locales).map((h) => h.header)], { delimiter: ";", record_delimiter: "\r\n" })}`, "utf8");
}

export async function templateXlsx(locales: readonly string[], explain: (column: TemplateColumn, locale?: string) => string, sheetNames: { data: string; help: string }): Promise<Buffer> {
  // exceljs takes about 0.4 s to load: only when a workbook is read or written, not at start.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(sheetNames.data.slice(0, 31));
  const header = templateHeader(locales);
  data.addRow(header.map((h) => h.header));
  data.getRow(1).font = { bold: true };
  data.columns.forEach((column) => (column.width = 18));
  data.views = [{ state: "frozen", ySplit: 1 }];
  const help = workbook.addWorksheet(sheetNames.help.slice(0, 31));
  for (const h of header) help.addRow([h.header, explain(h.column, h.locale)]);
  help.getColumn(1).width = 16;
  help.getColumn(2).width = 100;
  help.getColumn(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
