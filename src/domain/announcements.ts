// Announcements: what staff send to many people. Creating one stores it; when its time comes,
// `enqueueDue` turns it into one outbox row per recipient (the deliveries), which the delivery
// engine (deliveries.ts) then drains. Quiet hours are applied here, as each row's notBefore.
// One due now ("Send now", or a time that has come) is queued at once and the sender woken, so
// delivery starts within seconds, not at the next minute's tick.
import { DateTime } from "luxon";
import type { Db } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { pickName } from "./catalog.ts";
import type { Clock } from "./clock.ts";
import { requireStaff, type Actors } from "./actors.ts";
import { DomainError, ValidationError } from "./errors.ts";
import { isLocale, type Locale } from "./locales.ts";
import type { Logger } from "./logger-port.ts";
import type { Notifier } from "./notifier.ts";
import { GENERAL_TOPIC } from "./subscriptions.ts";
import { translationOrder } from "./translations.ts";

/** The broadcast conversation picks topics from here; the topic itself lives with subscriptions. */
export { GENERAL_TOPIC };
export const DIGEST_PERIOD_MS = 7 * 86_400_000;
/** Offers in one digest message, at most. */
export const DIGEST_MAX_OFFERS = 10;

export type DigestOffer = { offerId: number; emoji: string; title: string; startsAt: Date; districtName: string | null };
export const ANNOUNCEMENT_TEXT_MAX = 3500;

export type AudienceSpec =
  | { kind: "SUBSCRIBERS"; topic: string; districtIds: number[]; languages: string[] }
  | { kind: "PARTICIPANTS" | "WAITLIST"; occurrenceId: number; languages: string[] };

export type Recipient = { userId: number; locale: string | null };

/** An announcement as staff write it; the author is the acting user. */
export type NewAnnouncement = {
  texts: Partial<Record<Locale, string>>;
  sourceLocale: Locale;
  audience: AudienceSpec;
  urgent: boolean;
  /** "now" (or null): the moment the service is called, i.e. when staff confirmed. */
  scheduledAt: Date | "now" | null;
  offerId?: number;
  repeatRule?: string;
};

/** queued: waiting to be sent now; waitingForMorning: held back by quiet hours (not in queued). */
export type AnnouncementStats = { queued: number; sent: number; failed: number; blocked: number; waitingForMorning: number };

/** With the estimated end of sending: null when nothing is left to send. */
export type AnnouncementProgress = AnnouncementStats & { id: number; estimatedEnd: Date | null };

export type QuietHours = { startMinute: number; endMinute: number } | null;

export class AnnouncementNotEditableError extends DomainError {
  constructor() {
    super("announcement-not-editable");
  }
}

/** A chosen time passed while staff read the preview: ask for the time again, keep the rest. */
export class AnnouncementTimePassedError extends DomainError {
  constructor() {
    super("announcement-time-passed");
  }
}

/** A scheduled time this far in the past still counts as "now" (the confirmation took a moment). */
export const PAST_TOLERANCE_MS = 60_000;

/** "weekly:<1-7>:<HH:MM>" (ISO weekday) or "monthly:<1-28>:<HH:MM>" in the bot's time zone. */
export const REPEAT_RULE = /^(weekly:[1-7]|monthly:([1-9]|1\d|2[0-8])):([01]\d|2[0-3]):[0-5]\d$/;

/** The next time a repeat rule fires strictly after `after`. */
export function nextRepeat(rule: string, after: Date, timezone: string): Date {
  const [kind, day, hh, mm] = rule.split(":");
  const local = DateTime.fromJSDate(after, { zone: timezone });
  let candidate = local.set({ hour: Number(hh), minute: Number(mm), second: 0, millisecond: 0 });
  if (kind === "weekly") {
    candidate = candidate.plus({ days: (Number(day) - candidate.weekday + 7) % 7 });
    if (candidate <= local) candidate = candidate.plus({ weeks: 1 });
  } else {
    candidate = candidate.set({ day: Number(day) });
    if (candidate <= local) candidate = candidate.plus({ months: 1 });
  }
  return candidate.toJSDate();
}

