// The text of /stats (parse_mode HTML): anonymous counts for one month, no names.
import type { MonthStats } from "../../domain/stats.ts";
import { escapeHtml as esc, isolate, languageName } from "../formatting.ts";
import type { Translate } from "../i18n.ts";
import { providerLabel } from "./announcement-translation.ts";

/** `categories` names each topic ("⚽ Sport"); `locale` is the reader's, for language names. */
export function renderMonthStats(t: Translate, month: string, stats: MonthStats, categories: Map<string, string>, locale: string): string {
  const line = (row: { signups: number; seats: number; present: number; absent: number }) => t("stats-line", row);
  return [
    `<b>${esc(t("stats-title", { month }))}</b>`,
    "",
    `<b>${esc(t("stats-users"))}</b>`,
    esc(stats.usersByLanguage.map((u) => `${u.locale === "?" ? "?" : languageName(u.locale, locale)}: ${u.users}`).join(" · ") || "–"),
    "",
    `<b>${esc(t("stats-by-category"))}</b>`,
    ...(stats.byCategory.length ? stats.byCategory.map((c) => esc(`${categories.get(c.categoryId) ?? c.categoryId}: ${line(c)}`)) : ["–"]),
    "",
    `<b>${esc(t("stats-by-offer"))}</b>`,
    ...(stats.byOffer.length ? stats.byOffer.map((o, i) => `${i + 1}. ${esc(isolate(o.title))}: ${esc(line(o))}`) : ["–"]),
    "",
    ...(stats.translation ? translationUsage(t, stats.translation) : []),
    esc(t("stats-hint")),
  ].join("\n");
}

/** Machine translation this month: characters sent to the provider, and the budget if there is one. */
function translationUsage(t: Translate, usage: NonNullable<MonthStats["translation"]>): string[] {
  const provider = providerLabel(usage.provider);
  return [
    `<b>${esc(t("mt-ann-stats-title"))}</b>`,
    esc(usage.budget === null ? t("mt-ann-stats-usage", { provider, chars: usage.chars }) : t("mt-ann-stats-usage-budget", { provider, chars: usage.chars, budget: usage.budget })),
    "",
  ];
}
