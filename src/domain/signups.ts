// Sign-ups: seats per date, the waiting list, guardians of under-16s, reminders and "still
// coming?". Every change to the seats of one date runs in a transaction that first locks that
// date's row, so 300 people tapping "Sign up" in the same second for 20 seats get exactly 20
// confirmed seats, on PGlite and PostgreSQL alike.
import { randomBytes } from "node:crypto";
import type { Db, DirectQuery } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { pickName } from "./catalog.ts";
import type { Clock } from "./clock.ts";
import { DomainError, ValidationError } from "./errors.ts";
import type { Logger } from "./logger-port.ts";
import type { QuietHours } from "./announcements.ts";
import type { Notice, NoticeSignup, Notifier } from "./notifier.ts";
import { OfferUnavailableError } from "./offers.ts";
import { plannedReminder } from "./outbox.ts";
import { pickTranslation, translationOrder } from "./translations.ts";

export type AgeBand = "UNDER_16" | "AGE_16_17" | "ADULT";
export type ActiveStatus = "CONFIRMED" | "WAITLISTED" | "PENDING_GUARDIAN";

/** Under this age (German consent age) a guardian must confirm; config GUARDIAN_AGE. */
export const GUARDIAN_AGE = 16;
/** How long a pending guardian sign-up holds its seat; config GUARDIAN_HOLD_HOURS. */
export const GUARDIAN_HOLD_MS = 48 * 3_600_000;
/** "Are you still coming?" goes out this long before the start; config STILL_COMING_LEAD_HOURS. */
export const STILL_COMING_LEAD_MS = 48 * 3_600_000;
/** The most seats one sign-up takes in the chat; config SIGNUP_MAX_SEATS. */
export const SIGNUP_MAX_SEATS = 6;
/** Offers from this age on are for adults: a sign-up confirms being of age instead of choosing a group. */
export const ADULT_AGE = 18;
export const LIST_NAME_MAX = 64;

const ACTIVE: ActiveStatus[] = ["CONFIRMED", "WAITLISTED", "PENDING_GUARDIAN"];
const HOLDING_SEATS = ["CONFIRMED", "PENDING_GUARDIAN"] as const;

export class SignupClosedError extends DomainError {
  constructor() {
    super("signup-closed");
  }
}
export class SignupNotOpenError extends DomainError {
  constructor() {
    super("signup-not-open");
  }
}
export class DuplicateSignupError extends DomainError {
  constructor(readonly signupId: number) {
    super("signup-duplicate");
  }
}
export class AgeMismatchError extends DomainError {
  constructor() {
    super("signup-age-mismatch");
  }
}
export class CancelTooLateError extends DomainError {
  constructor() {
    super("signup-cancel-too-late");
  }
}
export class SignupNotFoundError extends DomainError {
  constructor() {
    super("signup-not-found");
  }
}
export class GuardianLinkError extends DomainError {
  constructor(reason: "invalid" | "self") {
    super(reason === "self" ? "guardian-self" : "guardian-link-invalid");
  }
}

/** What the sign-up conversation needs to ask its questions. JSON-safe (it is replayed). */
export type SignupOptions = {
  occurrenceId: number;
  offerId: number;
  title: string;
  startsAt: string;
  maxSeats: number;
  ageMin: number | null;
  ageMax: number | null;
  /** Under this age a guardian confirms (the age groups' labels follow it). */
  guardianAge: number;
  /** null: no limit. */
  freeSeats: number | null;
  waiting: number;
};

export type SignupOutcome = {
  signupId: number;
  status: ActiveStatus;
  /** 1-based, for WAITLISTED. */
  waitlistPosition: number | null;
  /** For PENDING_GUARDIAN and waitlisted under-16s: the secret of the guardian link. */
  guardianToken: string | null;
};

export type SignupRequest = {
  occurrenceId: number;
  userId: number;
  seats: number;
  childSeats?: number;
  listName: string;
  /** Required for every offer (adults-only offers: ADULT, the "18 or older" confirmation). */
  ageBand: AgeBand;
};

