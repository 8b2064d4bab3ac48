// /language: pick one of the ten languages; stored on the User row.
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { isLocale } from "../../domain/locales.ts";
import type { BotContext } from "../context.ts";
import type { Translator } from "../i18n.ts";
import { languageChoice, languageKeyboard } from "../keyboards/languages.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { helpMessage } from "../screens/help.ts";
import { askAboutSubscriptions } from "../screens/subscriptions.ts";

export function languageFeature(translate: Translator): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  const choose = (ctx: BotContext) => ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard(translate, ctx.user?.locale) });
  privateChats.command("language", choose);
  privateChats.filter(hears("menu-language"), choose);

  privateChats.callbackQuery(languageChoice.filter, async (ctx) => {
    const locale = languageChoice.unpack(ctx.callbackQuery.data);
    if (!locale || !ctx.user || !isLocale(locale)) {
      await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
      return;
    }
    // ctx.user was loaded before this choice: no locale yet means this is the first one.
    const firstChoice = !ctx.user.locale;
    await ctx.services.users.setLocale(ctx.user.id, locale);
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery({ text: ctx.t("language-changed") });
    // Edit the keyboard message in place so the tick moves; a failure here is cosmetic.
    await ctx
      .editMessageText(ctx.t("language-changed"), { reply_markup: languageKeyboard(translate, locale) })
      .catch((error: unknown) => ctx.log.debug({ err: error }, "language message not edited"));
    // Sent again so that the menu buttons, too, are in the new language.
    await ctx.reply(helpMessage(ctx), { reply_markup: mainMenu(ctx) });
    if (firstChoice) await askAboutSubscriptions(ctx);
  });

  return composer;
}
