// /language: pick one of the ten languages; stored on the User row.
import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { isLocale } from "../../domain/locales.ts";
import type { BotContext } from "../context.ts";
import { helpMessage } from "./help.ts";
import { languageChoice, languageKeyboard } from "../keyboards/languages.ts";

export function languageFeature(i18n: I18n<never>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("language", async (ctx) => {
    await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard(i18n, ctx.user?.locale) });
  });

  privateChats.callbackQuery(languageChoice.filter, async (ctx) => {
    const locale = languageChoice.unpack(ctx.callbackQuery.data);
    if (!locale || !ctx.user || !isLocale(locale)) {
      await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
      return;
    }
    await ctx.services.users.setLocale(ctx.user.id, locale);
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery({ text: ctx.t("language-changed") });
    // Edit the keyboard message in place so the tick moves; a failure here is cosmetic.
    await ctx
      .editMessageText(ctx.t("language-changed"), { reply_markup: languageKeyboard(i18n, locale) })
      .catch((error: unknown) => ctx.log.debug({ err: error }, "language message not edited"));
    await ctx.reply(helpMessage(ctx));
  });

  return composer;
}
