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
import { requireAdmin, requireStaff, type Actor, type Actors } from "./actors.ts";
import type { AuditService } from "./audit.ts";
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";
import { isLocale, SUPPORTED_LOCALES, type Locale } from "./locales.ts";
import type { Logger } from "./logger-port.ts";
import { sourceHash, type MachineTranslationService, type TranslationFailure } from "./machine-translation.ts";
import { silentNotifier, type Notifier } from "./notifier.ts";
import { GENERAL_TOPIC } from "./subscriptions.ts";
import { pickText, pickTranslation, translationOrder } from "./translations.ts";

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

/** Who wrote a language version: staff (typed or corrected) or the translation service. */
export type TextOriginKind = "MACHINE" | "HUMAN";
/** Stored per version but the source (Announcement.textOrigins); `sourceHash` of the source text it was made from. */
export type TextOrigin = { origin: TextOriginKind; provider?: string; sourceHash: string };
export type TextOrigins = Partial<Record<string, TextOrigin>>;
/** What staff say about a version they hand in: machine-made (by which provider) or their own. */
export type OriginInput = { origin: TextOriginKind; provider?: string };

/** The hash an announcement's versions remember of the source text they were made from. */
export const announcementSourceHash = (text: string) => sourceHash({ text });

/** The languages an audience reads (all but the source when it names none). */
export function neededLanguages(languages: readonly string[], source: string): Locale[] {
  const wanted = languages.length ? SUPPORTED_LOCALES.filter((l) => languages.includes(l)) : SUPPORTED_LOCALES;
  return wanted.filter((l) => l !== source);
}

/** One language of a machine translation of an announcement draft. */
export type DraftTranslation = { locale: Locale; ok: true; text: string; provider: string } | { locale: Locale; ok: false; reason: TranslationFailure };

/** Versions made by machine per language; announcements the background job fills per run, at most. */
export const BACKFILL_MAX_PER_RUN = 5;

/**
 * An announcement as staff write it; the author is the acting user. It speaks for the author's
 * organization; an admin may name one (`organizationId`) or leave it out: the city.
 */
export type NewAnnouncement = {
  organizationId?: number | null;
  texts: Partial<Record<Locale, string>>;
  sourceLocale: Locale;
  audience: AudienceSpec;
  urgent: boolean;
  /** "now" (or null): the moment the service is called, i.e. when staff confirmed. */
  scheduledAt: Date | "now" | null;
  offerId?: number;
  repeatRule?: string;
  /** Per language but the source: machine-made or typed; a version without one counts as typed. */
  origins?: Partial<Record<Locale, OriginInput>>;
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

export class AnnouncementNotPendingError extends DomainError {
  constructor() {
    super("announcement-not-pending");
  }
}

/** The limit of a rejection reason (as for offers). */
export const ANNOUNCEMENT_REASON_MAX = 500;
/** Statuses in which an announcement can still be changed or cancelled. */
const OPEN_STATUSES = ["SCHEDULED", "PENDING_APPROVAL"] as const;

/** A date of an offer in the participants/waiting list picker, with how many people it reaches. */
export type AudienceDate = { occurrenceId: number; title: string; startsAt: Date; participants: number; waitlisted: number };

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
  /** Created, approved, rejected, edited, cancelled and sent announcements are written here (createServices always passes it; benchmarks may not). */
  audit?: Pick<AuditService, "record">;
  /** Tells authors what an admin decided and sends them the report when a broadcast is done (outbox.ts); nobody when left out. */
  notifier?: Notifier;
  /** Admins by configuration (BOT_ADMIN_IDS), told with the stored admins about pending announcements. */
  adminIds?: readonly bigint[];
  /** The prefilled announcement of "Promote this offer" (offers service). */
  promotionDraft?(occurrenceId: number): Promise<{ offerId: number; topic: string; districtIds: number[]; texts: Record<string, string> }>;
  /** Tells the sender that rows are due now (this instance and the others). */
  wake?: () => void;
  /** Messages per second of the sender (BROADCAST_RATE), for the estimated end. */
  sendRate?: number;
  /** Machine translation (refreshing machine versions on edit, drafts, the background job); none when left out. */
  translation?: Pick<MachineTranslationService, "providerName" | "supported" | "translate">;
  log?: Logger;
};

