// The question-and-answer loop every conversation shares: wait for the next update, leave on
// /cancel, the Cancel button, silence longer than the timeout, or another command (which then
// runs as usual), and ask again with a hint until an answer parses.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { BotContext, ConvContext } from "../context.ts";

export type StepOptions = {
  /** The user's language, applied to every update of the conversation. */
  locale: string;
  /** Callback data of this conversation's Cancel button. */
  cancelData: string;
  timeoutMs: number;
  /** Fluent keys of the replies when the user cancels and when they were silent too long. */
  cancelledKey: string;
  timeoutKey: string;
  /** True for a button answer of this conversation: its message loses its buttons. */
  isAnswer?: (update: ConvContext) => boolean;
};

export async function conversationSteps(conversation: Conversation<BotContext, ConvContext>, options: StepOptions) {
  let lastActivity = await conversation.now();

  async function next(): Promise<ConvContext> {
    const update = await conversation.wait();
    update.i18n.useLocale(options.locale);
    const now = await conversation.now();
    if (now - lastActivity > options.timeoutMs) {
      await update.reply(update.t(options.timeoutKey));
      return conversation.halt();
    }
    lastActivity = now;
    if (update.callbackQuery?.data === options.cancelData || update.hasCommand("cancel")) {
      if (update.callbackQuery) await update.answerCallbackQuery().catch(() => {});
      await update.reply(update.t(options.cancelledKey));
      return conversation.halt();
    }
    if (update.message?.text?.startsWith("/")) return conversation.halt({ next: true });
    if (update.callbackQuery) {
      // Only stops the button's spinner: a failure must not cost the user their answer.
      await update.answerCallbackQuery().catch(() => {});
      // The question is answered: take its buttons away so old ones cannot be pressed again.
      if (options.isAnswer?.(update)) await update.editMessageReplyMarkup().catch(() => {});
    }
    return update;
  }

  /** Asks until `parse` accepts an answer; anything else (text, a sticker, an old button) gets `hint`. */
  async function ask<T>(question: () => Promise<unknown>, parse: (update: ConvContext) => T | undefined, hint: (update: ConvContext) => string): Promise<T> {
    await question();
    for (;;) {
      const update = await next();
      const value = parse(update);
      if (value !== undefined) return value;
      await update.reply(hint(update), { reply_markup: new InlineKeyboard().text(update.t("signup-cancel"), options.cancelData) });
    }
  }

  return { next, ask };
}
