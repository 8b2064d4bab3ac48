// /start: a warm greeting in the user's language. First-time users also see the language
// choice, because Telegram's app language is often not the language they read best.
import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { helpMessage } from "./help.ts";
import { languageKeyboard } from "../keyboards/languages.ts";

export function startFeature(i18n: I18n<never>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command("start", async (ctx) => {
    const firstName = ctx.from.first_name;
    await ctx.reply(ctx.t("start-greeting", { firstName }));
    if (!ctx.user?.locale) {
      await ctx.reply(ctx.t("start-choose-language"), { reply_markup: languageKeyboard(i18n, undefined) });
    } else {
      await ctx.reply(helpMessage(ctx));
    }
  });
  return composer;
}
