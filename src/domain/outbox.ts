// What goes into the outbox (table deliveries) and when. Everything the bot sends on its own
// is a row there: one per recipient of an announcement (announcements.ts) and one per notice
// (this file). The delivery engine (deliveries.ts) drains the rows by priority, then age; the
// bot's transport renders them. Here: a notice's priority, its not-before time (quiet hours),
// and its encoding as JSON.
import type { Db } from "../db/index.ts";
import { afterQuietHours, type QuietHours } from "./announcements.ts";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger-port.ts";
import type { Notice, NoticeResult, Notifier } from "./notifier.ts";

/** The kind of an announcement's row; every other kind is a notice's. */
export const ANNOUNCEMENT_KIND = "announcement";

/** Higher goes first. Bulk announcements and digests wait behind every notice. */
export const PRIORITY = { bulk: 0, notice: 5, transactional: 10 } as const;

/**
 * Notices about something that just happened to the person's own seat or date: they go before
 * everything else. Kinds not listed (new ones too) are ordinary notices.
 */
const TRANSACTIONAL: ReadonlySet<string> = new Set([
  "signup-promoted",
  "signup-lapsed",
  "guardian-confirmed",
  "guardian-declined",
  "offer-changed",
  "offer-cancelled",
]);

export const priorityOf = (kind: string): number => (TRANSACTIONAL.has(kind) ? PRIORITY.transactional : PRIORITY.notice);

/** A notice about a date closer than this goes out even in quiet hours (a cancellation tonight). */
export const URGENT_WITHIN_MS = 12 * 3_600_000;

/** The date a notice is about, if any: a sign-up's or an offer's start. */
export function noticeDate(notice: Notice): Date | undefined {
  const about = notice as { signup?: { startsAt?: Date }; offer?: { startsAt?: Date } };
  return about.signup?.startsAt ?? about.offer?.startsAt;
}

/** When a notice may go out: at once if its date is less than 12 hours away, else after quiet hours. */
export function noticeNotBefore(notice: Notice, now: Date, quiet: QuietHours, timezone: string): Date {
  const date = noticeDate(notice);
  if (date && date.getTime() - now.getTime() < URGENT_WITHIN_MS) return now;
  return afterQuietHours(now, quiet, timezone);
}

/**
 * When a reminder is sent: `lead` before the start, but never in quiet hours: a reminder that
 * would fall into them is sent just before they start (the evening before, for a morning date).
 */
export function plannedReminder(startsAt: Date, leadMinutes: number, quiet: QuietHours, timezone: string): Date {
  const planned = new Date(startsAt.getTime() - leadMinutes * 60_000);
  if (!quiet || afterQuietHours(planned, quiet, timezone).getTime() === planned.getTime()) return planned;
  // Walk back, minute by minute, to the last minute before the quiet hours began (at most a day).
  const outside = (at: number) => afterQuietHours(new Date(at), quiet, timezone).getTime() === at;
  let at = Math.floor(planned.getTime() / 60_000) * 60_000;
  const limit = at - 86_400_000;
  while (at > limit && !outside(at)) at -= 60_000;
  return new Date(at);
}

/** A notice without its recipient (the row has them), as JSON: dates and big ints tagged. */
export function encodeNotice(notice: Notice): object {
  const { to: _to, ...content } = notice;
  return JSON.parse(
    JSON.stringify(content, function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      if (raw instanceof Date) return { $date: raw.toISOString() };
      if (typeof raw === "bigint") return { $bigint: raw.toString() };
      return value;
    }),
  ) as object;
}

/** The notice of an outbox row, for its recipient. */
export function decodeNotice(payload: unknown, to: Notice["to"]): Notice {
  const content = JSON.parse(JSON.stringify(payload), (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const tagged = value as { $date?: string; $bigint?: string };
      if (typeof tagged.$date === "string" && Object.keys(value).length === 1) return new Date(tagged.$date);
      if (typeof tagged.$bigint === "string" && Object.keys(value).length === 1) return BigInt(tagged.$bigint);
    }
    return value;
  }) as Omit<Notice, "to">;
  return { ...content, to } as Notice;
}

export type OutboxDeps = {
  db: Db;
  clock: Clock;
  quietHours: QuietHours;
  timezone: string;
  /** The language of a recipient who has none yet (DEFAULT_LOCALE). */
  defaultLocale: string;
  /** Tells the sender (this instance and the others) that something is due now. */
  wake: () => void;
  log?: Logger;
};

/**
 * The domain's Notifier: a notice becomes one outbox row (kind, priority, not-before, payload),
 * sent by the delivery engine with its retries. A recipient unknown or known to have blocked
 * the bot gets no row ("gone").
 */
export function createOutboxNotifier({ db, clock, quietHours, timezone, defaultLocale, wake, log }: OutboxDeps): Notifier {
  return {
    async send(notice: Notice): Promise<NoticeResult> {
      const user = await db.user.findUnique({ where: { telegramId: notice.to.telegramId }, select: { id: true, blockedAt: true } });
      if (!user || user.blockedAt) return "gone";
      const now = clock.now();
      const notBefore = noticeNotBefore(notice, now, quietHours, timezone);
      const row = await db.delivery.create({
        data: {
          kind: notice.kind,
          priority: priorityOf(notice.kind),
          payload: encodeNotice(notice),
          userId: user.id,
          locale: notice.to.locale ?? defaultLocale,
          notBefore,
        },
        select: { id: true },
      });
      log?.info({ deliveryId: row.id, kind: notice.kind, deferred: notBefore > now }, "notice queued");
      if (notBefore.getTime() <= now.getTime()) wake();
      return "queued";
    },
  };
}
