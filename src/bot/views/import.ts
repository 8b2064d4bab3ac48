// What the import shows: the preview ("12 new, 3 changed, 1 unchanged" and every bad row with
// its reason), the result, and the template's column explanations, in the staff member's
// language. Values from the file are escaped (the replies use HTML).
import type { ImportPreview, ImportResult } from "../../domain/schedule-import.ts";
import type { TemplateColumn } from "../../import/columns.ts";
import type { RowError } from "../../import/schedule.ts";
import type { CalendarStatus } from "../../domain/calendar-feeds.ts";
import { escapeHtml, formatDateTime, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

/** At most this many bad rows are listed one by one; the rest are counted. */
export const ROW_ERRORS_SHOWN = 25;

export function renderRowErrors(t: Translate, errors: RowError[]): string[] {
  if (!errors.length) return [];
  const shown = errors.slice(0, ROW_ERRORS_SHOWN).map((e) => t("import-row-error", { row: e.row, reason: t(`import-reason-${e.code}`, { value: escapeHtml(e.value ?? "") }) }));
  const more = errors.length > ROW_ERRORS_SHOWN ? [t("import-more-errors", { count: errors.length - ROW_ERRORS_SHOWN })] : [];
  return ["", t("import-errors-title", { count: errors.length }), ...shown, ...more];
}

const counts = (t: Translate, c: { created: number; changed: number; unchanged: number; cancelled: number }) =>
  [
    t("import-count-new", { count: c.created }),
    t("import-count-changed", { count: c.changed }),
    t("import-count-unchanged", { count: c.unchanged }),
    ...(c.cancelled ? [t("import-count-cancelled", { count: c.cancelled })] : []),
  ].join(", ");

export function renderPreview(t: Translate, fileName: string, preview: ImportPreview): string {
  const work = preview.created + preview.changed + preview.cancelled;
  return [
    t("import-preview-title", { name: escapeHtml(fileName) }),
    counts(t, preview),
    ...renderRowErrors(t, preview.errors),
    "",
    work ? t("import-preview-question") : t("import-nothing-to-do"),
  ].join("\n");
}

export function renderResult(t: Translate, result: ImportResult): string {
  return [
    t("import-done"),
    counts(t, result),
    ...(result.awaitingApproval ? [t("import-awaiting-approval", { count: result.awaitingApproval })] : []),
    ...(result.notified ? [t("import-notified", { count: result.notified })] : []),
    ...(result.errors.length ? [t("import-left-out", { count: result.errors.length })] : []),
  ].join("\n");
}

/** One line per column of the template: its header and what goes in it. */
export function renderColumns(t: Translate, header: { header: string; column: TemplateColumn; locale?: string }[], languageName: (locale: string) => string): string {
  return [t("import-columns-title"), ...header.map((h) => `<code>${escapeHtml(h.header)}</code> – ${escapeHtml(explainColumn(t, h.column, h.locale ? languageName(h.locale) : undefined))}`)].join("\n");
}

export function explainColumn(t: Translate, column: TemplateColumn, language?: string): string {
  return t(`import-column-${column}`, { language: language ?? "" });
}

/** The organization's subscribed calendar: its address, when it was last read, and failures. */
export function renderCalendar(t: Translate, status: CalendarStatus, dates: DateStyle): string {
  if (!status.url) return t("import-calendar-none");
  const checked = status.checkedAt ? formatDateTime(status.checkedAt, dates) : t("import-calendar-never");
  return [t("import-calendar-current", { url: escapeHtml(status.url), checked }), ...(status.failures ? ["", t("import-calendar-failing", { count: status.failures })] : [])].join("\n");
}
