// The text of /announcements (parse_mode HTML): scheduled and pending announcements with their
// first words (for admins, whose organization: or the city), then the progress of the latest
// ones (counts and estimated end). What staff typed is escaped.
import { pickText } from "../../domain/translations.ts";
import type { AnnouncementProgress } from "../../domain/announcements.ts";
import { escapeHtml as esc, formatDateTime, isolate, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

export type ScheduledAnnouncement = {
  id: number;
  texts: unknown;
  sourceLocale: string;
  scheduledAt: Date;
  urgent: boolean;
  repeatRule: string | null;
  status: string;
  organization: { name: string } | null;
};

/** Who an announcement speaks for: its organization, or the city. */
export const announcementOwner = (t: Translate, row: Pick<ScheduledAnnouncement, "organization">) => (row.organization ? row.organization.name : t("broadcast-as-city"));

export function renderAnnouncements(
  t: Translate,
  scheduled: ScheduledAnnouncement[],
  recent: AnnouncementProgress[],
  dates: DateStyle,
  options: { showOrganization: boolean } = { showOrganization: false },
): string {
  const lines = [`<b>${esc(t("broadcast-list-title"))}</b>`, ""];
  if (scheduled.length === 0) lines.push(esc(t("broadcast-list-empty")));
  for (const row of scheduled) {
    const text = pickText(row.texts as Record<string, string>, dates.locale, row.sourceLocale)?.text ?? "";
    const owner = options.showOrganization ? ` · 🏢 ${esc(isolate(announcementOwner(t, row)))}` : "";
    const pending = row.status === "PENDING_APPROVAL" ? ` · ⏳ ${esc(t("broadcast-list-pending"))}` : "";
    lines.push(`#${row.id} · ${esc(formatDateTime(row.scheduledAt, dates))}${row.urgent ? " · ⚠️" : ""}${row.repeatRule ? " · 🔁" : ""}${pending}${owner}`, esc(text.slice(0, 80)), "");
  }
  for (const { estimatedEnd, ...stats } of recent) {
    lines.push(esc(t("broadcast-stats", { ...stats })));
    if (estimatedEnd) lines.push(esc(t("broadcast-stats-eta", { time: formatDateTime(estimatedEnd, dates) })));
  }
  return lines.join("\n");
}
