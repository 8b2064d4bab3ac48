// Signing up and everything after: the "Sign up" button (starts the conversation), /my with
// cancel and calendar file, "still coming?" answers, and the guardian's link for under-16s.
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer, InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { MySignup, SignupOutcome } from "../../domain/signups.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { createSignupConversation, SIGNUP_CONVERSATION } from "../conversations/signup.ts";
import { escapeHtml as esc, type DateStyle } from "../formatting.ts";
import { signupCalendar } from "../ics.ts";
import { offerDeepLink } from "../keyboards/offers.ts";
import {
  askCancelSignup,
  backToMySignups,
  cancelQuestionKeyboard,
  cancelSignup,
  guardianNo,
  guardianYes,
  mySignupKeyboard,
  mySignupsKeyboard,
  resendCalendar,
  startSignup,
  stillComingAnswer,
  viewMySignup,
} from "../keyboards/signups.ts";
import { notice, present } from "../messages.ts";
import { renderMySignup, renderMySignups, signupEssentials } from "../views/signups.ts";
import { startConversation } from "../conversations/enter.ts";

const GUARDIAN_LINK = /^guardian_([A-Za-z0-9_-]{16,32})$/;

/** The sign-up screens, shared by the conversation, this feature and /start links. */
export function createSignupScreens({ timezone }: { timezone: string }) {
  const dates = async (ctx: BotContext): Promise<DateStyle> => ({ locale: await ctx.i18n.getLocale(), timezone });
  const t = (ctx: BotContext) => ctx.t.bind(ctx) as (key: string, args?: Record<string, string | number>) => string;

  async function sendCalendar(ctx: BotContext, signup: MySignup): Promise<void> {
    const file = signupCalendar({
      signup,
      reminderLeadMinutes: signup.reminderLeadMinutes,
      url: offerDeepLink(ctx.me.username, signup.offerId),
      description: ctx.t("signup-ics-description", { seats: signup.seats, name: signup.listName }),
      host: `${ctx.me.username}.t.me`,
    });
    await ctx.replyWithDocument(file, { caption: ctx.t("signup-ics-caption") });
  }

  return {
    timezone,

    /** Why a sign-up cannot go ahead, in the user's language, never as an error. */
    async explainRefusal(ctx: BotContext, code: string, occurrenceId: number): Promise<void> {
      const keyboard = code === "signup-duplicate" ? new InlineKeyboard().text(ctx.t("my-title"), backToMySignups.pack(1)) : undefined;
      const text = ctx.t(`error-${code}`);
      ctx.log.info({ code, occurrenceId }, "sign-up refused");
      await ctx.reply(text === `error-${code}` ? ctx.t("error-generic") : text, { reply_markup: keyboard });
    },

    /** The result of a sign-up: confirmation with calendar file, waiting-list place, or guardian link. */
    async announceOutcome(ctx: BotContext, outcome: SignupOutcome): Promise<void> {
      const style = await dates(ctx);
      const signup = await ctx.services.signups.getForUser({ signupId: outcome.signupId, userId: ctx.user!.id, locale: style.locale });
      const essentials = signupEssentials(t(ctx), signup, style);
      if (outcome.status === "CONFIRMED") {
        await ctx.reply(`${esc(ctx.t("signup-done-confirmed", { seats: signup.seats }))}\n\n${essentials}`, { parse_mode: "HTML" });
        await sendCalendar(ctx, signup);
      } else if (outcome.status === "WAITLISTED") {
        await ctx.reply(`${esc(ctx.t("signup-done-waitlisted", { position: outcome.waitlistPosition ?? 1 }))}\n\n${essentials}`, { parse_mode: "HTML" });
      } else {
        const link = `https://t.me/${ctx.me.username}?start=guardian_${outcome.guardianToken}`;
        await ctx.reply(`${esc(ctx.t("signup-done-guardian", { link }))}\n\n${essentials}`, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          reply_markup: new InlineKeyboard().url(ctx.t("signup-forward-link"), `https://t.me/share/url?url=${encodeURIComponent(link)}`),
        });
      }
    },

    async showMySignups(ctx: BotContext): Promise<void> {
      const style = await dates(ctx);
      const signups = ctx.user ? await ctx.services.signups.listForUser({ userId: ctx.user.id, locale: style.locale }) : [];
      await present(ctx, renderMySignups(t(ctx), signups, style), mySignupsKeyboard(t(ctx), signups));
    },

    async showMySignup(ctx: BotContext, signupId: number): Promise<void> {
      const style = await dates(ctx);
      const signup = await ctx.services.signups.getForUser({ signupId, userId: ctx.user!.id, locale: style.locale });
      await present(ctx, renderMySignup(t(ctx), signup, style), mySignupKeyboard(t(ctx), signup));
    },

    sendCalendar,

    /** /start guardian_<token>: the parent sees who wants to go where, and answers. */
    async showGuardianRequest(ctx: BotContext, token: string): Promise<void> {
      const style = await dates(ctx);
      const request = await ctx.services.signups.getGuardianRequest({ token, locale: style.locale });
      const text = `${esc(ctx.t("guardian-request", { name: request.listName }))}\n\n${signupEssentials(t(ctx), request, style)}`;
      await ctx.reply(text, {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("guardian-yes"), guardianYes.pack(token)).row().text(ctx.t("guardian-no"), guardianNo.pack(token)),
      });
    },
  };
}

