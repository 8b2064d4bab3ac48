// "Ask the organiser" in the bot. Residents: "💬 Ask a question" on an offer's card, /ask and
// the menu entry (the city), the answer's "📄 Show original" and "↩️ Reply", or a reply to the
// answer's message. Staff: a reply to the bot's copy of a question (in the linked group or their
// private chat) is the answer; ✅ Done and 🚫 Block asker under the copy; /linkgroup in a group.
// Who may do what is the domain's call (questions.ts): a reply it cannot place reaches nobody
// and the sender is told why. In groups the bot answers only /linkgroup, replies to its own
// messages and its buttons; everything else stays with features/groups.ts.
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer, type Filter } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import { MAX_REPLY_DAYS, type ReplyOutcome } from "../../domain/questions.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { ASK_CONVERSATION, ASK_REPLY_CONVERSATION, createAskConversation, createAskReplyConversation } from "../conversations/ask.ts";
import { startConversation } from "../conversations/enter.ts";
import { escapeHtml as esc } from "../formatting.ts";
import { askButton, blockButton, doneButton, originalButton, replyButton } from "../keyboards/questions.ts";
import { notice } from "../messages.ts";

type MessageContext = Filter<BotContext, "message">;

/** What the sender of a reply is told. */
function outcomeText(ctx: BotContext, outcome: Exclude<ReplyOutcome, { kind: "none" }>): string {
  switch (outcome.kind) {
    case "answered":
      return outcome.delivered
        ? ctx.t("ask-answer-sent", { number: String(outcome.residentNumber), language: ctx.i18n.fluent.translate(outcome.residentLocale, "language-name", {}) })
        : ctx.t("ask-answer-unreachable");
    case "followed-up":
      return ctx.t("ask-followup-sent");
    case "refused":
      return ctx.t(outcome.reason === "blocked" ? "error-ask-blocked" : `ask-refused-${outcome.reason}`);
  }
}

/** /linkgroup and replies in groups: before features/groups.ts, which answers every other command. */
export function questionGroupsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const groups = composer.chatType(["group", "supergroup"]);
  groups.command("linkgroup", async (ctx) => {
    const reply = (text: string) => ctx.reply(text, { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } });
    if (!ctx.user) return;
    try {
      const linked = await ctx.services.questions.linkGroup({
        actorUserId: ctx.user.id,
        chatId: BigInt(ctx.chat.id),
        title: ctx.chat.title ?? null,
        locale: await ctx.i18n.getLocale(),
        city: ctx.match.trim().toLowerCase() === "city",
      });
      await reply(linked.scope === "city" ? ctx.t("ask-linked-city") : ctx.t("ask-linked-organization", { name: linked.organizationName ?? "" }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await reply(ctx.t("ask-linkgroup-forbidden"));
    }
  });
  return composer;
}

export function questionsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createAskConversation(), { id: ASK_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createAskReplyConversation(), { id: ASK_REPLY_CONVERSATION }));
  const pm = composer.chatType("private");

  pm.command("ask", (ctx) => startConversation(ctx, ASK_CONVERSATION, 0));
  pm.filter(hears("ask-menu"), (ctx) => startConversation(ctx, ASK_CONVERSATION, 0));
  pm.command("linkgroup", (ctx) => ctx.reply(ctx.t("ask-linkgroup-in-group")));
  // /replytime <working days>: the reply time residents are told (the domain checks the role).
  pm.command("replytime", async (ctx) => {
    const days = /^\d{1,2}$/.test(ctx.match.trim()) ? Number(ctx.match.trim()) : Number.NaN;
    if (!ctx.user || !(days >= 1 && days <= MAX_REPLY_DAYS)) return ctx.reply(ctx.t("ask-replytime-usage", { max: MAX_REPLY_DAYS }));
    const set = await ctx.services.questions.setReplyDays(ctx.user.id, days);
    await ctx.reply(ctx.t("ask-replytime-set", { name: set.organizationName, days: set.days }));
  });
  pm.callbackQuery(askButton.filter, async (ctx) => {
    const offerId = askButton.unpack(ctx.callbackQuery.data);
    if (offerId === undefined) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    await startConversation(ctx, ASK_CONVERSATION, offerId);
  });
  pm.callbackQuery(replyButton.filter, async (ctx) => {
    const threadId = replyButton.unpack(ctx.callbackQuery.data);
    if (threadId === undefined) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    await startConversation(ctx, ASK_REPLY_CONVERSATION, threadId);
  });
  pm.callbackQuery(originalButton.filter, async (ctx) => {
    const messageId = originalButton.unpack(ctx.callbackQuery.data);
    if (messageId === undefined || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
    try {
      const original = await ctx.services.questions.original(ctx.user.id, messageId);
      await notice(ctx);
      const header = ctx.t("translation-original-header", { language: ctx.i18n.fluent.translate(original.locale, "language-name", {}) });
      await ctx.reply(`${esc(header)}\n<i>${esc(original.text)}</i>`, { parse_mode: "HTML" });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await notice(ctx, ctx.t("error-stale-button"));
    }
  });

  // ✅ Done and 🚫 Block asker, in a staff group or a staff member's private chat.
  for (const [codec, key, act] of [
    [doneButton, "ask-done-ok", (ctx: BotContext, id: number) => ctx.services.questions.markDone(ctx.user!.id, id)],
    [blockButton, "ask-blocked-ok", (ctx: BotContext, id: number) => ctx.services.questions.blockAsker(ctx.user!.id, id)],
  ] as const) {
    composer.callbackQuery(codec.filter, async (ctx) => {
      const threadId = codec.unpack(ctx.callbackQuery.data);
      if (threadId === undefined || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
      try {
        const { residentNumber } = await act(ctx, threadId);
        await notice(ctx, ctx.t(key, { number: String(residentNumber) }));
        await ctx.editMessageReplyMarkup().catch(() => undefined);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await notice(ctx, ctx.t(error.code === "forbidden" ? "ask-refused-not-staff" : `error-${error.code}`));
      }
    });
  }

  // A reply to one of the bot's messages: an answer, a follow-up, or nothing of ours.
  composer.on("message").filter(
    (ctx) => ctx.msg.reply_to_message?.from?.id === ctx.me.id && !!ctx.user,
    async (ctx: MessageContext, next) => {
      const group = ctx.chat.type !== "private";
      const text = ctx.msg.text ?? ctx.msg.caption;
      if (text?.startsWith("/")) return next();
      if (!text?.trim()) {
        // Only worth a word when the message replied to is a question's copy.
        if (group) return;
        return next();
      }
      const outcome = await ctx.services.questions.reply({
        actorUserId: ctx.user!.id,
        chatId: BigInt(ctx.chat.id),
        replyToMessageId: ctx.msg.reply_to_message!.message_id,
        text,
        locale: await ctx.i18n.getLocale(),
      });
      const answer = (words: string) => ctx.reply(words, { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } });
      if (outcome.kind === "none") {
        if (group) await answer(ctx.t("ask-reply-unknown"));
        else return next();
        return;
      }
      await answer(outcomeText(ctx, outcome));
    },
  );
  return composer;
}
