// /stats [YYYY-MM] for admins: anonymous counts (users by language, sign-ups and attendance
// per topic and per offer) for one month. No names.
import { Composer } from "grammy";
import { DateTime } from "luxon";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml as esc, isolate, languageName } from "../formatting.ts";

export function statsFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command("stats", async (ctx) => {
    if (!ctx.user) return;
    const month = /^\d{4}-\d{2}$/.test(ctx.match.trim()) ? ctx.match.trim() : DateTime.now().setZone(timezone).toFormat("yyyy-MM");
    const locale = await ctx.i18n.getLocale();
    let stats;
    try {
      stats = await ctx.services.stats.month(ctx.user.id, month);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === "forbidden") await ctx.services.staff.recordDenied(ctx.user.id, "/stats");
      return ctx.reply(ctx.t(`error-${error.code}`));
    }
    const categories = new Map((await ctx.services.catalog.listCategories(locale)).map((c) => [c.id, `${c.emoji} ${c.name}`]));
    const line = (row: { signups: number; seats: number; present: number; absent: number }) => ctx.t("stats-line", row);
    const text = [
      `<b>${esc(ctx.t("stats-title", { month }))}</b>`,
      "",
      `<b>${esc(ctx.t("stats-users"))}</b>`,
      esc(stats.usersByLanguage.map((u) => `${u.locale === "?" ? "?" : languageName(u.locale, locale)}: ${u.users}`).join(" · ") || "–"),
      "",
      `<b>${esc(ctx.t("stats-by-category"))}</b>`,
      ...(stats.byCategory.length ? stats.byCategory.map((c) => esc(`${categories.get(c.categoryId) ?? c.categoryId}: ${line(c)}`)) : ["–"]),
      "",
      `<b>${esc(ctx.t("stats-by-offer"))}</b>`,
      ...(stats.byOffer.length ? stats.byOffer.map((o, i) => `${i + 1}. ${esc(isolate(o.title))}: ${esc(line(o))}`) : ["–"]),
      "",
      esc(ctx.t("stats-hint")),
    ].join("\n");
    await ctx.reply(text, { parse_mode: "HTML" });
  });
  return composer;
}
