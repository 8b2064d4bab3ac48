// The sign-up screens: a refusal explained, the outcome of a sign-up (with the calendar file or
// the guardian link), /my and one sign-up, and the guardian's request. Shared by the sign-up
// conversation, the signups feature and /start guardian links.
import { InlineKeyboard } from "grammy";
import type { MySignup, SignupOutcome } from "../../domain/signups.ts";
import type { BotContext } from "../context.ts";
import { deepLink, shareLink } from "../deep-links.ts";
import { escapeHtml as esc, type DateStyle } from "../formatting.ts";
import { dateStyleOf, translateIn } from "../i18n.ts";
import { signupCalendar } from "../ics.ts";
import { backToMySignups, guardianNo, guardianYes, mySignupKeyboard, mySignupsKeyboard } from "../keyboards/signups.ts";
import { present } from "../messages.ts";
import { renderMySignup, renderMySignups, signupEssentials } from "../views/signups.ts";

/** The sign-up screens, shared by the sign-up conversation, the signups feature and /start links. */
export function createSignupScreens({ timezone }: { timezone: string }) {
  const dates = (ctx: BotContext): Promise<DateStyle> => dateStyleOf(ctx, timezone);
  const t = translateIn;

  async function sendCalendar(ctx: BotContext, signup: MySignup): Promise<void> {
    const file = signupCalendar({
      signup,
      reminderLeadMinutes: signup.reminderLeadMinutes,
      url: deepLink(ctx.me.username, { kind: "offer", offerId: signup.offerId }),
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
        const link = deepLink(ctx.me.username, { kind: "guardian", token: outcome.guardianToken! });
        await ctx.reply(`${esc(ctx.t("signup-done-guardian", { link }))}\n\n${essentials}`, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          reply_markup: new InlineKeyboard().url(ctx.t("signup-forward-link"), shareLink(link)),
        });
      }
    },

    async showMySignups(ctx: BotContext): Promise<void> {
      const style = await dates(ctx);
      const signups = ctx.user ? await ctx.services.signups.listForUser({ userId: ctx.user.id, locale: style.locale }) : [];
      await present(ctx, renderMySignups(t(ctx), signups, style), mySignupsKeyboard(signups));
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
