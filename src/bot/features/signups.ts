// Signing up and everything after: the "Sign up" button (starts the conversation), /my with
// cancel and calendar file, "still coming?" answers, and the guardian's link for under-16s.
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { startConversation } from "../conversations/enter.ts";
import { createSignupConversation, SIGNUP_CONVERSATION } from "../conversations/signup.ts";
import { escapeHtml as esc } from "../formatting.ts";
import { translateIn } from "../i18n.ts";
import {
  askCancelSignup,
  backToMySignups,
  cancelQuestionKeyboard,
  cancelSignup,
  guardianNo,
  guardianYes,
  resendCalendar,
  startSignup,
  stillComingAnswer,
  viewMySignup,
} from "../keyboards/signups.ts";
import { notice, present } from "../messages.ts";
import type { SignupScreens } from "../screens/signups.ts";

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
    await present(ctx, esc(ctx.t("my-cancel-confirm", { title: signup.title })), cancelQuestionKeyboard(translateIn(ctx), id));
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
