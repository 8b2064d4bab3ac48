// The delivery engine: drains the outbox (table deliveries) at a steady rate. Rows are claimed
// in small batches with FOR UPDATE SKIP LOCKED, so several senders (instances) never take the
// same row; each row is marked right after its own send. A 429 pauses the whole sender for
// Telegram's retry_after and puts the row back; 403 marks the user unreachable; 5xx and network
// errors retry with backoff up to MAX_ATTEMPTS. On a graceful stop, claimed rows that were not
// sent go back to the queue. After a hard crash, rows claimed longer than STALE_CLAIM_MS ago are
// sent again: at most one batch per crashed sender may then arrive twice (at-least-once), which
// we prefer to losing a safety warning.
import pThrottle from "p-throttle";
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger-port.ts";

export const MAX_ATTEMPTS = 5;
export const STALE_CLAIM_MS = 120_000;

export type OutboxRow = { id: number; announcementId: number; userId: number; telegramId: bigint; locale: string };

/** What the transport (the bot) reports for one message. */
export type TransportResult =
  | { kind: "sent"; messageId: number }
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "blocked" }
  | { kind: "failed"; reason: string; retryable: boolean };

export type DeliveryTransport = { send(row: OutboxRow): Promise<TransportResult> };

export type SenderOptions = {
  db: Db;
  clock: Clock;
  transport: DeliveryTransport;
  /** Messages per second; Infinity = as fast as the transport allows. */
  rate: number;
  /** Sends in flight at once (also the claim batch size). */
  concurrency?: number;
  log?: Logger;
  /** Waits; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
};

export type DrainResult = { sent: number; blocked: number; failed: number; retried: number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createDeliverySender({ db, clock, transport, rate, concurrency = 8, log, sleep = realSleep }: SenderOptions) {
  const throttled =
    Number.isFinite(rate) && rate > 0
      ? pThrottle({ limit: Math.max(1, Math.round(rate / 10)), interval: Math.max(1, Math.round(1000 / (rate / Math.max(1, Math.round(rate / 10))))), strict: true })(
          (row: OutboxRow) => transport.send(row),
        )
      : (row: OutboxRow) => transport.send(row);
  let pausedUntil = 0;

  async function claim(now: Date, limit: number): Promise<OutboxRow[]> {
    const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
    return db.$queryRaw<OutboxRow[]>`
      UPDATE deliveries d SET status = 'SENDING', claimed_at = ${now}, attempts = d.attempts + 1
      FROM users u
      WHERE d.user_id = u.id AND d.id IN (
        SELECT id FROM deliveries
        WHERE (status = 'QUEUED' AND not_before <= ${now}) OR (status = 'SENDING' AND claimed_at < ${staleBefore})
        ORDER BY id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d.id, d.announcement_id AS "announcementId", d.user_id AS "userId", u.telegram_id AS "telegramId", d.locale`;
  }

  async function record(row: OutboxRow, result: TransportResult, totals: DrainResult): Promise<void> {
    const now = clock.now();
    switch (result.kind) {
      case "sent":
        totals.sent++;
        await db.delivery.update({ where: { id: row.id }, data: { status: "SENT", sentAt: now, messageId: result.messageId, error: null } });
        return;
      case "blocked":
        totals.blocked++;
        await db.delivery.update({ where: { id: row.id }, data: { status: "BLOCKED", error: "403" } });
        await db.user.updateMany({ where: { id: row.userId, blockedAt: null }, data: { blockedAt: now } });
        return;
      case "rate-limited": {
        totals.retried++;
        const until = now.getTime() + result.retryAfterSeconds * 1000;
        pausedUntil = Math.max(pausedUntil, until);
        // A 429 is Telegram's doing, not the row's: it does not count as an attempt.
        await db.delivery.update({ where: { id: row.id }, data: { status: "QUEUED", notBefore: new Date(until), attempts: { decrement: 1 } } });
        return;
      }
      case "failed": {
        const attempts = (await db.delivery.findUniqueOrThrow({ where: { id: row.id }, select: { attempts: true } })).attempts;
        if (result.retryable && attempts < MAX_ATTEMPTS) {
          totals.retried++;
          const backoff = 2 ** attempts * 1000;
          await db.delivery.update({ where: { id: row.id }, data: { status: "QUEUED", notBefore: new Date(now.getTime() + backoff), error: result.reason.slice(0, 200) } });
        } else {
          totals.failed++;
          await db.delivery.update({ where: { id: row.id }, data: { status: "FAILED", error: result.reason.slice(0, 200) } });
        }
      }
    }
  }

  return {
    /**
     * Sends everything that is due, then returns. `signal` stops it gracefully: sends in flight
     * finish and are recorded, claimed rows not yet sent go back to the queue.
     */
    async drain(options: { signal?: AbortSignal; maxRows?: number } = {}): Promise<DrainResult> {
      const totals: DrainResult = { sent: 0, blocked: 0, failed: 0, retried: 0 };
      let handled = 0;
      while (!options.signal?.aborted && handled < (options.maxRows ?? Number.POSITIVE_INFINITY)) {
        const wait = pausedUntil - clock.now().getTime();
        if (wait > 0) await sleep(wait);
        const rows = await claim(clock.now(), concurrency);
        if (rows.length === 0) break;
        handled += rows.length;
        await Promise.all(
          rows.map(async (row) => {
            if (options.signal?.aborted || pausedUntil > clock.now().getTime()) {
              // Not sent: give it back untouched (the claim counted an attempt).
              await db.delivery.update({ where: { id: row.id }, data: { status: "QUEUED", claimedAt: null, attempts: { decrement: 1 } } });
              return;
            }
            const result = await throttled(row).catch((error: unknown): TransportResult => {
              log?.warn({ err: error, deliveryId: row.id }, "delivery transport threw");
              return { kind: "failed", reason: String((error as Error)?.message ?? error), retryable: true };
            });
            await record(row, result, totals);
          }),
        );
      }
      return totals;
    },
  };
}

export type DeliverySender = ReturnType<typeof createDeliverySender>;
