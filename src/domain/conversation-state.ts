// Storage for @grammyjs/conversations v2, so that a conversation survives a restart and
// moves freely between bot instances on PostgreSQL. The state is opaque JSON to us.
import type { Db } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Clock } from "./clock.ts";

/**
 * PostgreSQL's jsonb cannot hold U+0000, and a user can type it (the replay log keeps their
 * messages). Such a state is stored as its JSON text inside a wrapper, losslessly: replays
 * must see exactly what the first run saw.
 */
const WRAPPED = "$json";
export function toJsonb(state: unknown): unknown {
  const text = JSON.stringify(state);
  return text.includes("\\u0000") ? { [WRAPPED]: text } : state;
}
export function fromJsonb(stored: unknown): unknown {
  const wrapped = stored && typeof stored === "object" ? (stored as Record<string, unknown>)[WRAPPED] : undefined;
  return typeof wrapped === "string" ? JSON.parse(wrapped) : stored;
}

export type ConversationStateServiceDeps = { db: Db; clock: Clock };

export function createConversationStateService({ db, clock }: ConversationStateServiceDeps) {
  return {
    async read(key: string): Promise<unknown> {
      // Raw SQL: the conversations plugin reads this on every private update.
      const [row] = await db.$queryRaw<{ state: unknown }[]>`SELECT state FROM conversation_states WHERE key = ${key}`;
      return row ? fromJsonb(row.state) : undefined;
    },
    async write(key: string, state: unknown): Promise<void> {
      const json = toJsonb(state) as Prisma.InputJsonValue;
      // updatedAt from the clock: retention erases states untouched for 7 days.
      const updatedAt = clock.now();
      await db.conversationState.upsert({ where: { key }, create: { key, state: json, updatedAt }, update: { state: json, updatedAt } });
    },
    async delete(key: string): Promise<void> {
      await db.conversationState.deleteMany({ where: { key } });
    },
  };
}

export type ConversationStateService = ReturnType<typeof createConversationStateService>;
