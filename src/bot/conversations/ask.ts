// The resident's question: what they want to know (text; a photo's caption is fine; voice or a
// sticker get a polite "please write"), whether staff may see their first name, then the
// question goes out and the bot says roughly when to expect an answer. And the short reply in
// a thread (the "↩️ Reply" button under an answer).
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { MAX_QUESTION_CHARS } from "../../domain/questions.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { ASK_CANCEL, shareNameButton, shareNameKeyboard } from "../keyboards/questions.ts";
import { attempt, conversationSteps } from "./steps.ts";

export const ASK_CONVERSATION = "ask";
export const ASK_REPLY_CONVERSATION = "ask-reply";
export const ASK_TIMEOUT_MS = 30 * 60_000;

type Conv = Conversation<BotContext, BaseContext>;

/** The text of an answer: a message's text or a photo's caption, within the limit. */
function writtenText(update: BaseContext): string | undefined {
  const text = update.message?.text ?? update.message?.caption;
  if (!text?.trim() || Array.from(text).length > MAX_QUESTION_CHARS) return undefined;
  return text;
}

function writeHint(update: BaseContext): string {
  const text = update.message?.text ?? update.message?.caption;
  return text && Array.from(text).length > MAX_QUESTION_CHARS ? update.t("ask-too-long", { max: MAX_QUESTION_CHARS }) : update.t("ask-please-write");
}

async function open(conversation: Conv, ctx: BaseContext) {
  const locale = await conversation.external((outer) => outer.i18n.getLocale());
  const userId = await conversation.external((outer) => outer.user?.id ?? 0);
  ctx.i18n.useLocale(locale);
  const steps = await conversationSteps(conversation, {
    locale,
    cancelData: ASK_CANCEL,
    timeoutMs: ASK_TIMEOUT_MS,
    cancelledKey: "ask-cancelled",
    timeoutKey: "ask-timeout",
    isAnswer: (update) => shareNameButton.unpack(update.callbackQuery?.data) !== undefined,
  });
  const cancel = () => new InlineKeyboard().text(ctx.t("signup-cancel"), ASK_CANCEL);
  return { locale, userId, steps, cancel };
}

/** `offerId` 0: a general question to the city. */
export function createAskConversation() {
  return async function ask(conversation: Conv, ctx: BaseContext, offerId: number): Promise<void> {
    const { userId, steps, cancel } = await open(conversation, ctx);
    const prepared = await attempt(conversation, (outer) => outer.services.questions.prepare(userId, offerId || null));
    if (!prepared.ok) {
      await ctx.reply(ctx.t(`error-${prepared.code}`));
      return;
    }
    const { organizationName, offerTitle } = prepared.value;
    const about = offerTitle ? ctx.t("ask-prompt-offer", { title: offerTitle }) : ctx.t("ask-prompt-city");
    const text = await steps.ask(() => ctx.reply(`${about}\n\n${ctx.t("ask-prompt")}`, { reply_markup: cancel() }), writtenText, writeHint);
    const share = await steps.ask(
      () => ctx.reply(ctx.t("ask-share-name"), { reply_markup: shareNameKeyboard(ctx.t.bind(ctx)) }),
      (update) => shareNameButton.unpack(update.callbackQuery?.data),
      (update) => update.t("ask-share-name-hint"),
    );
    const asked = await attempt(conversation, (outer) => outer.services.questions.ask({ userId, offerId: offerId || null, text, shareName: share === "yes" }));
    if (!asked.ok) {
      await ctx.reply(ctx.t(`error-${asked.code}`));
      return;
    }
    const to = organizationName ?? ctx.t("ask-the-city");
    await ctx.reply(ctx.t("ask-sent", { to, days: asked.value.replyDays }));
  };
}

export function createAskReplyConversation() {
  return async function askReply(conversation: Conv, ctx: BaseContext, threadId: number): Promise<void> {
    const { userId, steps, cancel } = await open(conversation, ctx);
    const text = await steps.ask(() => ctx.reply(ctx.t("ask-reply-prompt"), { reply_markup: cancel() }), writtenText, writeHint);
    const outcome = await attempt(conversation, (outer) => outer.services.questions.followUp({ userId, threadId, text }));
    if (!outcome.ok) {
      await ctx.reply(ctx.t(`error-${outcome.code}`));
      return;
    }
    const result = outcome.value;
    await ctx.reply(result.kind === "followed-up" ? ctx.t("ask-followup-sent") : ctx.t(result.kind === "refused" && result.reason === "blocked" ? "error-ask-blocked" : "ask-refused-not-asker"));
  };
}