export type MySignup = NoticeSignup & {
  status: ActiveStatus;
  waitlistPosition: number | null;
  guardianToken: string | null;
  cancellableUntil: Date;
  reminderLeadMinutes: number;
};

export type GuardianRequest = NoticeSignup & { status: ActiveStatus; childUserId: number; ageBand: AgeBand | null };

/**
 * The ages of each band. The stored names keep their historic spelling: UNDER_16 is "under the
 * guardian age", AGE_16_17 "from the guardian age to 17" (empty when the guardian age is 18).
 */
export function bandAges(band: AgeBand, guardianAge = GUARDIAN_AGE): [number, number] {
  if (band === "UNDER_16") return [0, guardianAge - 1];
  if (band === "AGE_16_17") return [guardianAge, ADULT_AGE - 1];
  return [ADULT_AGE, 200];
}

/** The bands a sign-up can choose: all three, or only "adult" for an adults-only offer. */
export function bandsFor(ageMin: number | null, guardianAge = GUARDIAN_AGE): AgeBand[] {
  if (isAdultsOnly(ageMin)) return ["ADULT"];
  return guardianAge >= ADULT_AGE ? ["UNDER_16", "ADULT"] : ["UNDER_16", "AGE_16_17", "ADULT"];
}

export const isAdultsOnly = (ageMin: number | null) => ageMin !== null && ageMin >= ADULT_AGE;

/** Whether someone in this age band may take part in an offer for ages min–max. */
export function bandFits(band: AgeBand, ageMin: number | null, ageMax: number | null, guardianAge = GUARDIAN_AGE): boolean {
  const [low, high] = bandAges(band, guardianAge);
  return low <= high && high >= (ageMin ?? 0) && low <= (ageMax ?? 200);
}

type Tx = Prisma.TransactionClient;

/** What decides a sign-up for one user and date: the date, its offer, the user's active sign-up, the seats held. */
type DecidingRow = {
  startsAt: Date;
  status: string;
  signupRequired: boolean;
  signupClosesMinutesBefore: number;
  capacity: number | null;
  maxSeatsPerSignup: number;
  ageMin: number | null;
  ageMax: number | null;
  existingId: number | null;
  held: number;
};

/** DecidingRow's columns, over `offer_occurrences o JOIN offers f` (int4 and smallint come as numbers). */
function decidingColumns(userId: number): Prisma.Sql {
  return Prisma.sql`o.starts_at AS "startsAt", f.status::text AS status,
    f.signup_required AS "signupRequired", f.signup_closes_minutes_before AS "signupClosesMinutesBefore",
    f.capacity, f.max_seats_per_signup AS "maxSeatsPerSignup", f.age_min AS "ageMin", f.age_max AS "ageMax",
    (SELECT s.id FROM signups s WHERE s.occurrence_id = o.id AND s.user_id = ${userId}
       AND s.status::text IN (${Prisma.join(ACTIVE)}) ORDER BY s.id LIMIT 1) AS "existingId",
    (SELECT COALESCE(SUM(s.seats), 0)::int FROM signups s WHERE s.occurrence_id = o.id
       AND s.status::text IN (${Prisma.join(HOLDING_SEATS)})) AS held`;
}

/** getOptions' one row. */
type OptionsRow = DecidingRow & { occurrenceId: number; offerId: number; title: string | null; waiting: number };

// Many sign-ups for one date queue on its row lock; give them time rather than failing.
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

/** What signUp() reads under the date's lock, in one statement. */
type LockedDateRow = DecidingRow & { id: number; waitingBefore: number };

const signupInclude = {
  user: { select: { telegramId: true, locale: true, telegramLocale: true } },
  occurrence: {
    include: {
      offer: { include: { translations: { select: { locale: true, title: true } }, district: true } },
    },
  },
} satisfies Prisma.SignupInclude;
type SignupWithOffer = Prisma.SignupGetPayload<{ include: typeof signupInclude }>;

