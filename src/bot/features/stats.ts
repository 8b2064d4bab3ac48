// /stats [YYYY-MM] for admins: anonymous counts (users by language, sign-ups and attendance
// per topic and per offer) for one month. No names. Only admins pass the composer (roles.ts);
// the domain checks again.
import { Composer } from "grammy";
import { DateTime } from "luxon";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { translateIn } from "../i18n.ts";
import { isAdmin, restrictTo } from "../roles.ts";
import { renderMonthStats } from "../views/stats.ts";

export function statsFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admins = restrictTo(composer.chatType("private"), isAdmin);
  admins.command("stats", async (ctx) => {
    const month = /^\d{4}-\d{2}$/.test(ctx.match.trim()) ? ctx.match.trim() : DateTime.now().setZone(timezone).toFormat("yyyy-MM");
    const locale = await ctx.i18n.getLocale();
    let stats;
    try {
      stats = await ctx.services.stats.month(ctx.user!.id, month);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // A "forbidden" one is already in the audit log (the domain notes every refusal).
      return ctx.reply(ctx.t(`error-${error.code}`));
    }
    const categories = new Map((await ctx.services.catalog.listCategories(locale)).map((c) => [c.id, `${c.emoji} ${c.name}`]));
    await ctx.reply(renderMonthStats(translateIn(ctx), month, stats, categories, locale), { parse_mode: "HTML" });
  });
  return composer;
}
