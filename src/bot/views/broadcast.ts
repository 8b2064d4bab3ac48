// The text of /announcements (parse_mode HTML): scheduled announcements with their first words,
// then the progress of the latest ones (counts and estimated end). What staff typed is escaped.
import { pickText } from "../../domain/translations.ts";
import type { AnnouncementProgress } from "../../domain/announcements.ts";
import { escapeHtml as esc, formatDateTime, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

export type ScheduledAnnouncement = { id: number; texts: unknown; sourceLocale: string; scheduledAt: Date; urgent: boolean; repeatRule: string | null };

export function renderAnnouncements(t: Translate, scheduled: ScheduledAnnouncement[], recent: AnnouncementProgress[], dates: DateStyle): string {
  const lines = [`<b>${esc(t("broadcast-list-title"))}</b>`, ""];
  if (scheduled.length === 0) lines.push(esc(t("broadcast-list-empty")));
  for (const row of scheduled) {
    const text = pickText(row.texts as Record<string, string>, dates.locale, row.sourceLocale)?.text ?? "";
    lines.push(`#${row.id} · ${esc(formatDateTime(row.scheduledAt, dates))}${row.urgent ? " · ⚠️" : ""}${row.repeatRule ? " · 🔁" : ""}`, esc(text.slice(0, 80)), "");
  }
  for (const { estimatedEnd, ...stats } of recent) {
    lines.push(esc(t("broadcast-stats", { ...stats })));
    if (estimatedEnd) lines.push(esc(t("broadcast-stats-eta", { time: formatDateTime(estimatedEnd, dates) })));
  }
  return lines.join("\n");
}
