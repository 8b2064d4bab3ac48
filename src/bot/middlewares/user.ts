import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { conversationKey } from "../conversations/storage.ts";

/** Loads (or creates) the user behind the update as ctx.user. */
export function loadUser(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    // Membership changes are handled by features/chat-member.ts: a "kicked" update must not
    // count as the user talking to the bot again.
    if (ctx.from && !ctx.from.is_bot && !ctx.myChatMember) {
      // In a private chat the conversations plugin reads the chat's state next: fetch it along.
      const key = ctx.chat?.type === "private" ? conversationKey(ctx.chat.id) : undefined;
      const { user, state } = await ctx.services.users.identifyWith(
        { telegramId: BigInt(ctx.from.id), firstName: ctx.from.first_name, languageCode: ctx.from.language_code },
        key,
      );
      ctx.user = user;
      if (key !== undefined) ctx.conversationPrefetch = { key, state };
    }
    await next();
  };
}
