// The one-time question whether a new user wants announcements, asked after their first
// language choice; the answer buttons belong to the subscriptions feature.
import type { BotContext } from "../context.ts";
import { translateIn } from "../i18n.ts";
import { onboardingKeyboard } from "../keyboards/subscriptions.ts";

/** Asks once; the question is marked asked before it is sent, so two quick taps never ask twice. */
export async function askAboutSubscriptions(ctx: BotContext): Promise<void> {
  if (!ctx.user || !(await ctx.services.subscriptions.needsAsking(ctx.user.id))) return;
  if (!(await ctx.services.subscriptions.markAsked(ctx.user.id))) return;
  await ctx.reply(ctx.t("subscriptions-ask"), { reply_markup: onboardingKeyboard(translateIn(ctx)) });
}
