// The delivery engine: drains the outbox (table deliveries) at a steady rate. Rows are claimed
// in batches with FOR UPDATE SKIP LOCKED, so several senders (instances) never take the same
// row. A 429 pauses the whole sender for Telegram's retry_after and puts the row back; a
// recipient the transport reports gone ("blocked") is marked unreachable; 5xx and network
// errors retry with backoff up to MAX_ATTEMPTS. Outcomes are written per batch. On a graceful
// stop, claimed rows that were not sent go back to the queue. After a hard crash, rows claimed
// longer than STALE_CLAIM_MS ago are sent again: at most one batch per crashed sender may then
// arrive twice (at-least-once), which we prefer to losing a safety warning.
import pThrottle from "p-throttle";
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger-port.ts";

export const MAX_ATTEMPTS = 5;
export const STALE_CLAIM_MS = 120_000;

/**
 * One claimed outbox row. `kind` "announcement" (outbox.ts ANNOUNCEMENT_KIND): one recipient
 * of announcement `announcementId`; any other kind: a notice, encoded in `payload`.
 */
export type OutboxRow = {
  id: number;
  kind: string;
  /** Higher goes first (outbox.ts PRIORITY). */
  priority: number;
  announcementId: number | null;
  payload: unknown;
  userId: number;
  telegramId: bigint;
  locale: string;
};

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
  /** Sends in flight at once. */
  concurrency?: number;
  /** Rows claimed (and recorded) together; a hard crash may resend at most one batch. */
  batchSize?: number;
  log?: Logger;
  /** Waits; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
};

export type DrainResult = { sent: number; blocked: number; failed: number; retried: number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createDeliverySender({ db, clock, transport, rate, concurrency = 8, batchSize = 64, log, sleep = realSleep }: SenderOptions) {
  const throttled =
    Number.isFinite(rate) && rate > 0
      ? pThrottle({ limit: Math.max(1, Math.round(rate / 10)), interval: Math.max(1, Math.round(1000 / (rate / Math.max(1, Math.round(rate / 10))))), strict: true })(
          (row: OutboxRow) => transport.send(row),
        )
      : (row: OutboxRow) => transport.send(row);
  let pausedUntil = 0;

  async function claim(now: Date, limit: number): Promise<OutboxRow[]> {
    const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
    const rows = await db.$queryRaw<OutboxRow[]>`
      UPDATE deliveries d SET status = 'SENDING', claimed_at = ${now}, attempts = d.attempts + 1
      FROM users u
      WHERE d.user_id = u.id AND d.id IN (
        SELECT id FROM deliveries
        WHERE (status = 'QUEUED' AND not_before <= ${now}) OR (status = 'SENDING' AND claimed_at < ${staleBefore})
        ORDER BY priority DESC, id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d.id, d.kind, d.priority, d.announcement_id AS "announcementId", d.payload, d.user_id AS "userId", u.telegram_id AS "telegramId", d.locale`;
    // RETURNING keeps no order: send the batch in the claim's order too (priority, then age).
    return rows.sort((a, b) => b.priority - a.priority || a.id - b.id);
  }

  /**
   * Writes the outcome of a batch in a few statements instead of one per message: at 1,000
   * messages a second the database round trips, not Telegram, would otherwise be the limit.
   */
  async function recordBatch(outcomes: { row: OutboxRow; result: TransportResult }[], totals: DrainResult): Promise<void> {
    const now = clock.now();
    const sent = outcomes.filter((o) => o.result.kind === "sent");
    if (sent.length) {
      totals.sent += sent.length;
      const ids = sent.map((o) => o.row.id);
      const messageIds = sent.map((o) => (o.result as { messageId: number }).messageId);
      await db.$executeRaw`
        UPDATE deliveries d SET status = 'SENT', sent_at = ${now}, message_id = v.message_id, error = NULL
        FROM (SELECT unnest(${ids}::int[]) AS id, unnest(${messageIds}::int[]) AS message_id) v
        WHERE d.id = v.id`;
    }
    const blocked = outcomes.filter((o) => o.result.kind === "blocked");
    if (blocked.length) {
      totals.blocked += blocked.length;
      await db.delivery.updateMany({ where: { id: { in: blocked.map((o) => o.row.id) } }, data: { status: "BLOCKED", error: "gone" } });
      await db.user.updateMany({ where: { id: { in: blocked.map((o) => o.row.userId) }, blockedAt: null }, data: { blockedAt: now } });
    }
    const limited = outcomes.filter((o) => o.result.kind === "rate-limited");
    if (limited.length) {
      totals.retried += limited.length;
      const seconds = Math.max(...limited.map((o) => (o.result as { retryAfterSeconds: number }).retryAfterSeconds));
      const until = now.getTime() + seconds * 1000;
      pausedUntil = Math.max(pausedUntil, until);
      // A 429 is Telegram's doing, not the row's: it does not count as an attempt.
      await db.delivery.updateMany({
        where: { id: { in: limited.map((o) => o.row.id) } },
        data: { status: "QUEUED", notBefore: new Date(until), claimedAt: null, attempts: { decrement: 1 } },
      });
    }
    for (const { row, result } of outcomes) {
      if (result.kind !== "failed") continue;
      const attempts = (await db.delivery.findUniqueOrThrow({ where: { id: row.id }, select: { attempts: true } })).attempts;
      if (result.retryable && attempts < MAX_ATTEMPTS) {
        totals.retried++;
        await db.delivery.update({
          where: { id: row.id },
          data: { status: "QUEUED", notBefore: new Date(now.getTime() + 2 ** attempts * 1000), claimedAt: null, error: result.reason.slice(0, 200) },
        });
      } else {
        totals.failed++;
        await db.delivery.update({ where: { id: row.id }, data: { status: "FAILED", error: result.reason.slice(0, 200) } });
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
        const rows = await claim(clock.now(), batchSize);
        if (rows.length === 0) break;
        handled += rows.length;
        const unsent: number[] = [];
        const outcomes: { row: OutboxRow; result: TransportResult }[] = [];
        let next = 0;
        // `concurrency` workers share the batch; each send waits for the rate limiter.
        await Promise.all(
          Array.from({ length: Math.min(concurrency, rows.length) }, async () => {
            for (let i = next++; i < rows.length; i = next++) {
              const row = rows[i]!;
              if (options.signal?.aborted || pausedUntil > clock.now().getTime()) {
                unsent.push(row.id);
                continue;
              }
              const result = await throttled(row).catch((error: unknown): TransportResult => {
                log?.warn({ err: error, deliveryId: row.id }, "delivery transport threw");
                return { kind: "failed", reason: String((error as Error)?.message ?? error), retryable: true };
              });
              outcomes.push({ row, result });
            }
          }),
        );
        await recordBatch(outcomes, totals);
        if (unsent.length) {
          // Not sent (stopping, or paused by a 429): back to the queue; the claim's attempt is undone.
          await db.delivery.updateMany({ where: { id: { in: unsent } }, data: { status: "QUEUED", claimedAt: null, attempts: { decrement: 1 } } });
        }
      }
      return totals;
    },
  };
}

export type DeliverySender = ReturnType<typeof createDeliverySender>;
