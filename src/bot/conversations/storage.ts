// Conversation state lives in the database (table conversation_states), so a conversation
// survives a restart and continues on whichever instance receives the next update.
import type { ConversationData, ConversationStorage, VersionedState } from "@grammyjs/conversations";
import { fromJsonb, type ConversationStateService } from "../../domain/conversation-state.ts";
import { conversationKeyOf } from "../../domain/privacy.ts";
import type { BaseContext } from "../context.ts";

/**
 * Bump when a conversation's script changes incompatibly: stored states of older versions are
 * then discarded instead of being replayed against the new code.
 */
export const CONVERSATIONS_VERSION = 3;

/** The storage key of a chat's conversations; loadUser prefetches it with the user. */
export const conversationKey = (chatId: number) => conversationKeyOf(BigInt(chatId));

export function conversationStorage(store: ConversationStateService): ConversationStorage<BaseContext, ConversationData> {
  const keyOf = (ctx: BaseContext) => (ctx.chatId === undefined ? undefined : conversationKey(ctx.chatId));
  return {
    type: "context",
    version: CONVERSATIONS_VERSION,
    adapter: {
      read: async (ctx) => {
        const key = keyOf(ctx);
        if (key === undefined) return undefined;
        // loadUser read this update's state together with the user: one query fewer per update.
        const prefetched = ctx.conversationPrefetch;
        ctx.conversationPrefetch = undefined;
        const state = prefetched?.key === key && prefetched.state !== undefined ? (prefetched.state === null ? undefined : fromJsonb(prefetched.state)) : await store.read(key);
        return state as VersionedState<ConversationData> | undefined;
      },
      write: async (ctx, state) => {
        const key = keyOf(ctx);
        if (key !== undefined) await store.write(key, state);
      },
      delete: async (ctx) => {
        const key = keyOf(ctx);
        if (key !== undefined) await store.delete(key);
      },
    },
  };
}
