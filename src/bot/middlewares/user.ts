import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";

/** Loads (or creates) the user behind the update as ctx.user. */
export function loadUser(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    // Membership changes are handled by features/chat-member.ts: a "kicked" update must not
    // count as the user talking to the bot again.
    if (ctx.from && !ctx.from.is_bot && !ctx.myChatMember) {
      ctx.user = await ctx.services.users.identify({
        telegramId: BigInt(ctx.from.id),
        firstName: ctx.from.first_name,
        languageCode: ctx.from.language_code,
      });
    }
    await next();
  };
}
