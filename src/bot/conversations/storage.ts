// Conversation state lives in the database (table conversation_states), so a conversation
// survives a restart and continues on whichever instance receives the next update.
import type { ConversationData, ConversationStorage, VersionedState } from "@grammyjs/conversations";
import type { ConversationStateService } from "../../domain/conversation-state.ts";
import type { BaseContext } from "../context.ts";

/**
 * Bump when a conversation's script changes incompatibly: stored states of older versions are
 * then discarded instead of being replayed against the new code.
 */
export const CONVERSATIONS_VERSION = 1;

export function conversationStorage(store: ConversationStateService): ConversationStorage<BaseContext, ConversationData> {
  return {
    type: "key",
    version: CONVERSATIONS_VERSION,
    prefix: "conv:",
    getStorageKey: (ctx) => (ctx.chatId === undefined ? undefined : String(ctx.chatId)),
    adapter: {
      read: async (key) => (await store.read(key)) as VersionedState<ConversationData> | undefined,
      write: (key, state) => store.write(key, state),
      delete: (key) => store.delete(key),
    },
  };
}
