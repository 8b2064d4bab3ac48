// /stats [YYYY-MM] for admins: anonymous counts (users by language, sign-ups and attendance
// per topic and per offer) for one month, and a button for the inventory CSV of offer formats. No names. Only admins pass the composer (roles.ts);
// the domain checks again.
import { Composer, InputFile } from "grammy";
import { DateTime } from "luxon";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { translateIn } from "../i18n.ts";
import { notice } from "../messages.ts";
import { isAdmin, restrictTo } from "../roles.ts";
import { inventoryButton, statsKeyboard } from "../keyboards/stats.ts";
import { renderQuestionCounts } from "../views/questions.ts";
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
    const questions = renderQuestionCounts(translateIn(ctx), await ctx.services.questions.adminCounts(ctx.user!.id));
    await ctx.reply(renderMonthStats(translateIn(ctx), month, stats, categories, locale) + questions, { parse_mode: "HTML", reply_markup: statsKeyboard(translateIn(ctx)) });
  });
  // The inventory of offer formats (one row per upcoming offer) for a state-wide database.
  admins.button(inventoryButton, "stats.inventory", async (ctx) => {
    const locale = await ctx.i18n.getLocale();
    const csv = await ctx.services.feeds.adminInventoryCsv(ctx.user!.id, locale);
    await notice(ctx);
    const day = DateTime.fromJSDate(ctx.clock.now(), { zone: timezone }).toISODate();
    await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), `inventory-${day}.csv`), { caption: ctx.t("feeds-inventory-caption") });
  });
  return composer;
}
