// Staff manage their organization's offers: create, edit, publish (directly when the
// organization is trusted, else through the admins' approval queue), cancel, see who signed
// up, export the list, mark attendance. Every action checks the actor here and is audited;
// people who signed up are told when the time or place of their date changes or it is cancelled.
import { stringify } from "csv-stringify/sync";
import type { Db } from "../db/index.ts";
import { requireAdmin, requireStaffOf, type Actors } from "./actors.ts";
import type { AuditService } from "./audit.ts";
import { pickName } from "./catalog.ts";
import type { Clock } from "./clock.ts";
import { DomainError, ForbiddenError, ValidationError } from "./errors.ts";
import type { Logger } from "./logger-port.ts";
import type { Notice, NoticeOffer, Notifier } from "./notifier.ts";
import { OfferUnavailableError, type NewOffer, type OffersService } from "./offers.ts";
import { pickTranslation } from "./translations.ts";

export class OfferNotPendingError extends DomainError {
  constructor() {
    super("offer-not-pending");
  }
}

export type Participant = {
  signupId: number;
  listName: string;
  seats: number;
  childSeats: number;
  status: string;
  ageBand: string | null;
  attendance: string | null;
};

/** Excel opens UTF-8 CSV correctly (Arabic, Ukrainian names) only with a byte order mark. */
const BOM = "\uFEFF";
const REASON_MAX = 500;

export type OfferManagementDeps = {
  db: Db;
  clock: Clock;
  actors: Actors;
  audit: AuditService;
  offers: OffersService;
  notifier: Notifier;
  adminIds: readonly bigint[];
  log?: Logger;
};