export type SignupScreens = ReturnType<typeof createSignupScreens>;

export function signupsFeature(screens: SignupScreens): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createSignupConversation(screens), { id: SIGNUP_CONVERSATION }));
  const privateChats = composer.chatType("private");

  privateChats.callbackQuery(startSignup.filter, async (ctx) => {
    const occurrenceId = startSignup.unpack(ctx.callbackQuery.data);
    if (!occurrenceId) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    await startConversation(ctx, SIGNUP_CONVERSATION, occurrenceId);
  });

  privateChats.command("my", (ctx) => screens.showMySignups(ctx));
  privateChats.filter(hears("menu-my"), (ctx) => screens.showMySignups(ctx));

  /** Runs a /my action on one of the user's own sign-ups; a foreign or old id gets a polite answer. */
  const onOwnSignup = (codec: typeof viewMySignup, action: (ctx: BotContext, signupId: number) => Promise<void>) =>
    privateChats.callbackQuery(codec.filter, async (ctx) => {
      const signupId = codec.unpack(ctx.callbackQuery.data);
      if (!signupId || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
      try {
        await action(ctx, signupId);
        await notice(ctx);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await notice(ctx, ctx.t(`error-${error.code}`));
        await screens.showMySignups(ctx);
      }
    });

  onOwnSignup(viewMySignup, (ctx, id) => screens.showMySignup(ctx, id));
  onOwnSignup(backToMySignups, (ctx) => screens.showMySignups(ctx));
  onOwnSignup(askCancelSignup, async (ctx, id) => {
    const signup = await ctx.services.signups.getForUser({ signupId: id, userId: ctx.user!.id, locale: await ctx.i18n.getLocale() });
    await present(ctx, esc(ctx.t("my-cancel-confirm", { title: signup.title })), cancelQuestionKeyboard(ctx.t.bind(ctx), id));
  });
  onOwnSignup(cancelSignup, async (ctx, id) => {
    await ctx.services.signups.cancel({ signupId: id, userId: ctx.user!.id });
    await present(ctx, esc(ctx.t("my-cancelled")));
  });
  onOwnSignup(resendCalendar, async (ctx, id) => {
    const signup = await ctx.services.signups.getForUser({ signupId: id, userId: ctx.user!.id, locale: await ctx.i18n.getLocale() });
    await screens.sendCalendar(ctx, signup);
  });

  privateChats.callbackQuery(stillComingAnswer.filter, async (ctx) => {
    const answer = stillComingAnswer.unpack(ctx.callbackQuery.data);
    if (!answer || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
    await ctx.editMessageReplyMarkup().catch(() => {});
    if (answer.answer === "y") {
      await notice(ctx);
      await ctx.reply(ctx.t("still-coming-thanks"));
      return;
    }
    try {
      await ctx.services.signups.declineAttendance({ signupId: answer.signupId, userId: ctx.user.id });
      await notice(ctx);
      await ctx.reply(ctx.t("still-coming-freed"));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await notice(ctx, ctx.t(`error-${error.code}`));
    }
  });

  const guardianAnswer = (codec: typeof guardianYes, confirm: boolean) =>
    privateChats.callbackQuery(codec.filter, async (ctx) => {
      const token = codec.unpack(ctx.callbackQuery.data);
      if (!token || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
      try {
        const request = await ctx.services.signups.getGuardianRequest({ token, locale: await ctx.i18n.getLocale() });
        await ctx.services.signups.guardianDecide({ token, guardianUserId: ctx.user.id, confirm });
        await notice(ctx);
        await present(ctx, esc(ctx.t(confirm ? "guardian-thanks-yes" : "guardian-thanks-no", { name: request.listName })));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await notice(ctx, ctx.t(`error-${error.code}`));
        await ctx.editMessageReplyMarkup().catch(() => {});
      }
    });
  guardianAnswer(guardianYes, true);
  guardianAnswer(guardianNo, false);

  return composer;
}

/** /start guardian_<token>, or undefined when the payload is something else. */
export function guardianToken(payload: string): string | undefined {
  return GUARDIAN_LINK.exec(payload.trim())?.[1];
}
