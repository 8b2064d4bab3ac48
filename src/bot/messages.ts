// Showing a screen: edit the message the button belongs to, or send a new one.
import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "./context.ts";

/**
 * Shows an HTML screen. After a button press it edits that message in place; when the message
 * is too old to edit or gone, it sends a new one. Pressing the same button twice is harmless.
 */
export async function present(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  const options = { parse_mode: "HTML" as const, reply_markup: keyboard, link_preview_options: { is_disabled: true } };
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(text, options);
      return;
    } catch (error) {
      if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
      if (/message is not modified/i.test(error.description)) return;
      ctx.log.debug({ description: error.description }, "could not edit; sending a new message");
    }
  }
  await ctx.reply(text, options);
}

/**
 * Answers a button press with a short notice. A press too old to answer, or Telegram failing
 * to take the answer, is logged and ignored: it must not stop the action the button asked for.
 */
export async function notice(ctx: BotContext, text?: string): Promise<void> {
  await ctx.answerCallbackQuery(text ? { text } : undefined).catch((error: unknown) => {
    ctx.log.debug({ err: error }, "callback query not answered");
  });
}
