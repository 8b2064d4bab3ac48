// The delivery engine: drains the outbox (table deliveries). Rows are claimed a few at a time
// with FOR UPDATE SKIP LOCKED, so several senders (instances) never take the same row, and are
// sent at slots of the shared rate (send-rate.ts): BROADCAST_RATE is the total of all instances.
// Telegram's per-chat limit holds too: a recipient who got a message less than a second ago, or
// has one in flight, is skipped by the claim until the second has passed. A 429 pauses every
// instance for Telegram's retry_after and puts the row back; a recipient the transport reports
// gone ("blocked") is marked unreachable; 5xx and network errors retry with backoff up to
// MAX_ATTEMPTS. Each outcome is written as soon as Telegram answers (answers that arrive while a
// write is under way go in the next one), so a hard crash can resend only the messages in flight
// at that moment: sent, but the answer not yet written. Claims of a live sender are renewed;
// rows claimed by a dead one are taken again once the claim is STALE_CLAIM_MS old (at-least-once,
// which we prefer to losing a safety warning). On a graceful stop, claimed rows that were not
// sent go back to the queue.
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger-port.ts";
import { createSendRate } from "./send-rate.ts";

export const MAX_ATTEMPTS = 5;
/** A claim not renewed for this long belongs to a dead sender: its row is sent again. */
export const STALE_CLAIM_MS = 20_000;
/** A live sender renews the claims it holds this often (a slow answer, a long pause). */
const RENEW_CLAIMS_MS = 5_000;
/** Telegram's per-chat limit: no two messages to one chat closer together than this. */
export const PER_CHAT_INTERVAL_MS = 1_000;
/** Outcomes are written in batches of this many answers, or this long after the first unwritten one. */
export const WRITE_EVERY = 64;
export const WRITE_WITHIN_MS = 50;
/** Serializes claims across instances, so the per-chat rule sees every other claim. */
const CLAIM_LOCK = 1_409_140_001;

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
  /** Sent to this chat instead of the user's (a question's copy for a staff group or staff member). */
  chatId?: bigint | null;
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
  /** Messages per second, all instances on the database together; Infinity = as fast as the transport allows. */
  rate: number;
  /** Sends in flight at once. */
  concurrency?: number;
  /** Rows claimed together without a cap (with a cap: a tenth of a second of sending). */
  batchSize?: number;
  log?: Logger;
  /** Waits; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
};

export type DrainResult = { sent: number; blocked: number; failed: number; retried: number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Outcome = { row: OutboxRow; result: TransportResult };

export function createDeliverySender({ db, clock, transport, rate, concurrency = 8, batchSize = 64, log, sleep = realSleep }: SenderOptions) {
  const limits = createSendRate({ db, rate });
  /** What this sender knows of the shared pause (read with every reservation, set on a 429). */
  let pausedUntil = 0;

  async function claim(now: Date, limit: number): Promise<OutboxRow[]> {
    const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
    const chatBusySince = new Date(now.getTime() - PER_CHAT_INTERVAL_MS);
    const [, claimed] = await db.$transaction([
      db.$executeRaw`SELECT pg_advisory_xact_lock(${CLAIM_LOCK})`,
      db.$queryRaw<OutboxRow[]>`
      UPDATE deliveries d SET status = 'SENDING', claimed_at = ${now}, attempts = d.attempts + 1
      FROM users u
      WHERE d.user_id = u.id AND d.id IN (
        SELECT id FROM deliveries
        WHERE ((status = 'QUEUED' AND not_before <= ${now}) OR (status = 'SENDING' AND claimed_at < ${staleBefore}))
          AND NOT EXISTS (
            SELECT 1 FROM deliveries o WHERE o.user_id = deliveries.user_id AND o.id <> deliveries.id
              AND ((o.status = 'SENDING' AND o.claimed_at >= ${staleBefore}) OR (o.status = 'SENT' AND o.sent_at > ${chatBusySince})))
          -- A staff group is one chat for many residents' rows (chat_id; NULL matches nothing here).
          AND NOT EXISTS (
            SELECT 1 FROM deliveries c WHERE c.chat_id = deliveries.chat_id AND c.id <> deliveries.id
              AND ((c.status = 'SENDING' AND c.claimed_at >= ${staleBefore}) OR (c.status = 'SENT' AND c.sent_at > ${chatBusySince})))
        ORDER BY priority DESC, id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d.id, d.kind, d.priority, d.announcement_id AS "announcementId", d.payload, d.user_id AS "userId", u.telegram_id AS "telegramId", d.chat_id AS "chatId", d.locale`,
    ]);
    // RETURNING keeps no order: send the batch in the claim's order too (priority, then age).
    claimed.sort((a, b) => b.priority - a.priority || a.id - b.id);
    // Two rows for one recipient in the same claim: the later (or less urgent) waits for the per-chat second.
    // A staff group is one chat however many residents' rows go to it.
    const seen = new Set<string>();
    const keysOf = (row: OutboxRow) => (row.chatId == null ? [`u${row.userId}`] : [`u${row.userId}`, `c${row.chatId}`]);
    const later = claimed.filter((row) => (keysOf(row).some((key) => seen.has(key)) ? true : (keysOf(row).forEach((key) => seen.add(key)), false)));
    if (later.length) await putBack(later.map((row) => row.id), new Date(now.getTime() + PER_CHAT_INTERVAL_MS));
    return claimed.filter((row) => !later.includes(row));
  }

  /** Claimed rows that were not sent go back to the queue; the claim's attempt is undone. */
  async function putBack(ids: number[], notBefore?: Date): Promise<void> {
    await db.delivery.updateMany({ where: { id: { in: ids } }, data: { status: "QUEUED", claimedAt: null, attempts: { decrement: 1 }, ...(notBefore ? { notBefore } : {}) } });
  }

  /**
   * Writes the outcomes that arrived together in a few statements instead of one per message:
   * at 1,000 messages a second the database round trips, not Telegram, would otherwise be the limit.
   */
  async function recordBatch(outcomes: Outcome[], totals: DrainResult): Promise<void> {
    const now = clock.now();
    const sent = outcomes.filter((o) => o.result.kind === "sent");
    if (sent.length) {
      const ids = sent.map((o) => o.row.id);
      const messageIds = sent.map((o) => (o.result as { messageId: number }).messageId);
      await db.$executeRaw`
        UPDATE deliveries d SET status = 'SENT', sent_at = ${now}, message_id = v.message_id, error = NULL
        FROM (SELECT unnest(${ids}::int[]) AS id, unnest(${messageIds}::int[]) AS message_id) v
        WHERE d.id = v.id`;
      totals.sent += sent.length;
    }
    const blocked = outcomes.filter((o) => o.result.kind === "blocked");
    if (blocked.length) {
      await db.delivery.updateMany({ where: { id: { in: blocked.map((o) => o.row.id) } }, data: { status: "BLOCKED", error: "gone" } });
      // A chat other than the user's own (a staff group that removed the bot) says nothing about the user.
      const gone = blocked.filter((o) => o.row.chatId == null).map((o) => o.row.userId);
      if (gone.length) await db.user.updateMany({ where: { id: { in: gone }, blockedAt: null }, data: { blockedAt: now } });
      totals.blocked += blocked.length;
    }
    const limited = outcomes.filter((o) => o.result.kind === "rate-limited");
    if (limited.length) {
      const seconds = Math.max(...limited.map((o) => (o.result as { retryAfterSeconds: number }).retryAfterSeconds));
      // A 429 is Telegram's doing, not the row's: it does not count as an attempt.
      await putBack(
        limited.map((o) => o.row.id),
        new Date(now.getTime() + seconds * 1000),
      );
      totals.retried += limited.length;
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
      const stopped = () => options.signal?.aborted === true;
      const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
      /** Claimed and not yet written back: these claims are renewed while we hold them. */
      const held = new Set<number>();
      let renewedAt = clock.now().getTime();
      const renew = async () => {
        renewedAt = clock.now().getTime();
        if (held.size) await db.delivery.updateMany({ where: { id: { in: [...held] }, status: "SENDING" }, data: { claimedAt: clock.now() } });
      };
      // While the feeder waits (for room, a pause, a slow answer), a timer renews the claims.
      const renewal = setInterval(() => void renew().catch((error: unknown) => log?.warn({ err: error }, "renewing delivery claims failed")), RENEW_CLAIMS_MS);
      renewal.unref();

      // Outcomes are written as they come, in small batches: every WRITE_EVERY answers or
      // WRITE_WITHIN_MS after the first unwritten one, one write at a time (answers that arrive
      // meanwhile go in the next). A crash can lose only the answers not yet written.
      let outcomes: Outcome[] = [];
      let unsent: number[] = [];
      let writing: Promise<void> | undefined;
      let timer: NodeJS.Timeout | undefined;
      const write = async () => {
        clearTimeout(timer);
        timer = undefined;
        for (let failures = 0; outcomes.length || unsent.length; ) {
          const batch = outcomes;
          const back = unsent;
          outcomes = [];
          unsent = [];
          try {
            await recordBatch(batch, totals);
            if (back.length) await putBack(back);
          } catch (error) {
            if (++failures >= 3) {
              // Left claimed: another sender takes these rows once their claim is stale.
              log?.error({ err: error, deliveries: batch.length + back.length }, "writing delivery outcomes failed; the claims will go stale");
            } else {
              outcomes = [...batch, ...outcomes];
              unsent = [...back, ...unsent];
              await realSleep(200 * failures);
              continue;
            }
          }
          failures = 0;
          for (const { row } of batch) held.delete(row.id);
          for (const id of back) held.delete(id);
          if (outcomes.length + unsent.length < WRITE_EVERY) break; // the rest waits for its timer
        }
        writing = undefined;
        if (outcomes.length || unsent.length) schedule();
      };
      const flush = () => (writing ??= write());
      const schedule = () => {
        if (outcomes.length + unsent.length >= WRITE_EVERY) void flush();
        else timer ??= setTimeout(() => void flush(), WRITE_WITHIN_MS);
      };
      const record = (outcome?: Outcome, notSent?: number) => {
        if (outcome) outcomes.push(outcome);
        if (notSent !== undefined) unsent.push(notSent);
        if (!writing) schedule();
      };

      // The feeder claims rows and reserves their send slots; the workers send each at its slot.
      const ready: { row: OutboxRow; at: number }[] = [];
      const waiting: (() => void)[] = [];
      const wake = () => waiting.splice(0).forEach((resolve) => resolve());
      const changed = () => new Promise<void>((resolve) => waiting.push(resolve));
      const chunk = Math.min(batchSize, limits.chunk);
      let feeding = true;
      let failure: unknown;

      const feed = async () => {
        try {
          for (let handled = 0; !stopped() && handled < maxRows; ) {
            if (ready.length >= chunk * 2) {
              await changed();
              continue;
            }
            const pause = pausedUntil - clock.now().getTime();
            if (pause > 0) {
              await sleep(Math.min(pause, 1_000)); // a second at a time, so a stop is not held up
              continue;
            }
            // Before each claim, so a claim never takes back a row this sender still holds.
            if (clock.now().getTime() - renewedAt >= RENEW_CLAIMS_MS) await renew();
            const rows = await claim(clock.now(), Math.min(chunk, maxRows - handled));
            if (rows.length === 0) break;
            handled += rows.length;
            for (const row of rows) held.add(row.id);
            const grant = await limits.reserve(clock.now().getTime(), rows.length);
            pausedUntil = Math.max(pausedUntil, grant.pausedUntil);
            rows.forEach((row, i) => ready.push({ row, at: grant.start + i * grant.interval }));
            wake();
          }
        } catch (error) {
          failure = error;
        } finally {
          feeding = false;
          wake();
        }
      };

      const work = async () => {
        for (;;) {
          const item = ready.shift();
          if (!item) {
            if (!feeding) return;
            await changed();
            continue;
          }
          wake(); // room for the feeder
          const wait = item.at - clock.now().getTime();
          if (wait > 0) await sleep(wait);
          // Stopping, or paused by a 429 here or on another instance: back to the queue.
          if (stopped() || pausedUntil > clock.now().getTime()) {
            record(undefined, item.row.id);
            continue;
          }
          const result = await transport.send(item.row).catch((error: unknown): TransportResult => {
            log?.warn({ err: error, deliveryId: item.row.id }, "delivery transport threw");
            return { kind: "failed", reason: String((error as Error)?.message ?? error), retryable: true };
          });
          if (result.kind === "rate-limited") {
            pausedUntil = Math.max(pausedUntil, clock.now().getTime() + result.retryAfterSeconds * 1000);
            // Every instance pauses: they read it with their next reservation.
            pausedUntil = await limits.pause(pausedUntil).catch((error: unknown) => {
              log?.warn({ err: error }, "sharing the 429 pause failed");
              return pausedUntil;
            });
          }
          record({ row: item.row, result });
        }
      };

      try {
        await Promise.all([feed(), ...Array.from({ length: concurrency }, work)]);
        while (writing || outcomes.length || unsent.length) await flush();
      } finally {
        clearInterval(renewal);
        clearTimeout(timer);
      }
      if (failure) throw failure;
      return totals;
    },
  };
}

export type DeliverySender = ReturnType<typeof createDeliverySender>;
