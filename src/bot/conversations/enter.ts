import type { BotContext } from "../context.ts";

/**
 * Starts a conversation from a button or command. A conversation waiting for one kind of
 * answer lets other updates through (waitFor skips them), so a user in the middle of one can
 * tap "Sign up" on an old card. Their new choice wins: whatever was open is left first.
 */
export async function startConversation(ctx: BotContext, name: string, ...args: unknown[]): Promise<void> {
  if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
  await ctx.conversation.enter(name, ...(args as never[]));
}
