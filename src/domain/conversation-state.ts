// Storage for @grammyjs/conversations v2, so that a conversation survives a restart and
// moves freely between bot instances on PostgreSQL. The state is opaque JSON to us.
import type { DirectQuery } from "../db/index.ts";
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

export type ConversationStateServiceDeps = { sql: DirectQuery; clock: Clock };

/**
 * The conversations plugin reads the state on every private update (users.identifyWith fetches
 * it along) and writes it after every step of a conversation: all three statements run on the
 * driver beneath Prisma (DirectQuery), one round trip each without Prisma's per-query work.
 */
export function createConversationStateService({ sql, clock }: ConversationStateServiceDeps) {
  return {
    async read(key: string): Promise<unknown> {
      const [row] = await sql<{ state: unknown }>("SELECT state FROM conversation_states WHERE key = $1::text", [key]);
      return row ? fromJsonb(row.state) : undefined;
    },
    async write(key: string, state: unknown): Promise<void> {
      // updatedAt from the clock: retention erases states untouched for 7 days.
      await sql(
        `INSERT INTO conversation_states (key, state, updated_at) VALUES ($1::text, $2::jsonb, $3::timestamptz)
         ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at`,
        [key, JSON.stringify(toJsonb(state)), clock.now().toISOString()],
      );
    },
    async delete(key: string): Promise<void> {
      await sql("DELETE FROM conversation_states WHERE key = $1::text", [key]);
    },
  };
}

export type ConversationStateService = ReturnType<typeof createConversationStateService>;
