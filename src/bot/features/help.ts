// /help, and the answer to anything the bot does not understand.
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { helpMessage } from "../screens/help.ts";

export function helpFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const help = (ctx: BotContext) => ctx.reply(helpMessage(ctx), { reply_markup: mainMenu(ctx) });
  composer.chatType("private").command("help", help);
  composer.chatType("private").filter(hears("menu-help"), help);
  return composer;
}

/** Last in the chain: private messages nobody handled get a pointer to /help. */
export function fallbackFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").on("message", (ctx) => ctx.reply(ctx.t("fallback-not-understood")));
  // A button from an old message, or callback data nobody recognises (forged or stale).
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") }));
  return composer;
}
