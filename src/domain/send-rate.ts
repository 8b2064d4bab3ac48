// Telegram's bot-wide limit, shared by every instance on one database. One row in send_limits
// holds the next free send slot on a common timeline (the generic cell rate algorithm): a sender
// reserves n slots with one atomic upsert that moves the row n intervals on, and sends each
// message at its slot. Slots never overlap, so all instances together send at most `rate`
// messages a second, evenly spaced, with no burst after a quiet spell. The same row holds
// "paused until" after a 429: every instance reads it with its next reservation, and no slot is
// handed out before it. Written by hand: the maintained libraries (rate-limiter-flexible's
// Postgres store) count fixed windows, which allow twice the rate across a window boundary,
// need their own pg pool beside Prisma, do not run on PGlite, and know no shared pause.
import type { Db } from "../db/index.ts";

/** The send_limits row of the bot. */
const BOT = "telegram";

/** `count` slots from `start`, `interval` ms apart (interval 0: no cap, send at once). */
export type SlotGrant = { start: number; interval: number; count: number; pausedUntil: number };

export function createSendRate({ db, rate }: { db: Db; rate: number }) {
  const interval = Number.isFinite(rate) && rate > 0 ? 1000 / rate : 0;

  return {
    /** Slots per reservation: about a tenth of a second of sending, so instances interleave finely. */
    chunk: interval ? Math.max(1, Math.round(rate / 10)) : Number.POSITIVE_INFINITY,

    /** Reserves `count` send slots, none before `now` (epoch ms) or before a pause ends. */
    async reserve(now: number, count: number): Promise<SlotGrant> {
      if (!interval) return { start: now, interval: 0, count, pausedUntil: await this.pausedUntil() };
      const span = count * interval;
      const [row] = await db.$queryRaw<{ start: number; pausedUntil: number }[]>`
        INSERT INTO send_limits AS s (name, next_slot) VALUES (${BOT}, ${now}::float8 + ${span}::float8)
        ON CONFLICT (name) DO UPDATE SET next_slot = GREATEST(s.next_slot, ${now}::float8, s.paused_until) + ${span}::float8
        RETURNING s.next_slot - ${span}::float8 AS start, s.paused_until AS "pausedUntil"`;
      return { start: Number(row!.start), interval, count, pausedUntil: Number(row!.pausedUntil) };
    },

    /** After a 429: no instance sends before `until` (epoch ms). Returns the pause now in force. */
    async pause(until: number): Promise<number> {
      const [row] = await db.$queryRaw<{ pausedUntil: number }[]>`
        INSERT INTO send_limits AS s (name, next_slot, paused_until) VALUES (${BOT}, ${until}::float8, ${until}::float8)
        ON CONFLICT (name) DO UPDATE SET paused_until = GREATEST(s.paused_until, ${until}::float8)
        RETURNING s.paused_until AS "pausedUntil"`;
      return Number(row!.pausedUntil);
    },

    /** The pause in force (0: none ever). */
    async pausedUntil(): Promise<number> {
      const [row] = await db.$queryRaw<{ pausedUntil: number }[]>`SELECT paused_until AS "pausedUntil" FROM send_limits WHERE name = ${BOT}`;
      return Number(row?.pausedUntil ?? 0);
    },
  };
}

export type SendRate = ReturnType<typeof createSendRate>;
