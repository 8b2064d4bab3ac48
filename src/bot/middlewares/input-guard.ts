// Inputs the bot cannot take as an answer, caught before conversations see them: an edited
// message (Telegram sends the new text as a separate update; acting on it would change an
// answer already used) and a forwarded message (someone else's words, not the user's answer).
// Both get a short explanation in the user's language; nothing is saved. A forwarded document
// passes: staff forward schedule files to the bot for import.
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export function inputGuard(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  pm.on("edited_message", (ctx) => ctx.reply(ctx.t("input-edited")));
  pm.on("message").filter(
    (ctx) => ctx.msg.forward_origin !== undefined && ctx.msg.document === undefined,
    (ctx) => ctx.reply(ctx.t("input-forwarded")),
  );
  return composer;
}