export function createOfferManagementService({ db, clock, actors, audit, offers, notifier, adminIds, log }: OfferManagementDeps) {
  async function offerOf(offerId: number) {
    const offer = await db.offer.findUnique({ where: { id: offerId }, include: { organization: true, district: true, translations: true } });
    if (!offer) throw new OfferUnavailableError();
    return offer;
  }

  /** The offer's title for a reader of `locale` (translations.ts) and the place, for notices. */
  async function noticeOffer(offerId: number, locale: string | null, at?: { startsAt: Date; endsAt: Date | null }): Promise<NoticeOffer> {
    const offer = await offerOf(offerId);
    const title = pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? "";
    const district = offer.district ? pickName(offer.district.names, locale ?? "de", offer.district.slug) : undefined;
    return {
      offerId,
      title,
      startsAt: at?.startsAt ?? offer.startsAt,
      endsAt: at ? at.endsAt : offer.endsAt,
      place: [district, offer.address ?? offer.onlineUrl].filter(Boolean).join(" · ") || undefined,
    };
  }

  async function send(notice: Notice): Promise<void> {
    await notifier.send(notice).catch((error: unknown) => log?.warn({ err: error, kind: notice.kind }, "notice not sent"));
  }

  const recipientOf = (user: { telegramId: bigint; locale: string | null; telegramLocale: string | null }) => ({
    telegramId: user.telegramId,
    locale: user.locale ?? user.telegramLocale ?? undefined,
  });

  /** Everyone confirmed, waiting or pending a guardian for an upcoming date of the offer. */
  async function upcomingParticipants(offerId: number) {
    return db.signup.findMany({
      where: { occurrence: { offerId, startsAt: { gt: clock.now() } }, status: { in: ["CONFIRMED", "WAITLISTED", "PENDING_GUARDIAN"] } },
      include: { user: { select: { telegramId: true, locale: true, telegramLocale: true } }, occurrence: { select: { seq: true, startsAt: true, endsAt: true } } },
    });
  }

  async function notifyAdmins(offerId: number, organizationName: string): Promise<void> {
    const admins = await db.user.findMany({
      where: { OR: [{ role: "ADMIN" }, { telegramId: { in: [...adminIds] } }], blockedAt: null, deletedAt: null },
      select: { telegramId: true, locale: true, telegramLocale: true },
    });
    for (const admin of admins) {
      const to = recipientOf(admin);
      await send({ kind: "offer-pending", to, offer: await noticeOffer(offerId, to.locale ?? null), organizationName });
    }
  }

  const service = {
    /**
     * Creates an offer for the actor's organization. `publish`: trusted organizations and
     * admins publish at once; others submit to the approval queue and the admins are told.
     */
    async create(actorUserId: number, input: Omit<NewOffer, "status" | "createdByUserId" | "externalRef">, publish: boolean) {
      const actor = await actors.load(actorUserId);
      requireStaffOf(actor, input.organizationId, "create offer");
      const organization = await db.organization.findUnique({ where: { id: input.organizationId } });
      if (!organization) throw new ValidationError("organization");
      const status = !publish ? "DRAFT" : organization.trusted || actor.role === "ADMIN" ? "PUBLISHED" : "PENDING_APPROVAL";
      const { id } = await offers.saveOffer({ ...input, status, createdByUserId: actor.userId });
      await audit.record({ actorUserId: actor.userId, action: status === "PUBLISHED" ? "offer.published" : status === "PENDING_APPROVAL" ? "offer.submitted" : "offer.created", targetType: "offer", targetId: id });
      if (status === "PENDING_APPROVAL") await notifyAdmins(id, organization.name);
      return { id, status };
    },

    /**
     * Edits an offer of the actor's organization. When the time or place of a published offer
     * changes, everyone signed up for an upcoming date is told, in their language, what changed.
     */
    async edit(actorUserId: number, offerId: number, input: Omit<NewOffer, "status" | "createdByUserId" | "externalRef">) {
      const actor = await actors.load(actorUserId);
      const before = await offerOf(offerId);
      requireStaffOf(actor, before.organizationId, "edit offer");
      requireStaffOf(actor, input.organizationId, "move offer to another organization");
      const beforePlace = async (locale: string | null) => (await noticeOffer(offerId, locale)).place;
      const people = before.status === "PUBLISHED" ? await upcomingParticipants(offerId) : [];
      const placesBefore = new Map<string, string | undefined>();
      for (const p of people) placesBefore.set(p.user.locale ?? p.user.telegramLocale ?? "de", await beforePlace(p.user.locale ?? p.user.telegramLocale));

      await offers.saveOffer({ ...input, status: before.status }, { id: offerId });
      await audit.record({ actorUserId: actor.userId, action: "offer.edited", targetType: "offer", targetId: offerId });

      const after = await offerOf(offerId);
      const moved = after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt?.getTime() !== before.endsAt?.getTime();
      const relocated = after.address !== before.address || after.districtId !== before.districtId || after.onlineUrl !== before.onlineUrl;
      if (!moved && !relocated) return { notified: 0 };
      let notified = 0;
      for (const signup of people) {
        // The same date (seq) after the change; it may be gone if the series got shorter.
        const date = await db.offerOccurrence.findUnique({ where: { offerId_seq: { offerId, seq: signup.occurrence.seq } } });
        if (!date) continue;
        const to = recipientOf(signup.user);
        await send({
          kind: "offer-changed",
          to,
          offer: await noticeOffer(offerId, to.locale ?? null, date),
          before: { startsAt: signup.occurrence.startsAt, place: placesBefore.get(to.locale ?? "de") },
        });
        notified++;
      }
      return { notified };
    },

    /**
     * Moves an offer to a new start (its length, repeats and everything else stay); everyone
     * signed up for an upcoming date is told.
     */
    async reschedule(actorUserId: number, offerId: number, startsAt: Date): Promise<{ notified: number }> {
      if (startsAt <= clock.now()) throw new ValidationError("start time");
      const current = await offers.currentInput(offerId);
      const shift = startsAt.getTime() - current.startsAt.getTime();
      const later = (date: Date | undefined) => (date ? new Date(date.getTime() + shift) : undefined);
      return service.edit(actorUserId, offerId, { ...current, startsAt, endsAt: later(current.endsAt), recurrenceUntil: later(current.recurrenceUntil) });
    },

    /** Cancels an offer; everyone signed up for an upcoming date is told. */
    async cancel(actorUserId: number, offerId: number): Promise<{ notified: number }> {
      const actor = await actors.load(actorUserId);
      const offer = await offerOf(offerId);
      requireStaffOf(actor, offer.organizationId, "cancel offer");
      const people = await upcomingParticipants(offerId);
      await offers.setStatus(offerId, "CANCELLED");
      await audit.record({ actorUserId: actor.userId, action: "offer.cancelled", targetType: "offer", targetId: offerId });
      for (const signup of people) {
        const to = recipientOf(signup.user);
        await send({ kind: "offer-cancelled", to, offer: await noticeOffer(offerId, to.locale ?? null, signup.occurrence) });
      }
      return { notified: people.length };
    },

    /**
     * The offers of the actor's organization (admins: all), newest first, with their dates
     * from a week ago on: staff mark attendance after a date and look ahead to the next ones.
     */
    async listOwn(actorUserId: number, locale: string) {
      const actor = await actors.load(actorUserId);
      if (actor.role !== "ADMIN" && (actor.role !== "STAFF" || actor.organizationId === null)) throw new ForbiddenError("list own offers");
      const rows = await db.offer.findMany({
        where: actor.role === "ADMIN" ? {} : { organizationId: actor.organizationId! },
        orderBy: { id: "desc" },
        take: 30,
        include: {
          translations: { select: { locale: true, title: true } },
          occurrences: { where: { startsAt: { gte: new Date(clock.now().getTime() - 7 * 86_400_000) } }, orderBy: { startsAt: "asc" }, take: 8, select: { id: true, startsAt: true } },
        },
      });
      return rows.map((offer) => ({
        offerId: offer.id,
        status: offer.status,
        title: pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? "",
        dates: offer.occurrences,
      }));
    },

    /** Offers waiting for approval, oldest first (admins). */
    async pending(actorUserId: number) {
      requireAdmin(await actors.load(actorUserId), "list pending offers");
      return db.offer.findMany({
        where: { status: "PENDING_APPROVAL" },
        orderBy: { updatedAt: "asc" },
        select: { id: true, sourceLocale: true, organization: { select: { name: true } }, translations: { select: { locale: true, title: true } }, startsAt: true },
      });
    },

    async approve(actorUserId: number, offerId: number): Promise<void> {
      const actor = await actors.load(actorUserId);
      requireAdmin(actor, "approve offer");
      const offer = await offerOf(offerId);
      if (offer.status !== "PENDING_APPROVAL") throw new OfferNotPendingError();
      await offers.setStatus(offerId, "PUBLISHED");
      await db.offer.update({ where: { id: offerId }, data: { rejectionReason: null } });
      await audit.record({ actorUserId: actor.userId, action: "offer.approved", targetType: "offer", targetId: offerId });
      await tellAuthor(offer.createdByUserId, offerId, "offer-approved");
    },

    async reject(actorUserId: number, offerId: number, reason: string): Promise<void> {
      const actor = await actors.load(actorUserId);
      requireAdmin(actor, "reject offer");
      const text = reason.replace(/[\p{Cc}\p{Cf}]/gu, " ").trim();
      if (!text || text.length > REASON_MAX) throw new ValidationError("reason");
      const offer = await offerOf(offerId);
      if (offer.status !== "PENDING_APPROVAL") throw new OfferNotPendingError();
      await offers.setStatus(offerId, "DRAFT");
      await db.offer.update({ where: { id: offerId }, data: { rejectionReason: text } });
      await audit.record({ actorUserId: actor.userId, action: "offer.rejected", targetType: "offer", targetId: offerId });
      await tellAuthor(offer.createdByUserId, offerId, "offer-rejected", text);
    },

    /** Who signed up for one date: name, seats, status, age band and attendance. */
    async participants(actorUserId: number, occurrenceId: number): Promise<Participant[]> {
      const actor = await actors.load(actorUserId);
      const occurrence = await db.offerOccurrence.findUnique({ where: { id: occurrenceId }, include: { offer: { select: { organizationId: true } } } });
      if (!occurrence) throw new OfferUnavailableError();
      requireStaffOf(actor, occurrence.offer.organizationId, "see participants");
      const rows = await db.signup.findMany({
        where: { occurrenceId, status: { in: ["CONFIRMED", "WAITLISTED", "PENDING_GUARDIAN"] } },
        orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map((r) => ({ signupId: r.id, listName: r.listName, seats: r.seats, childSeats: r.childSeats, status: r.status, ageBand: r.ageBand, attendance: r.attendance }));
    },

    /** The participant list as CSV (UTF-8 with BOM, for Excel), with column names in `header`. */
    async exportCsv(actorUserId: number, occurrenceId: number, header: Record<keyof Omit<Participant, "signupId">, string>): Promise<string> {
      const list = await service.participants(actorUserId, occurrenceId);
      await audit.record({ actorUserId, action: "participants.exported", targetType: "occurrence", targetId: occurrenceId });
      const columns = (Object.keys(header) as (keyof typeof header)[]).map((key) => ({ key, header: header[key] }));
      // A name starting with = + - @ would run as a formula in a spreadsheet: quote it as text.
      const safe = list.map((p) => ({ ...p, listName: /^[=+\-@]/.test(p.listName) ? `'${p.listName}` : p.listName }));
      return BOM + stringify(safe, { header: true, columns });
    },

    /** After the start, staff mark who came. */
    async markAttendance(actorUserId: number, signupId: number, attendance: "PRESENT" | "ABSENT"): Promise<void> {
      const actor = await actors.load(actorUserId);
      const signup = await db.signup.findUnique({ where: { id: signupId }, include: { occurrence: { include: { offer: { select: { organizationId: true } } } } } });
      if (!signup) throw new OfferUnavailableError();
      requireStaffOf(actor, signup.occurrence.offer.organizationId, "mark attendance");
      if (signup.occurrence.startsAt > clock.now()) throw new ValidationError("attendance before the start");
      await db.signup.update({ where: { id: signupId }, data: { attendance } });
      await audit.record({ actorUserId: actor.userId, action: "offer.attendance", targetType: "signup", targetId: signupId });
    },
  };
  return service;

  async function tellAuthor(authorId: number | null, offerId: number, kind: "offer-approved" | "offer-rejected", reason?: string): Promise<void> {
    if (!authorId) return;
    const author = await db.user.findUnique({ where: { id: authorId }, select: { telegramId: true, locale: true, telegramLocale: true, blockedAt: true } });
    if (!author || author.blockedAt) return;
    const to = recipientOf(author);
    const offer = await noticeOffer(offerId, to.locale ?? null);
    await send(kind === "offer-rejected" ? { kind, to, offer, reason: reason ?? "" } : { kind, to, offer });
  }
}

export type OfferManagementService = ReturnType<typeof createOfferManagementService>;