export function createAnnouncementsService(deps: AnnouncementsDeps) {
  const { db, clock, actors, timezone, quietHours, subscribers, promotionDraft, wake = () => {}, sendRate = Number.POSITIVE_INFINITY, log } = deps;
  const audit = deps.audit ?? { record: async () => {} };
  const notifier = deps.notifier ?? silentNotifier;
  /** Staff act for their organization; staff without one (never invited properly) may not write. */
  function ownOrganization(actor: Actor, action: string): number {
    if (actor.role !== "STAFF" || actor.organizationId === null) throw new ForbiddenError(action);
    return actor.organizationId;
  }

  /** Admins reach every offer's people; staff only those of their own organization's offers. */
  async function requireOfferOf(actor: Actor, where: { occurrenceId: number } | { offerId: number }, action: string): Promise<void> {
    const offer =
      "offerId" in where
        ? await db.offer.findUnique({ where: { id: where.offerId }, select: { organizationId: true } })
        : (await db.offerOccurrence.findUnique({ where: { id: where.occurrenceId }, select: { offer: { select: { organizationId: true } } } }))?.offer;
    if (!offer) throw new NotFoundError("offer");
    if (actor.role !== "ADMIN" && ownOrganization(actor, action) !== offer.organizationId) throw new ForbiddenError(action);
  }

  /** The audience check of create and countAudience. */
  async function requireAudience(actor: Actor, audience: AudienceSpec, action: string): Promise<void> {
    requireStaff(actor, action);
    if (audience.kind !== "SUBSCRIBERS") await requireOfferOf(actor, { occurrenceId: audience.occurrenceId }, action);
  }

  /** Which announcements the actor manages: their organization's (admins: all). */
  const ownedBy = (actor: Actor, action: string): Prisma.AnnouncementWhereInput => {
    requireStaff(actor, action);
    // Digests belong to the city (no organization): admins see them, staff do not.
    return actor.role === "ADMIN" ? {} : { kind: "MESSAGE", organizationId: ownOrganization(actor, action) };
  };

  /** The announcement if the actor manages it; another organization's is refused, not hidden. */
  async function ownedAnnouncement(actor: Actor, id: number, action: string) {
    const where = ownedBy(actor, action);
    const row = await db.announcement.findUnique({ where: { id } });
    if (!row || row.kind !== "MESSAGE") throw new AnnouncementNotEditableError();
    if (where.organizationId !== undefined && row.organizationId !== where.organizationId) throw new ForbiddenError(action);
    return row;
  }

  async function send(notice: Parameters<Notifier["send"]>[0]): Promise<void> {
    await notifier.send(notice).catch((error: unknown) => log?.warn({ err: error, kind: notice.kind }, "notice not sent"));
  }

  const translation = deps.translation;

  /** Names that stay as they are in every translation: the organization's. */
  async function keepNames(organizationId: number | null): Promise<string[]> {
    if (organizationId === null) return [];
    const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
    return organization ? [organization.name] : [];
  }

  /** The source text in each of `targets`, or why not; never throws for the provider. */
  async function machineTranslate(text: string, source: Locale, targets: readonly Locale[], organizationId: number | null): Promise<DraftTranslation[]> {
    const wanted = SUPPORTED_LOCALES.filter((l) => l !== source && targets.includes(l));
    if (wanted.length === 0) return [];
    if (!translation?.providerName) return wanted.map((locale) => ({ locale, ok: false as const, reason: "unsupported" as const }));
    const results = await translation.translate({ source, fields: { text }, targets: wanted, limits: { text: ANNOUNCEMENT_TEXT_MAX }, keep: await keepNames(organizationId) });
    return results.map((result): DraftTranslation => {
      if (!result.ok) return { locale: result.locale, ok: false, reason: result.reason };
      const translated = result.fields.text?.trim() ?? "";
      // The same rule as for typed text: a version the readers could not be sent is not kept.
      if (!translated) return { locale: result.locale, ok: false, reason: "invalid" };
      if (translated.length > ANNOUNCEMENT_TEXT_MAX) return { locale: result.locale, ok: false, reason: "too-long" };
      return { locale: result.locale, ok: true, text: translated, provider: result.provider };
    });
  }

  /** The origin entry of a version handed in by staff, made from the source with `hash`. */
  const originOf = (given: OriginInput | undefined, hash: string): TextOrigin =>
    given?.origin === "MACHINE" ? { origin: "MACHINE", provider: given.provider ?? translation?.providerName ?? "unknown", sourceHash: hash } : { origin: "HUMAN", sourceHash: hash };

  /** Origins may be given only for versions that are handed in, never for the source. */
  function validateOrigins(origins: Partial<Record<string, OriginInput>> | undefined, texts: Partial<Record<string, string>>, source: string): void {
    for (const [locale, given] of Object.entries(origins ?? {})) {
      if (!given || locale === source || !texts[locale] || (given.origin !== "MACHINE" && given.origin !== "HUMAN")) throw new ValidationError("announcement origin");
      if (given.provider !== undefined && (typeof given.provider !== "string" || given.provider.length > 40)) throw new ValidationError("announcement origin");
    }
  }

  const excerptOf = (row: { texts: unknown; sourceLocale: string }, locale: string | undefined) =>
    Array.from(pickText(row.texts as Record<string, string>, locale ?? null, row.sourceLocale)?.text ?? "").slice(0, 120).join("");

  /** Tells every admin, in their language, that an announcement waits for approval. */
  async function tellAdmins(row: { id: number; texts: unknown; sourceLocale: string; scheduledAt: Date }, organizationName: string): Promise<void> {
    const admins = await db.user.findMany({
      where: { OR: [{ role: "ADMIN" }, { telegramId: { in: [...(deps.adminIds ?? [])] } }], blockedAt: null, deletedAt: null },
      select: { telegramId: true, locale: true, telegramLocale: true },
    });
    for (const admin of admins) {
      const locale = admin.locale ?? admin.telegramLocale ?? undefined;
      const announcement = { announcementId: row.id, excerpt: excerptOf(row, locale), scheduledAt: row.scheduledAt };
      await send({ kind: "announcement-pending", to: { telegramId: admin.telegramId, locale }, announcement, organizationName });
    }
  }

  /** Tells the author what an admin decided, in the author's language, with the first words of it. */
  async function tellAuthor(row: { id: number; authorUserId: number | null; texts: unknown; sourceLocale: string; scheduledAt: Date }, reason?: string): Promise<void> {
    if (!row.authorUserId) return;
    const author = await db.user.findUnique({ where: { id: row.authorUserId }, select: { telegramId: true, locale: true, telegramLocale: true, blockedAt: true, deletedAt: true } });
    if (!author || author.blockedAt || author.deletedAt) return;
    const locale = author.locale ?? author.telegramLocale ?? undefined;
    const announcement = { announcementId: row.id, excerpt: excerptOf(row, locale), scheduledAt: row.scheduledAt };
    const to = { telegramId: author.telegramId, locale };
    await send(reason === undefined ? { kind: "announcement-approved", to, announcement } : { kind: "announcement-rejected", to, announcement, reason });
  }

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

  /** The audit entry of a finished announcement, with its counts (the system did it: no actor). */
  async function recordSent(id: number): Promise<void> {
    const { waitingForMorning: _w, ...counts } = await stats(id);
    await audit.record({ actorUserId: null, action: "announcement.sent", targetType: "announcement", targetId: id, details: counts });
  }

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
        if (!row) return null; // another instance took it, or it was cancelled meanwhile
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
            data: { ...rest, texts: rest.texts as object, textOrigins: rest.textOrigins as object, status: "SCHEDULED", scheduledAt: nextRepeat(candidate.repeatRule, now, timezone) },
          });
        }
        return people.length;
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
    if (count) log?.info({ announcementId: candidate.id, recipients: count, urgent: candidate.urgent }, "announcement queued");
    if (count === 0) await recordSent(candidate.id); // nobody to reach: sent at once
    return { count: count ?? 0, dueNow: !!count && notBefore.getTime() <= now.getTime() };
  }

  return {
    /** How many people an audience reaches now (for the preview); the same audience check as create. */
    async countAudience(actorUserId: number, audience: AudienceSpec): Promise<number> {
      await requireAudience(await actors.load(actorUserId), audience, "announcement.count");
      return (await recipients(audience)).length;
    },

    /**
     * Schedules an announcement written by the actor. Staff write for their organization, to the
     * subscribers or to the people of their own organization's offers; admins for the city or
     * any organization, to anyone, urgent too. An untrusted organization's announcement to
     * subscribers waits for an admin (PENDING_APPROVAL); everything else is scheduled at once.
     * `scheduledAt` "now" or null means this moment: it is queued at once and the sender woken.
     * A chosen time more than a minute ago is refused with AnnouncementTimePassedError, so the
     * conversation can ask for the time again and keep everything else.
     */
    async create(actorUserId: number, input: NewAnnouncement): Promise<{ id: number; status: "SCHEDULED" | "PENDING_APPROVAL" }> {
      const actor = await actors.load(actorUserId);
      const action = "announcement.create";
      await requireAudience(actor, input.audience, action);
      if (input.urgent && actor.role !== "ADMIN") throw new ForbiddenError("announcement.create urgent");
      if (input.offerId !== undefined) await requireOfferOf(actor, { offerId: input.offerId }, action);
      let organizationId: number | null;
      if (actor.role === "ADMIN") organizationId = input.organizationId ?? null;
      else {
        organizationId = ownOrganization(actor, action);
        if (input.organizationId !== undefined && input.organizationId !== organizationId) throw new ForbiddenError(action);
      }
      const organization = organizationId === null ? null : await db.organization.findUnique({ where: { id: organizationId }, select: { trusted: true, name: true } });
      if (organizationId !== null && !organization) throw new NotFoundError("organization");
      validate(input);
      validateOrigins(input.origins, input.texts, input.sourceLocale);
      const hash = announcementSourceHash(input.texts[input.sourceLocale]!);
      const textOrigins: TextOrigins = {};
      for (const locale of Object.keys(input.texts)) if (locale !== input.sourceLocale) textOrigins[locale] = originOf(input.origins?.[locale as Locale], hash);
      const reviewed = actor.role === "ADMIN" || input.audience.kind !== "SUBSCRIBERS" || organization?.trusted === true;
      const status = reviewed ? ("SCHEDULED" as const) : ("PENDING_APPROVAL" as const);
      const now = clock.now();
      const chosen = input.scheduledAt instanceof Date ? input.scheduledAt : null;
      if (chosen && chosen.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw new AnnouncementTimePassedError();
      const scheduledAt = chosen && chosen > now ? chosen : now;
      const created = await db.announcement.create({
        data: {
          authorUserId: actor.userId,
          organizationId,
          texts: input.texts,
          textOrigins,
          sourceLocale: input.sourceLocale,
          ...audienceColumns(input.audience),
          offerId: input.offerId ?? null,
          urgent: input.urgent,
          scheduledAt,
          repeatRule: input.repeatRule ?? null,
          status,
        },
      });
      await audit.record({
        actorUserId: actor.userId,
        action: "announcement.created",
        targetType: "announcement",
        targetId: created.id,
        details: { organizationId, audience: input.audience.kind, urgent: input.urgent, status },
      });
      if (status === "PENDING_APPROVAL") await tellAdmins({ id: created.id, texts: input.texts, sourceLocale: input.sourceLocale, scheduledAt }, organization?.name ?? "");
      else if (scheduledAt <= now) {
        const { dueNow } = await enqueue(created, now);
        if (dueNow) wake();
      }
      return { id: created.id, status };
    },

    /**
     * Announcements that have not started (scheduled or waiting for approval), soonest first:
     * the actor's organization's, or every one for admins, with the organization's name.
     */
    async listScheduled(actorUserId: number) {
      const owned = ownedBy(await actors.load(actorUserId), "announcement.list");
      return db.announcement.findMany({
        where: { ...owned, kind: "MESSAGE", status: { in: [...OPEN_STATUSES] } },
        orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
        take: 50,
        include: { organization: { select: { name: true } } },
      });
    },

    /** Cancels an announcement that has not started; one already sending cannot be recalled. */
    async cancel(actorUserId: number, id: number): Promise<void> {
      const actor = await actors.load(actorUserId);
      await ownedAnnouncement(actor, id, "announcement.cancel");
      const { count } = await db.announcement.updateMany({ where: { id, status: { in: [...OPEN_STATUSES] } }, data: { status: "CANCELLED" } });
      if (count === 0) throw new AnnouncementNotEditableError();
      await audit.record({ actorUserId: actor.userId, action: "announcement.cancelled", targetType: "announcement", targetId: id });
    },

    /**
     * Changes the text or time of an announcement that has not started. New text from an
     * untrusted organization to subscribers goes back to the approval queue.
     *
     * `texts` is the whole new set of versions. A version whose text differs from the stored one
     * was typed by staff (human, unless `origins` says otherwise). When the source text changed,
     * machine versions are translated again; one that cannot be is dropped (readers get the
     * source until the background job fills it) and listed in `failed`. Human versions are kept;
     * those made from an older source text come back in `outdated`, for the author to check.
     */
    async edit(
      actorUserId: number,
      id: number,
      change: { texts?: Partial<Record<Locale, string>>; origins?: Partial<Record<Locale, OriginInput>>; scheduledAt?: Date },
    ): Promise<{ outdated: Locale[]; failed: { locale: Locale; reason: TranslationFailure }[] }> {
      const actor = await actors.load(actorUserId);
      const row = await ownedAnnouncement(actor, id, "announcement.edit");
      if (change.scheduledAt && change.scheduledAt.getTime() < clock.now().getTime()) throw new ValidationError("announcement time");
      if (!OPEN_STATUSES.includes(row.status as (typeof OPEN_STATUSES)[number])) throw new AnnouncementNotEditableError();
      const outdated: Locale[] = [];
      const failed: { locale: Locale; reason: TranslationFailure }[] = [];
      let texts: Record<string, string> | undefined;
      let textOrigins: TextOrigins | undefined;
      if (change.texts) {
        for (const [locale, text] of Object.entries(change.texts)) {
          if (!isLocale(locale) || !text?.trim() || text.length > ANNOUNCEMENT_TEXT_MAX) throw new ValidationError("announcement text");
        }
        const source = row.sourceLocale as Locale;
        const before = row.texts as Record<string, string>;
        const stored = (row.textOrigins ?? {}) as TextOrigins;
        const sourceText = change.texts[source] ?? before[source];
        if (!sourceText) throw new ValidationError("announcement text");
        texts = { ...(change.texts as Record<string, string>), [source]: sourceText };
        validateOrigins(change.origins, texts, source);
        const oldHash = announcementSourceHash(before[source] ?? "");
        const hash = announcementSourceHash(sourceText);
        textOrigins = {};
        const refresh: Locale[] = [];
        for (const [locale, text] of Object.entries(texts)) {
          if (locale === source) continue;
          const given = change.origins?.[locale as Locale];
          const old = stored[locale];
          if (given) textOrigins[locale] = originOf(given, hash);
          else if (text !== before[locale]) textOrigins[locale] = { origin: "HUMAN", sourceHash: hash }; // typed anew
          else if (old?.origin === "MACHINE") {
            if (old.sourceHash === hash) textOrigins[locale] = old;
            else refresh.push(locale as Locale);
          }
          // Typed earlier (a version without an entry too): kept, and remembers the text it was made from.
          else textOrigins[locale] = { origin: "HUMAN", sourceHash: old?.sourceHash ?? oldHash };
        }
        for (const result of await machineTranslate(sourceText, source, refresh, row.organizationId)) {
          if (result.ok) {
            texts[result.locale] = result.text;
            textOrigins[result.locale] = { origin: "MACHINE", provider: result.provider, sourceHash: hash };
          } else {
            delete texts[result.locale];
            failed.push({ locale: result.locale, reason: result.reason });
          }
        }
        for (const locale of SUPPORTED_LOCALES) {
          const origin = textOrigins[locale];
          if (origin?.origin === "HUMAN" && origin.sourceHash !== hash) outdated.push(locale);
        }
      }
      const organization = row.organizationId === null ? null : await db.organization.findUnique({ where: { id: row.organizationId }, select: { trusted: true, name: true } });
      const trusted = row.organizationId === null || organization?.trusted === true;
      const review = change.texts !== undefined && actor.role !== "ADMIN" && row.audience === "SUBSCRIBERS" && !trusted;
      const { count } = await db.announcement.updateMany({
        where: { id, status: { in: [...OPEN_STATUSES] } },
        data: {
          ...(texts ? { texts, textOrigins: textOrigins as object } : {}),
          ...(change.scheduledAt ? { scheduledAt: change.scheduledAt } : {}),
          ...(review ? { status: "PENDING_APPROVAL" } : {}),
        },
      });
      if (count === 0) throw new AnnouncementNotEditableError();
      await audit.record({
        actorUserId: actor.userId,
        action: "announcement.edited",
        targetType: "announcement",
        targetId: id,
        details: { texts: change.texts !== undefined, scheduledAt: change.scheduledAt?.toISOString() ?? null, review, ...(outdated.length ? { outdated } : {}) },
      });
      // A new text for review: the admins are told as for a new one (unless it was waiting already).
      if (review && row.status === "SCHEDULED") {
        await tellAdmins({ id, texts: texts ?? row.texts, sourceLocale: row.sourceLocale, scheduledAt: change.scheduledAt ?? row.scheduledAt }, organization?.name ?? "");
      }
      return { outdated, failed };
    },

    /**
     * Machine translations of a draft's text into `targets` (the bot asks for the languages its
     * audience reads that staff have not typed), with the organization's name kept as it is.
     * Staff and admins only: every call may cost money.
     */
    async translateDraft(actorUserId: number, input: { text: string; sourceLocale: Locale; targets: readonly Locale[]; organizationId?: number | null }): Promise<DraftTranslation[]> {
      const actor = await actors.load(actorUserId);
      requireStaff(actor, "announcement.translate");
      const organizationId = actor.role === "ADMIN" ? (input.organizationId ?? null) : ownOrganization(actor, "announcement.translate");
      if (!isLocale(input.sourceLocale) || !input.text.trim() || input.text.length > ANNOUNCEMENT_TEXT_MAX) throw new ValidationError("announcement text");
      return machineTranslate(input.text, input.sourceLocale, input.targets, organizationId);
    },

    /**
     * The source text of an announcement the user received, for "Show original": only one that
     * went out (sending or sent) and was addressed to them; null otherwise.
     */
    async original(userId: number, announcementId: number): Promise<{ locale: string; text: string } | null> {
      const row = await db.announcement.findFirst({
        where: { id: announcementId, kind: "MESSAGE", status: { in: ["SENDING", "SENT"] }, deliveries: { some: { userId } } },
        select: { texts: true, sourceLocale: true },
      });
      const text = row ? (row.texts as Record<string, string>)[row.sourceLocale] : undefined;
      return row && text ? { locale: row.sourceLocale, text } : null;
    },

    /**
     * The background job: machine translations for announcements not yet queued whose readers'
     * languages are missing (the provider was down, the budget used up, an edit dropped them).
     * Soonest first, at most BACKFILL_MAX_PER_RUN announcements sent to the provider per run.
     * Returns how many got new versions. Nothing without a provider.
     */
    async backfillTranslations(now: Date): Promise<number> {
      if (!translation?.providerName) return 0;
      const candidates = await db.announcement.findMany({
        // One whose time has come is the announcements job's now: it goes out as it is.
        where: { kind: "MESSAGE", enqueuedAt: null, OR: [{ status: "PENDING_APPROVAL" }, { status: "SCHEDULED", scheduledAt: { gt: now } }] },
        orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
        take: 200,
        select: { id: true, texts: true, sourceLocale: true, languages: true, organizationId: true },
      });
      const supported = new Map<Locale, Locale[]>();
      let asked = 0;
      let filled = 0;
      for (const row of candidates) {
        if (asked >= BACKFILL_MAX_PER_RUN) break;
        const source = row.sourceLocale;
        const texts = row.texts as Record<string, string>;
        const sourceText = texts[source];
        if (!isLocale(source) || !sourceText) continue;
        if (!supported.has(source)) supported.set(source, await translation.supported(source));
        const targets = neededLanguages(row.languages, source).filter((l) => !texts[l] && supported.get(source)!.includes(l));
        if (targets.length === 0) continue;
        asked++;
        const made = (await machineTranslate(sourceText, source, targets, row.organizationId)).filter((r) => r.ok);
        if (made.length === 0) continue;
        const hash = announcementSourceHash(sourceText);
        const saved = await db.$transaction(async (tx) => {
          const [locked] = await tx.$queryRaw<{ id: number }[]>`
            SELECT id FROM announcements WHERE id = ${row.id} AND status IN ('SCHEDULED', 'PENDING_APPROVAL') AND enqueued_at IS NULL FOR UPDATE`;
          if (!locked) return false;
          const fresh = await tx.announcement.findUniqueOrThrow({ where: { id: row.id }, select: { texts: true, textOrigins: true } });
          const freshTexts = { ...(fresh.texts as Record<string, string>) };
          // Edited meanwhile: these translations are of an older text.
          if (freshTexts[source] !== sourceText) return false;
          const origins = { ...((fresh.textOrigins ?? {}) as TextOrigins) };
          let added = 0;
          for (const result of made) {
            if (freshTexts[result.locale]) continue; // typed by staff meanwhile
            freshTexts[result.locale] = result.text;
            origins[result.locale] = { origin: "MACHINE", provider: result.provider, sourceHash: hash };
            added++;
          }
          if (added) await tx.announcement.update({ where: { id: row.id }, data: { texts: freshTexts, textOrigins: origins as object } });
          return added > 0;
        });
        if (saved) {
          filled++;
          log?.info({ announcementId: row.id, languages: made.length }, "announcement translations filled in");
        }
      }
      return filled;
    },

    /**
     * The upcoming dates whose participants or waiting list the actor may write to: their
     * organization's published offers (admins: all), newest offer first and its dates soonest
     * first, a page at a time, with the title in `locale` and how many people each reaches.
     */
    async audienceDates(actorUserId: number, input: { page: number; pageSize?: number; locale: string }): Promise<{ dates: AudienceDate[]; hasMore: boolean }> {
      const actor = await actors.load(actorUserId);
      requireStaff(actor, "announcement.audience-dates");
      const pageSize = input.pageSize ?? 8;
      const people = (status: "WAITLISTED" | "CONFIRMED") => ({
        where: { status: status === "WAITLISTED" ? ("WAITLISTED" as const) : { in: ["CONFIRMED" as const, "PENDING_GUARDIAN" as const] }, user: { deletedAt: null } },
      });
      const rows = await db.offerOccurrence.findMany({
        where: {
          startsAt: { gte: clock.now() },
          offer: { status: "PUBLISHED", ...(actor.role === "ADMIN" ? {} : { organizationId: ownOrganization(actor, "announcement.audience-dates") }) },
        },
        orderBy: [{ offer: { createdAt: "desc" } }, { offerId: "desc" }, { startsAt: "asc" }],
        skip: Math.max(0, input.page) * pageSize,
        take: pageSize + 1,
        select: {
          id: true,
          startsAt: true,
          offer: { select: { sourceLocale: true, translations: { select: { locale: true, title: true } } } },
          _count: { select: { signups: people("CONFIRMED") } },
        },
      });
      const page = rows.slice(0, pageSize);
      const waiting = await db.signup.groupBy({ by: ["occurrenceId"], where: { occurrenceId: { in: page.map((r) => r.id) }, ...people("WAITLISTED").where }, _count: { _all: true } });
      return {
        dates: page.map((row) => ({
          occurrenceId: row.id,
          title: pickTranslation(row.offer.translations, input.locale, row.offer.sourceLocale)?.title ?? `#${row.id}`,
          startsAt: row.startsAt,
          participants: row._count.signups,
          waitlisted: waiting.find((w) => w.occurrenceId === row.id)?._count._all ?? 0,
        })),
        hasMore: rows.length > pageSize,
      };
    },

    /** Whether the actor may promote this offer date (the bot shows the button only then). */
    async canPromote(actorUserId: number, occurrenceId: number): Promise<boolean> {
      try {
        const actor = await actors.load(actorUserId);
        requireStaff(actor, "announcement.promote");
        await requireOfferOf(actor, { occurrenceId }, "announcement.promote");
        return true;
      } catch (error) {
        if (error instanceof DomainError) return false;
        throw error;
      }
    },

    /** "Promote this offer": only for staff of the offer's organization and admins. */
    async promotionDraft(actorUserId: number, occurrenceId: number) {
      const actor = await actors.load(actorUserId);
      requireStaff(actor, "announcement.promote");
      await requireOfferOf(actor, { occurrenceId }, "announcement.promote");
      if (!promotionDraft) throw new NotFoundError("offer");
      return promotionDraft(occurrenceId);
    },

    /** Announcements waiting for approval, oldest first, with the organization (admins only). */
    async pendingApproval(actorUserId: number) {
      requireAdmin(await actors.load(actorUserId), "announcement.pending");
      return db.announcement.findMany({
        where: { status: "PENDING_APPROVAL" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 20,
        include: { organization: { select: { name: true } } },
      });
    },

    /** Schedules a pending announcement as it was composed; if its time has passed, it goes out now. */
    async approve(actorUserId: number, id: number): Promise<void> {
      const actor = await actors.load(actorUserId);
      requireAdmin(actor, "announcement.approve");
      const row = await db.announcement.findUnique({ where: { id } });
      if (!row || row.status !== "PENDING_APPROVAL") throw new AnnouncementNotPendingError();
      const now = clock.now();
      const scheduledAt = row.scheduledAt < now ? now : row.scheduledAt;
      const { count } = await db.announcement.updateMany({ where: { id, status: "PENDING_APPROVAL" }, data: { status: "SCHEDULED", scheduledAt, rejectionReason: null } });
      if (count === 0) throw new AnnouncementNotPendingError();
      await audit.record({ actorUserId: actor.userId, action: "announcement.approved", targetType: "announcement", targetId: id });
      await tellAuthor({ ...row, scheduledAt });
      // Due now: queued at once and the sender woken, as when a trusted partner sends now.
      if (scheduledAt <= now) {
        const { dueNow } = await enqueue({ ...row, status: "SCHEDULED", scheduledAt, rejectionReason: null }, now);
        if (dueNow) wake();
      }
    },

    /** Returns a pending announcement to its author with the reason; it is never sent. */
    async reject(actorUserId: number, id: number, reason: string): Promise<void> {
      const actor = await actors.load(actorUserId);
      requireAdmin(actor, "announcement.reject");
      const text = reason.trim();
      if (!text || Array.from(text).length > ANNOUNCEMENT_REASON_MAX) throw new ValidationError("reason");
      const row = await db.announcement.findUnique({ where: { id } });
      if (!row || row.status !== "PENDING_APPROVAL") throw new AnnouncementNotPendingError();
      const { count } = await db.announcement.updateMany({ where: { id, status: "PENDING_APPROVAL" }, data: { status: "REJECTED", rejectionReason: text } });
      if (count === 0) throw new AnnouncementNotPendingError();
      await audit.record({ actorUserId: actor.userId, action: "announcement.rejected", targetType: "announcement", targetId: id, details: { reason: text } });
      await tellAuthor(row, text);
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
     * Announcements whose deliveries are all done become SENT, each audited with its counts; the
     * author of each (not of a digest) gets one short report, itself a notice in the outbox.
     */
    async markFinished(): Promise<number> {
      const finished = await db.$queryRaw<{ id: number; authorUserId: number | null }[]>`
        UPDATE announcements a SET status = 'SENT'
        WHERE a.status = 'SENDING' AND NOT EXISTS (
          SELECT 1 FROM deliveries d WHERE d.announcement_id = a.id AND d.status IN ('QUEUED', 'SENDING'))
        RETURNING a.id, a.author_user_id AS "authorUserId"`;
      for (const { id } of finished) await recordSent(id);
      for (const { id, authorUserId } of finished) {
        if (authorUserId === null) continue;
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

    /** Counts of the latest announcements that were sent or are sending, newest first (the actor's organization's; admins: all). */
    async recentStats(actorUserId: number, limit: number): Promise<AnnouncementProgress[]> {
      const owned = ownedBy(await actors.load(actorUserId), "announcement.stats");
      const rows = await db.announcement.findMany({
        where: { ...owned, status: { in: ["SENDING", "SENT"] } },
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
        select: { kind: true, texts: true, textOrigins: true, sourceLocale: true, topic: true, offerId: true },
      });
      return {
        kind: row.kind,
        texts: row.texts as Record<string, string>,
        textOrigins: (row.textOrigins ?? {}) as TextOrigins,
        sourceLocale: row.sourceLocale,
        topic: row.topic,
        offerId: row.offerId,
      };
    },
  };
}

export type AnnouncementsService = ReturnType<typeof createAnnouncementsService>;
