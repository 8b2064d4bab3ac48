// Telegram tells us when a user blocks or unblocks the bot. Blocked users get no
// announcements; the retention job later erases users who stayed away.
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export function chatMemberFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").on("my_chat_member", async (ctx) => {
    const telegramId = BigInt(ctx.myChatMember.from.id);
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked") {
      await ctx.services.users.markBlocked(telegramId);
      ctx.log.info("user blocked the bot");
    } else if (status === "member") {
      await ctx.services.users.identify({ telegramId, firstName: ctx.myChatMember.from.first_name });
    }
  });
  return composer;
}
