// The question-and-answer loop every conversation shares: wait for the next update, leave on
// /cancel, the Cancel button, silence longer than the timeout, or another command (which then
// runs as usual), and ask again with a hint until an answer parses. Also how a conversation
// calls a service: inside `external`, with domain errors as values.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { BaseContext, BotContext } from "../context.ts";

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
  isAnswer?: (update: BaseContext) => boolean;
};

export async function conversationSteps(conversation: Conversation<BotContext, BaseContext>, options: StepOptions) {
  let lastActivity = await conversation.now();

  async function next(): Promise<BaseContext> {
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
  async function ask<T>(question: () => Promise<unknown>, parse: (update: BaseContext) => T | undefined, hint: (update: BaseContext) => string): Promise<T> {
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

/** A service call's result: its value, or the code of the DomainError it threw. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; code: string };

/** Runs a service call outside the replay; a DomainError comes back as its code, so replay is exact. */
export async function attempt<T>(conversation: Conversation<BotContext, BaseContext>, task: (outer: BotContext) => Promise<T>): Promise<Attempt<T>> {
  return conversation.external(async (outer) => {
    try {
      return { ok: true as const, value: await task(outer) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false as const, code: error.code };
      throw error;
    }
  });
}