/** When a non-urgent message may go out: now, or the end of the quiet hours it falls into. */
export function afterQuietHours(now: Date, quiet: QuietHours, timezone: string): Date {
  if (!quiet) return now;
  const local = DateTime.fromJSDate(now, { zone: timezone });
  const minute = local.hour * 60 + local.minute;
  const { startMinute: start, endMinute: end } = quiet;
  const inside = start <= end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return now;
  let morning = local.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 });
  if (morning <= local) morning = morning.plus({ days: 1 });
  return morning.toJSDate();
}

export type AnnouncementsDeps = {
  db: Db;
  clock: Clock;
  /** Who may write, edit and cancel announcements (staff and admins). */
  actors: Actors;
  timezone: string;
  quietHours: QuietHours;
  /** Subscribers of a topic (subscriptions service). */
  subscribers(spec: { topic: string; districtIds: number[]; languages: string[] }): Promise<Recipient[]>;
  /** Tells the author when a broadcast is done (outbox.ts); nobody when left out. */
  notifier?: Notifier;
  /** Tells the sender that rows are due now (this instance and the others). */
  wake?: () => void;
  /** Messages per second of the sender (BROADCAST_RATE), for the estimated end. */
  sendRate?: number;
  log?: Logger;
};

export function createAnnouncementsService({ db, clock, actors, timezone, quietHours, subscribers, notifier, wake = () => {}, sendRate = Number.POSITIVE_INFINITY, log }: AnnouncementsDeps) {
  /** Digest readers with at least one new offer in their topics and districts since `start`. */
  async function digestRecipients(start: Date, end: Date): Promise<Recipient[]> {
    return db.$queryRaw<Recipient[]>`
      SELECT u.id AS "userId", COALESCE(u.locale, u.telegram_locale) AS locale
      FROM subscriptions s JOIN users u ON u.id = s.user_id
      WHERE s.enabled AND s.digest AND u.blocked_at IS NULL AND u.deleted_at IS NULL
        AND EXISTS (${newOffersFor(Prisma.sql`s`, start, end)})`;
  }

  /** New, still upcoming offers matching subscription row `s` (topics/districts empty = all). */
  const newOffersFor = (s: Prisma.Sql, start: Date, end: Date) => Prisma.sql`
    SELECT f.id FROM offers f
    WHERE f.status = 'PUBLISHED' AND f.published_at >= ${start} AND f.published_at < ${end}
      AND (cardinality(${s}.topics) = 0 OR f.category_id = ANY(${s}.topics))
      AND (COALESCE(cardinality(${s}.district_ids), 0) = 0 OR f.district_id = ANY(${s}.district_ids))
      AND EXISTS (SELECT 1 FROM offer_occurrences o WHERE o.offer_id = f.id AND o.listed AND o.starts_at >= ${end})`;

  async function recipients(audience: AudienceSpec): Promise<Recipient[]> {
    if (audience.kind === "SUBSCRIBERS") return subscribers(audience);
    const rows = await db.signup.findMany({
      where: {
        occurrenceId: audience.occurrenceId,
        status: audience.kind === "WAITLIST" ? "WAITLISTED" : { in: ["CONFIRMED", "PENDING_GUARDIAN"] },
        user: { blockedAt: null, deletedAt: null },
      },
      select: { userId: true, user: { select: { locale: true, telegramLocale: true } } },
      distinct: ["userId"],
    });
    const all = rows.map((r) => ({ userId: r.userId, locale: r.user.locale ?? r.user.telegramLocale }));
    return audience.languages.length ? all.filter((r) => r.locale && audience.languages.includes(r.locale)) : all;
  }

  function validate(input: NewAnnouncement): void {
    const texts = Object.entries(input.texts);
    if (!input.texts[input.sourceLocale]) throw new ValidationError("announcement text");
    for (const [locale, text] of texts) {
      if (!isLocale(locale) || !text?.trim() || text.length > ANNOUNCEMENT_TEXT_MAX) throw new ValidationError("announcement text");
    }
    if (input.repeatRule && !REPEAT_RULE.test(input.repeatRule)) throw new ValidationError("repeat rule");
  }

  const audienceColumns = (audience: AudienceSpec) =>
    audience.kind === "SUBSCRIBERS"
      ? { audience: audience.kind, topic: audience.topic, districtIds: audience.districtIds, languages: audience.languages, occurrenceId: null }
      : { audience: audience.kind, topic: null, districtIds: [], languages: audience.languages, occurrenceId: audience.occurrenceId };

  const specOf = (row: { audience: string; topic: string | null; districtIds: number[]; languages: string[]; occurrenceId: number | null }): AudienceSpec =>
    row.audience === "SUBSCRIBERS"
      ? { kind: "SUBSCRIBERS", topic: row.topic ?? GENERAL_TOPIC, districtIds: row.districtIds, languages: row.languages }
      : { kind: row.audience as "PARTICIPANTS" | "WAITLIST", occurrenceId: row.occurrenceId ?? 0, languages: row.languages };

  async function stats(id: number): Promise<AnnouncementStats> {
    const now = clock.now();
    const groups = await db.delivery.groupBy({ by: ["status"], where: { announcementId: id }, _count: { _all: true } });
    const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
    const waitingForMorning = await db.delivery.count({ where: { announcementId: id, status: "QUEUED", notBefore: { gt: now } } });
    return { queued: count("QUEUED") + count("SENDING") - waitingForMorning, sent: count("SENT"), failed: count("FAILED"), blocked: count("BLOCKED"), waitingForMorning };
  }

  /**
   * When the last delivery should be out: from now (or from when the held-back rows may go, if
   * nothing can go now) at the sender's rate, counting every row of any kind due before them.
   */
  async function estimatedEnd(id: number, s: AnnouncementStats): Promise<Date | null> {
    const left = s.queued + s.waitingForMorning;
    if (left === 0) return null;
    const now = clock.now();
    const last = await db.delivery.aggregate({ where: { announcementId: id, status: { in: ["QUEUED", "SENDING"] } }, _max: { notBefore: true } });
    const start = new Date(Math.max(now.getTime(), last._max.notBefore?.getTime() ?? 0));
    // Ahead of this announcement's last row: notices (higher priority) and older rows.
    const rows = await db.$queryRaw<{ ahead: number }[]>`
      SELECT count(*)::int AS ahead FROM deliveries d
      WHERE d.status IN ('QUEUED', 'SENDING') AND d.not_before <= ${start}
        AND (d.priority > 0 OR d.id <= (SELECT max(id) FROM deliveries WHERE announcement_id = ${id}))`;
    const ahead = rows[0]?.ahead ?? 0;
    const seconds = Number.isFinite(sendRate) && sendRate > 0 ? Math.ceil(ahead / sendRate) : 0;
    return new Date(start.getTime() + seconds * 1000);
  }

  /**
   * Queues one announcement for its recipients: one delivery each, not before the end of quiet
   * hours unless urgent. Taken with FOR UPDATE SKIP LOCKED, so it is queued once even when
   * several instances try at once. Returns the deliveries queued and whether any is due now.
   */
  async function enqueue(candidate: Awaited<ReturnType<typeof db.announcement.findMany>>[number], now: Date): Promise<{ count: number; dueNow: boolean }> {
    // The audience is read before the transaction: on the embedded database a query outside
    // an open transaction would wait for it. The lock below still queues each one once.
    const people =
      candidate.kind === "DIGEST" ? await digestRecipients(candidate.periodStart ?? new Date(now.getTime() - DIGEST_PERIOD_MS), candidate.scheduledAt) : await recipients(specOf(candidate));
    const notBefore = candidate.urgent ? now : afterQuietHours(now, quietHours, timezone);
    const count = await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ id: number }[]>`
          SELECT id FROM announcements WHERE id = ${candidate.id} AND status = 'SCHEDULED' FOR UPDATE SKIP LOCKED`;
        if (!row) return 0; // another instance took it, or it was cancelled meanwhile
        if (people.length) {
          await tx.delivery.createMany({
            // The recipient's language; the transport falls back to the source text and says so.
            data: people.map((p) => ({ announcementId: candidate.id, userId: p.userId, locale: p.locale ?? candidate.sourceLocale, notBefore })),
            skipDuplicates: true,
          });
        }
        await tx.announcement.update({ where: { id: candidate.id }, data: { status: people.length ? "SENDING" : "SENT", enqueuedAt: now } });
        if (candidate.repeatRule) {
          const { id: _id, createdAt: _c, enqueuedAt: _e, status: _s, scheduledAt: _at, ...rest } = candidate;
          await tx.announcement.create({
            data: { ...rest, texts: rest.texts as object, status: "SCHEDULED", scheduledAt: nextRepeat(candidate.repeatRule, now, timezone) },
          });
        }
        return people.length;
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
    if (count) log?.info({ announcementId: candidate.id, recipients: count, urgent: candidate.urgent }, "announcement queued");
    return { count, dueNow: count > 0 && notBefore.getTime() <= now.getTime() };
  }

  return {
    /** How many people an audience reaches now (for the preview). */
    async countAudience(audience: AudienceSpec): Promise<number> {
      return (await recipients(audience)).length;
    },

    /**
     * Schedules an announcement written by the actor (staff or admin). `scheduledAt` "now" or
     * null means this moment: it is queued at once and the sender woken. A chosen time that has
     * passed (more than a minute ago) is refused with AnnouncementTimePassedError, so the
     * conversation can ask for the time again and keep everything else.
     */
    async create(actorUserId: number, input: NewAnnouncement): Promise<{ id: number }> {
      const actor = await actors.load(actorUserId);
      requireStaff(actor, "announcement.create");
      validate(input);
      const now = clock.now();
      const chosen = input.scheduledAt instanceof Date ? input.scheduledAt : null;
      if (chosen && chosen.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw new AnnouncementTimePassedError();
      const scheduledAt = chosen && chosen > now ? chosen : now;
      const created = await db.announcement.create({
        data: {
          authorUserId: actor.userId,
          texts: input.texts,
          sourceLocale: input.sourceLocale,
          ...audienceColumns(input.audience),
          offerId: input.offerId ?? null,
          urgent: input.urgent,
          scheduledAt,
          repeatRule: input.repeatRule ?? null,
          status: "SCHEDULED",
        },
      });
      if (scheduledAt <= now) {
        const { dueNow } = await enqueue(created, now);
        if (dueNow) wake();
      }
      return { id: created.id };
    },

    /** Scheduled announcements that have not started, soonest first. */
    async listScheduled() {
      return db.announcement.findMany({ where: { status: "SCHEDULED" }, orderBy: { scheduledAt: "asc" }, take: 50 });
    },

    /** Cancels an announcement that has not started; one already sending cannot be recalled. */
    async cancel(actorUserId: number, id: number): Promise<void> {
      requireStaff(await actors.load(actorUserId), "announcement.cancel");
      const { count } = await db.announcement.updateMany({ where: { id, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
      if (count === 0) throw new AnnouncementNotEditableError();
    },

    /** Changes the text or time of an announcement that has not started. */
    async edit(actorUserId: number, id: number, change: { texts?: Partial<Record<Locale, string>>; scheduledAt?: Date }): Promise<void> {
      requireStaff(await actors.load(actorUserId), "announcement.edit");
      if (change.scheduledAt && change.scheduledAt.getTime() < clock.now().getTime()) throw new ValidationError("announcement time");
      const { count } = await db.announcement.updateMany({
        where: { id, status: "SCHEDULED" },
        data: { ...(change.texts ? { texts: change.texts } : {}), ...(change.scheduledAt ? { scheduledAt: change.scheduledAt } : {}) },
      });
      if (count === 0) throw new AnnouncementNotEditableError();
    },

    /**
     * Queues every announcement whose time has come: one delivery per recipient, each not
     * before the end of quiet hours unless urgent. Runs safely on several instances: an
     * announcement is taken with FOR UPDATE SKIP LOCKED and queued once.
     */
    async enqueueDue(now: Date): Promise<number> {
      const due = await db.announcement.findMany({
        where: { status: "SCHEDULED", scheduledAt: { lte: now } },
        orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      });
      let queued = 0;
      let dueNow = false;
      for (const candidate of due) {
        const done = await enqueue(candidate, now);
        queued += done.count;
        dueNow ||= done.dueNow;
      }
      if (dueNow) wake();
      return queued;
    },

    /**
     * Announcements whose deliveries are all done become SENT; the author of each (not of a
     * digest) gets one short report, itself a notice in the outbox.
     */
    async markFinished(): Promise<number> {
      const finished = await db.$queryRaw<{ id: number; authorUserId: number | null }[]>`
        UPDATE announcements a SET status = 'SENT'
        WHERE a.status = 'SENDING' AND NOT EXISTS (
          SELECT 1 FROM deliveries d WHERE d.announcement_id = a.id AND d.status IN ('QUEUED', 'SENDING'))
        RETURNING a.id, a.author_user_id AS "authorUserId"`;
      for (const { id, authorUserId } of finished) {
        if (!notifier || authorUserId === null) continue;
        const author = await db.user.findUnique({ where: { id: authorUserId }, select: { telegramId: true, locale: true, telegramLocale: true } });
        if (!author) continue;
        const { sent, failed, blocked } = await stats(id);
        await notifier
          .send({ kind: "announcement-report", to: { telegramId: author.telegramId, locale: author.locale ?? author.telegramLocale ?? undefined }, report: { announcementId: id, sent, failed, blocked } })
          .catch((error: unknown) => log?.warn({ err: error, announcementId: id }, "report not queued"));
      }
      return finished.length;
    },

    stats,

    /** Counts and estimated end of the latest announcements that were sent or are sending, newest first. */
    async recentStats(limit: number): Promise<AnnouncementProgress[]> {
      const rows = await db.announcement.findMany({
        where: { status: { in: ["SENDING", "SENT"] } },
        orderBy: { enqueuedAt: "desc" },
        take: limit,
        select: { id: true },
      });
      return Promise.all(
        rows.map(async (row) => {
          const counts = await stats(row.id);
          return { id: row.id, ...counts, estimatedEnd: await estimatedEnd(row.id, counts) };
        }),
      );
    },

    /**
     * Starts this week's digest: an announcement whose recipients are the digest readers with
     * something new since the last digest. Nobody with nothing new gets a message.
     */
    async createDigest(now: Date): Promise<{ id: number }> {
      const previous = await db.announcement.findFirst({ where: { kind: "DIGEST" }, orderBy: { scheduledAt: "desc" }, select: { scheduledAt: true } });
      return db.announcement.create({
        data: {
          kind: "DIGEST",
          periodStart: previous?.scheduledAt ?? new Date(now.getTime() - DIGEST_PERIOD_MS),
          texts: {},
          sourceLocale: "de",
          audience: "SUBSCRIBERS",
          scheduledAt: now,
          status: "SCHEDULED",
        },
        select: { id: true },
      });
    },

    /** The new offers of one digest for one reader, soonest first, with titles in `locale`. */
    async digestOffers(announcementId: number, userId: number, locale: string): Promise<DigestOffer[]> {
      const digest = await db.announcement.findUniqueOrThrow({ where: { id: announcementId }, select: { periodStart: true, scheduledAt: true } });
      const start = digest.periodStart ?? new Date(digest.scheduledAt.getTime() - DIGEST_PERIOD_MS);
      const rows = await db.$queryRaw<(DigestOffer & { districtNames: unknown })[]>`
        SELECT f.id AS "offerId", c.emoji, t.title, next.starts_at AS "startsAt", d.names AS "districtNames", d.slug AS "districtName"
        FROM subscriptions s
        JOIN offers f ON f.id IN (${newOffersFor(Prisma.sql`s`, start, digest.scheduledAt)})
        JOIN categories c ON c.id = f.category_id
        LEFT JOIN districts d ON d.id = f.district_id
        JOIN LATERAL (SELECT o.starts_at FROM offer_occurrences o WHERE o.offer_id = f.id AND o.listed AND o.starts_at >= ${clock.now()} ORDER BY o.starts_at LIMIT 1) next ON true
        JOIN LATERAL (
          SELECT tr.title FROM offer_translations tr WHERE tr.offer_id = f.id
          ORDER BY ${translationOrder(locale)} LIMIT 1
        ) t ON true
        WHERE s.user_id = ${userId}
        ORDER BY next.starts_at LIMIT ${DIGEST_MAX_OFFERS}`;
      return rows.map(({ districtNames, ...row }) => ({ ...row, districtName: row.districtName ? pickName(districtNames, locale, row.districtName) : null }));
    },

    /** What the transport needs to render one delivery. */
    async content(announcementId: number) {
      const row = await db.announcement.findUniqueOrThrow({
        where: { id: announcementId },
        select: { kind: true, texts: true, sourceLocale: true, topic: true, offerId: true },
      });
      return { kind: row.kind, texts: row.texts as Record<string, string>, sourceLocale: row.sourceLocale, topic: row.topic, offerId: row.offerId };
    },
  };
}

export type AnnouncementsService = ReturnType<typeof createAnnouncementsService>;