export type SignupsServiceDeps = {
  db: Db;
  /** The driver beneath Prisma, for getOptions: it runs on every sign-up's first and last step. */
  sql: DirectQuery;
  clock: Clock;
  /** Puts notices into the outbox (outbox.ts). */
  notifier: Notifier;
  /** Reminders are planned outside quiet hours (QUIET_HOURS, in the bot's time zone). */
  quietHours?: QuietHours;
  timezone?: string;
  log?: Logger;
  /** Config GUARDIAN_AGE, GUARDIAN_HOLD_HOURS, STILL_COMING_LEAD_HOURS, SIGNUP_MAX_SEATS. */
  guardianAge?: number;
  guardianHoldMs?: number;
  stillComingLeadMs?: number;
  maxSeats?: number;
};

export function createSignupsService({
  db,
  sql,
  clock,
  notifier,
  quietHours = null,
  timezone = "Europe/Berlin",
  log,
  guardianAge = GUARDIAN_AGE,
  guardianHoldMs = GUARDIAN_HOLD_MS,
  stillComingLeadMs = STILL_COMING_LEAD_MS,
  maxSeats: chatMaxSeats = SIGNUP_MAX_SEATS,
}: SignupsServiceDeps) {
  const titleFor = (offer: SignupWithOffer["occurrence"]["offer"], locale: string | null | undefined) =>
    pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? "";

  function noticeSignup(row: SignupWithOffer, locale: string | null | undefined): NoticeSignup {
    const offer = row.occurrence.offer;
    const district = offer.district ? pickName(offer.district.names, locale ?? "de", offer.district.slug) : undefined;
    return {
      signupId: row.id,
      occurrenceId: row.occurrenceId,
      offerId: offer.id,
      title: titleFor(offer, locale),
      startsAt: row.occurrence.startsAt,
      endsAt: row.occurrence.endsAt,
      place: [district, offer.address].filter(Boolean).join(" · ") || undefined,
      seats: row.seats,
      listName: row.listName,
    };
  }

  /** The chosen language, else the Telegram app's, else the notifier's default. */
  const recipient = (row: SignupWithOffer) => ({
    telegramId: row.user.telegramId,
    locale: row.user.locale ?? row.user.telegramLocale ?? undefined,
  });

  async function loadForNotice(ids: number[]): Promise<SignupWithOffer[]> {
    if (ids.length === 0) return [];
    return db.signup.findMany({ where: { id: { in: ids } }, include: signupInclude });
  }

  /** Queues notices; a failure is logged and never undoes what already happened. */
  async function tell(kind: Notice["kind"], ids: number[]): Promise<void> {
    for (const row of await loadForNotice(ids)) {
      const to = recipient(row);
      await notifier.send({ kind, to, signup: noticeSignup(row, to.locale) } as Notice).catch((error: unknown) => {
        log?.warn({ err: error, kind, signupId: row.id }, "notice not sent");
      });
    }
  }

  async function lockOccurrence(tx: Tx, occurrenceId: number) {
    await tx.$queryRaw`SELECT id FROM offer_occurrences WHERE id = ${occurrenceId} FOR UPDATE`;
    const occurrence = await tx.offerOccurrence.findUnique({ where: { id: occurrenceId }, include: { offer: true } });
    if (!occurrence || occurrence.offer.status !== "PUBLISHED") throw new OfferUnavailableError();
    return occurrence;
  }

  async function seatsHeld(tx: Tx, occurrenceId: number): Promise<number> {
    const held = await tx.signup.aggregate({ where: { occurrenceId, status: { in: [...HOLDING_SEATS] } }, _sum: { seats: true } });
    return held._sum.seats ?? 0;
  }

  async function waitlistPosition(tx: Tx | Db, signup: { id: number; occurrenceId: number; createdAt: Date }): Promise<number> {
    const ahead = await tx.signup.count({
      where: {
        occurrenceId: signup.occurrenceId,
        status: "WAITLISTED",
        OR: [{ createdAt: { lt: signup.createdAt } }, { createdAt: signup.createdAt, id: { lt: signup.id } }],
      },
    });
    return ahead + 1;
  }

  const needsGuardian = (row: { ageBand: AgeBand | null; guardianConfirmedAt: Date | null }) =>
    row.ageBand === "UNDER_16" && !row.guardianConfirmedAt;

  /**
   * Gives freed seats to the earliest waiting sign-ups that fit (a family of four does not
   * block a single person behind it). Returns the ids promoted. Call inside the date's lock.
   */
  async function promoteWaiting(tx: Tx, occurrenceId: number, capacity: number | null): Promise<number[]> {
    let free = capacity === null ? Number.POSITIVE_INFINITY : capacity - (await seatsHeld(tx, occurrenceId));
    if (free <= 0) return [];
    const waiting = await tx.signup.findMany({ where: { occurrenceId, status: "WAITLISTED" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const now = clock.now();
    const promoted: number[] = [];
    for (const row of waiting) {
      if (row.seats > free) continue;
      free -= row.seats;
      promoted.push(row.id);
      await tx.signup.update({
        where: { id: row.id },
        data: needsGuardian(row)
          ? { status: "PENDING_GUARDIAN", guardianDeadline: new Date(now.getTime() + guardianHoldMs) }
          : { status: "CONFIRMED", confirmedAt: now },
      });
    }
    return promoted;
  }

  function checkOpen(occurrence: { startsAt: Date; offer: { signupRequired: boolean; signupClosesMinutesBefore: number } }): void {
    if (!occurrence.offer.signupRequired) throw new SignupNotOpenError();
    const closes = occurrence.startsAt.getTime() - occurrence.offer.signupClosesMinutesBefore * 60_000;
    if (clock.now().getTime() >= closes) throw new SignupClosedError();
  }

  /** A date read with decidingColumns() can be signed up for now: published, ahead, sign-up open. */
  function checkAvailable(row: DecidingRow | undefined): asserts row is DecidingRow {
    if (!row || row.status !== "PUBLISHED" || row.startsAt <= clock.now()) throw new OfferUnavailableError();
    checkOpen({ startsAt: row.startsAt, offer: row });
  }

  /** Ends a sign-up and moves the waiting list; returns who was promoted. */
  async function endSignup(
    signupId: number,
    status: "CANCELLED" | "LAPSED" | "DECLINED",
    guard: (row: { userId: number; status: string; startsAt: Date; cancelDeadlineMinutes: number }) => void,
  ): Promise<number[]> {
    return db.$transaction(async (tx) => {
      const found = await tx.signup.findUnique({ where: { id: signupId }, select: { occurrenceId: true } });
      if (!found) throw new SignupNotFoundError();
      const occurrence = await lockOccurrence(tx, found.occurrenceId).catch((error: unknown) => {
        // A cancelled offer's sign-ups may still be withdrawn; nothing to promote then.
        if (error instanceof OfferUnavailableError) return undefined;
        throw error;
      });
      const row = await tx.signup.findUniqueOrThrow({ where: { id: signupId }, include: { occurrence: { include: { offer: true } } } });
      if (!ACTIVE.includes(row.status as ActiveStatus)) throw new SignupNotFoundError();
      guard({ userId: row.userId, status: row.status, startsAt: row.occurrence.startsAt, cancelDeadlineMinutes: row.occurrence.offer.cancelDeadlineMinutes });
      await tx.signup.update({ where: { id: signupId }, data: { status, cancelledAt: clock.now() } });
      return occurrence ? promoteWaiting(tx, occurrence.id, occurrence.offer.capacity) : [];
    }, TX_OPTIONS);
  }

  /**
   * Claims due notices of one kind: two instances never claim the same row. A reminder is due
   * at its planned time (plannedReminder: its lead before the start, moved out of quiet hours).
   */
  async function claimDue(kind: "reminder" | "still-coming", now: Date): Promise<number[]> {
    if (kind === "reminder") {
      // Quiet hours move a reminder at most a day earlier: look that far ahead, plan in code.
      const candidates = await db.$queryRaw<{ id: number; startsAt: Date; lead: number; createdAt: Date }[]>`
        SELECT s.id, o.starts_at AS "startsAt", f.reminder_lead_minutes AS "lead", s.created_at AS "createdAt"
        FROM signups s JOIN offer_occurrences o ON o.id = s.occurrence_id JOIN offers f ON f.id = o.offer_id
        WHERE s.status = 'CONFIRMED' AND s.reminder_claimed_at IS NULL AND o.starts_at > ${now}
          AND o.starts_at - make_interval(mins => f.reminder_lead_minutes) <= ${new Date(now.getTime() + 86_400_000)}`;
      const due = candidates
        .filter((c) => {
          const at = plannedReminder(c.startsAt, c.lead, quietHours, timezone);
          return at <= now && c.createdAt < at;
        })
        .map((c) => c.id);
      if (due.length === 0) return [];
      const rows = await db.$queryRaw<{ id: number }[]>`
        UPDATE signups SET reminder_claimed_at = ${now}
        WHERE id = ANY(${due}::int[]) AND reminder_claimed_at IS NULL AND status = 'CONFIRMED'
        RETURNING id`;
      return rows.map((row) => row.id);
    }
    const rows = await db.$queryRaw<{ id: number }[]>`
      UPDATE signups s SET still_coming_claimed_at = ${now}
      FROM offer_occurrences o JOIN offers f ON f.id = o.offer_id
      WHERE s.occurrence_id = o.id AND s.status = 'CONFIRMED' AND s.still_coming_claimed_at IS NULL
        AND o.starts_at - ${stillComingLeadMs} * interval '1 millisecond' <= ${now}
        AND o.starts_at - make_interval(mins => f.cancel_deadline_minutes) > ${now}
        AND s.created_at < o.starts_at - ${stillComingLeadMs} * interval '1 millisecond'
      RETURNING s.id`;
    return rows.map((row) => row.id);
  }

  /** Queues claimed notices; the outbox retries passing failures, so the claim is final. */
  async function deliverClaimed(kind: "signup-reminder" | "signup-still-coming", ids: number[]): Promise<number> {
    let queued = 0;
    for (const row of await loadForNotice(ids)) {
      const to = recipient(row);
      const result = await notifier.send({ kind, to, signup: noticeSignup(row, to.locale) }).catch((error: unknown) => {
        log?.warn({ err: error, kind, signupId: row.id }, "notice not queued");
        return "gone" as const;
      });
      if (result === "queued") queued++;
    }
    return queued;
  }

  /** Upcoming active sign-ups of a user, soonest first. */
  async function listForUser(input: { userId: number; locale: string }): Promise<MySignup[]> {
    const rows = await db.signup.findMany({
      where: { userId: input.userId, status: { in: ACTIVE }, occurrence: { startsAt: { gt: clock.now() } } },
      include: signupInclude,
      orderBy: { occurrence: { startsAt: "asc" } },
    });
    return Promise.all(
      rows.map(async (row) => ({
        ...noticeSignup(row, input.locale),
        status: row.status as ActiveStatus,
        waitlistPosition: row.status === "WAITLISTED" ? await waitlistPosition(db, row) : null,
        guardianToken: row.guardianToken,
        cancellableUntil: new Date(row.occurrence.startsAt.getTime() - row.occurrence.offer.cancelDeadlineMinutes * 60_000),
        reminderLeadMinutes: row.occurrence.offer.reminderLeadMinutes,
      })),
    );
  }

  return {
    /** What to ask, or why sign-up is not possible (unavailable, closed, not needed, duplicate). */
    async getOptions(input: { occurrenceId: number; userId: number; locale: string }): Promise<SignupOptions> {
      // One statement on the driver (it was five Prisma queries): the date, its offer and title
      // in the reader's language, the user's active sign-up, the seats held and the waiting list.
      const query = Prisma.sql`
        SELECT o.id AS "occurrenceId", f.id AS "offerId", t.title, ${decidingColumns(input.userId)},
               (SELECT COUNT(*)::int FROM signups s WHERE s.occurrence_id = o.id AND s.status = 'WAITLISTED') AS waiting
        FROM offer_occurrences o JOIN offers f ON f.id = o.offer_id
        LEFT JOIN LATERAL (
          SELECT tr.title FROM offer_translations tr WHERE tr.offer_id = f.id ORDER BY ${translationOrder(input.locale)} LIMIT 1
        ) t ON true
        WHERE o.id = ${input.occurrenceId}`;
      // pg and PGlite both give a Date for timestamptz; the id and sums are int4.
      const [row] = await sql<OptionsRow>(query.text, query.values);
      checkAvailable(row);
      if (row.existingId !== null) throw new DuplicateSignupError(row.existingId);
      return {
        occurrenceId: row.occurrenceId,
        offerId: row.offerId,
        title: row.title ?? "",
        startsAt: row.startsAt.toISOString(),
        maxSeats: Math.max(1, Math.min(chatMaxSeats, row.maxSeatsPerSignup, row.capacity ?? row.maxSeatsPerSignup)),
        ageMin: row.ageMin,
        ageMax: row.ageMax,
        guardianAge,
        freeSeats: row.capacity === null ? null : Math.max(0, row.capacity - row.held),
        waiting: row.waiting,
      };
    },

    /** Signs up: confirmed if the seats fit, else on the waiting list; under-16s wait for a guardian. */
    async signUp(request: SignupRequest): Promise<SignupOutcome> {
      const listName = request.listName.replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(0, LIST_NAME_MAX);
      if (!listName) throw new ValidationError("name for the list");
      if (!Number.isInteger(request.seats) || request.seats < 1) throw new ValidationError("seats");
      const childSeats = request.childSeats ?? 0;
      if (!Number.isInteger(childSeats) || childSeats < 0 || childSeats > request.seats) throw new ValidationError("child seats");

      return db.$transaction(async (tx) => {
        // Under the date's lock, two statements: what decides the sign-up (the date, its offer,
        // the user's active sign-up, the seats held, the waiting list so far), then the insert.
        // Each statement is a round trip and costs Prisma's per-query work while every other
        // sign-up for the date waits for the lock (it was six). The read comes after the lock, in
        // a statement of its own, so that it sees what the sign-up before committed.
        await tx.$queryRaw`SELECT id FROM offer_occurrences WHERE id = ${request.occurrenceId} FOR UPDATE`;
        const now = clock.now();
        const [row] = await tx.$queryRaw<LockedDateRow[]>`
          SELECT o.id, ${decidingColumns(request.userId)},
                 (SELECT COUNT(*)::int FROM signups s WHERE s.occurrence_id = o.id AND s.status = 'WAITLISTED'
                    AND s.created_at <= ${now}) AS "waitingBefore"
          FROM offer_occurrences o JOIN offers f ON f.id = o.offer_id
          WHERE o.id = ${request.occurrenceId}`;
        checkAvailable(row);
        const offer = row;
        if (request.seats > Math.min(offer.maxSeatsPerSignup, offer.capacity ?? offer.maxSeatsPerSignup)) throw new ValidationError("seats");
        // Every sign-up states its age group (adults-only offers: the confirmation "18 or older",
        // i.e. ADULT), so that under the guardian age a guardian confirms; an offer with an age
        // range also needs a fitting one.
        if (!request.ageBand) throw new ValidationError("age band");
        if (!bandsFor(offer.ageMin, guardianAge).includes(request.ageBand)) throw new AgeMismatchError();
        // Adults-only: no seats for children either.
        if (isAdultsOnly(offer.ageMin) && childSeats > 0) throw new AgeMismatchError();
        // An adult may book for children when the offer is not for adults themselves.
        const adultForChildren = request.ageBand === "ADULT" && childSeats > 0 && !isAdultsOnly(offer.ageMin);
        if (!bandFits(request.ageBand, offer.ageMin, offer.ageMax, guardianAge) && !adultForChildren) throw new AgeMismatchError();
        if (row.existingId !== null) throw new DuplicateSignupError(row.existingId);

        const minor = request.ageBand === "UNDER_16";
        const fits = offer.capacity === null || row.held + request.seats <= offer.capacity;
        const status: ActiveStatus = !fits ? "WAITLISTED" : minor ? "PENDING_GUARDIAN" : "CONFIRMED";
        const signup = await tx.signup.create({
          select: { id: true, guardianToken: true },
          data: {
            occurrenceId: row.id,
            userId: request.userId,
            seats: request.seats,
            childSeats,
            listName,
            ageBand: request.ageBand,
            status,
            createdAt: now,
            confirmedAt: status === "CONFIRMED" ? now : null,
            guardianToken: minor ? randomBytes(16).toString("base64url") : null,
            guardianDeadline: status === "PENDING_GUARDIAN" ? new Date(now.getTime() + guardianHoldMs) : null,
          },
        });
        return {
          signupId: signup.id,
          status,
          // Everyone waiting with an earlier or the same time is ahead: their ids are smaller,
          // since this date's sign-ups are inserted one at a time under its lock (waitlistPosition()).
          waitlistPosition: status === "WAITLISTED" ? row.waitingBefore + 1 : null,
          guardianToken: signup.guardianToken,
        };
      }, TX_OPTIONS);
    },

    /** The participant cancels: allowed until the offer's cancellation deadline. */
    async cancel(input: { signupId: number; userId: number }): Promise<void> {
      const promoted = await endSignup(input.signupId, "CANCELLED", (row) => {
        if (row.userId !== input.userId) throw new SignupNotFoundError();
        if (row.status !== "WAITLISTED" && clock.now().getTime() >= row.startsAt.getTime() - row.cancelDeadlineMinutes * 60_000) {
          throw new CancelTooLateError();
        }
      });
      await tell("signup-promoted", promoted);
    },

    /** "Still coming? No": frees the seat at once, whatever the cancellation deadline. */
    async declineAttendance(input: { signupId: number; userId: number }): Promise<void> {
      const promoted = await endSignup(input.signupId, "CANCELLED", (row) => {
        if (row.userId !== input.userId) throw new SignupNotFoundError();
      });
      await tell("signup-promoted", promoted);
    },

    /**
     * Ends every upcoming active sign-up of a user (they erase their data): each frees its seats and
     * moves its waiting list as a cancellation would, whatever the cancellation deadline.
     * Returns how many were ended.
     */
    async withdrawAll(userId: number): Promise<number> {
      // Past dates hold no seats; their rows go with the user.
      const active = await db.signup.findMany({ where: { userId, status: { in: ACTIVE }, occurrence: { startsAt: { gt: clock.now() } } }, select: { id: true } });
      let ended = 0;
      for (const { id } of active) {
        const promoted = await endSignup(id, "CANCELLED", () => {}).catch((error: unknown) => {
          if (error instanceof SignupNotFoundError) return undefined; // ended meanwhile
          throw error;
        });
        if (promoted === undefined) continue;
        ended++;
        await tell("signup-promoted", promoted);
      }
      return ended;
    },

    listForUser,

    /** One of the user's sign-ups (for /my details and the .ics); SignupNotFoundError otherwise. */
    async getForUser(input: { signupId: number; userId: number; locale: string }): Promise<MySignup> {
      const mine = (await listForUser(input)).find((s) => s.signupId === input.signupId);
      if (!mine) throw new SignupNotFoundError();
      return mine;
    },

    /** The offer date a sign-up belongs to. */
    async occurrenceOf(signupId: number): Promise<number> {
      const row = await db.signup.findUnique({ where: { id: signupId }, select: { occurrenceId: true } });
      if (!row) throw new SignupNotFoundError();
      return row.occurrenceId;
    },

    /** What a guardian sees when opening the link. */
    async getGuardianRequest(input: { token: string; locale: string }): Promise<GuardianRequest> {
      const row = await db.signup.findUnique({ where: { guardianToken: input.token }, include: signupInclude });
      if (!row || !ACTIVE.includes(row.status as ActiveStatus) || row.guardianConfirmedAt || row.occurrence.startsAt <= clock.now()) {
        throw new GuardianLinkError("invalid");
      }
      return { ...noticeSignup(row, input.locale), status: row.status as ActiveStatus, childUserId: row.userId, ageBand: row.ageBand };
    },

    /** The guardian confirms or declines; the young person is told either way. */
    async guardianDecide(input: { token: string; guardianUserId: number; confirm: boolean }): Promise<{ confirmed: boolean }> {
      const row = await db.signup.findUnique({ where: { guardianToken: input.token }, select: { id: true, userId: true } });
      if (!row) throw new GuardianLinkError("invalid");
      if (row.userId === input.guardianUserId) throw new GuardianLinkError("self");
      if (!input.confirm) {
        const promoted = await endSignup(row.id, "DECLINED", () => {});
        await db.signup.update({ where: { id: row.id }, data: { guardianUserId: input.guardianUserId } });
        await tell("guardian-declined", [row.id]);
        await tell("signup-promoted", promoted);
        return { confirmed: false };
      }
      await db.$transaction(async (tx) => {
        const current = await tx.signup.findUniqueOrThrow({ where: { id: row.id }, select: { occurrenceId: true } });
        await lockOccurrence(tx, current.occurrenceId);
        const locked = await tx.signup.findUniqueOrThrow({ where: { id: row.id } });
        if (!ACTIVE.includes(locked.status as ActiveStatus) || locked.guardianConfirmedAt) throw new GuardianLinkError("invalid");
        const now = clock.now();
        await tx.signup.update({
          where: { id: row.id },
          data: {
            guardianConfirmedAt: now,
            guardianUserId: input.guardianUserId,
            // A waitlisted child stays waitlisted; when promoted, no second confirmation is needed.
            ...(locked.status === "PENDING_GUARDIAN" ? { status: "CONFIRMED", confirmedAt: now, guardianDeadline: null } : {}),
          },
        });
      }, TX_OPTIONS);
      await tell("guardian-confirmed", [row.id]);
      return { confirmed: true };
    },

    /**
     * The scheduled work of sign-ups, for one `now`: lapse guardian holds that ran out (and move
     * the waiting list), queue due reminders and "still coming?" questions. Each notice is claimed
     * in the database before it is queued, so it is queued once across restarts and instances.
     */
    async runScheduled(now: Date): Promise<{ lapsed: number; reminders: number; stillComing: number }> {
      const expired = await db.signup.findMany({ where: { status: "PENDING_GUARDIAN", guardianDeadline: { lte: now } }, select: { id: true } });
      let lapsed = 0;
      for (const { id } of expired) {
        const promoted = await endSignup(id, "LAPSED", (row) => {
          if (row.status !== "PENDING_GUARDIAN") throw new SignupNotFoundError();
        }).catch((error: unknown) => {
          if (error instanceof SignupNotFoundError) return undefined; // decided meanwhile
          throw error;
        });
        if (!promoted) continue;
        lapsed++;
        await tell("signup-lapsed", [id]);
        await tell("signup-promoted", promoted);
      }
      const reminders = await deliverClaimed("signup-reminder", await claimDue("reminder", now));
      const stillComing = await deliverClaimed("signup-still-coming", await claimDue("still-coming", now));
      return { lapsed, reminders, stillComing };
    },
  };
}

export type SignupsService = ReturnType<typeof createSignupsService>;
