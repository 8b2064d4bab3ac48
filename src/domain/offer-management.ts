// Staff manage their organization's offers: create, edit, publish (directly when the
// organization is trusted, else through the admins' approval queue), cancel, see who signed
// up, export the list, mark attendance. An untrusted organization's change to a published
// offer waits for an admin as a revision (offer-revisions.ts) while the published version stays. Every action checks the actor here and is audited;
// people who signed up are told when the time or place of their date changes or it is cancelled.
import type { Db } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { requireAdmin, requireStaffOf, type Actor, type Actors } from "./actors.ts";
import type { AuditAction, AuditService } from "./audit.ts";
import { pickName } from "./catalog.ts";
import { spreadsheetCsv } from "./csv.ts";
import type { Clock } from "./clock.ts";
import { DomainError, ForbiddenError, ValidationError } from "./errors.ts";
import { isLocale, type Locale } from "./locales.ts";
import type { Logger } from "./logger-port.ts";
import type { MachineTranslationService } from "./machine-translation.ts";
import type { Notice, NoticeOffer, Notifier } from "./notifier.ts";
import { changesBetween, editFromRevision, revisionData, RevisionNotPendingError, type OfferEdit, type RevisionChange } from "./offer-revisions.ts";
import {
  machineVersions,
  OFFER_TEXT_LIMITS,
  offerFields,
  offerSourceHash,
  outdatedVersions,
  settleVersions,
  type OfferTexts,
  type OfferTextVersion,
  type SettledVersion,
  type TranslationGap,
} from "./offer-translation.ts";
import { OfferUnavailableError, type NewOffer, type OffersService } from "./offers.ts";
import { pickTranslation } from "./translations.ts";

export class OfferNotPendingError extends DomainError {
  constructor() {
    super("offer-not-pending");
  }
}

/**
 * Who acts: a loaded staff member or admin, or the system acting for one organization (a
 * subscribed calendar: no user, the organization's own rules).
 */
export type Acting = Omit<Actor, "userId"> & { userId: number | null };

export type Participant = {
  signupId: number;
  listName: string;
  seats: number;
  childSeats: number;
  status: string;
  ageBand: string | null;
  attendance: string | null;
};

const REASON_MAX = 500;
/** Offers the background job translates per run at most. */
export const BACKFILL_BATCH = 20;

/** What an edit did to the other language versions: human ones now out of date, machine ones that could not be made again. */
export type EditTranslations = { outdated: Locale[]; removed: Locale[] };

export type OfferManagementDeps = {
  db: Db;
  clock: Clock;
  actors: Actors;
  audit: AuditService;
  offers: OffersService;
  notifier: Notifier;
  adminIds: readonly bigint[];
  /** Machine translation of offer texts (the engine; off when its provider is). */
  translation: Pick<MachineTranslationService, "providerName" | "supported" | "translate">;
  log?: Logger;
};

export function createOfferManagementService({ db, clock, actors, audit, offers, notifier, adminIds, translation, log }: OfferManagementDeps) {
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

  /**
   * What the provider must leave as it is: the organization's name, the district's name in the
   * source language, the address.
   */
  async function keepNames(input: { organizationId: number; districtId?: number | null; address?: string | null; sourceLocale: string }): Promise<string[]> {
    const organization = await db.organization.findUnique({ where: { id: input.organizationId }, select: { name: true } });
    const district = input.districtId ? await db.district.findUnique({ where: { id: input.districtId }, select: { names: true, slug: true } }) : null;
    const names = [organization?.name, district ? pickName(district.names, input.sourceLocale, district.slug) : undefined, input.address ?? undefined];
    return [...new Set(names.filter((n): n is string => Boolean(n?.trim())))];
  }

  /**
   * The versions of an edit with origins settled against what is stored, and the machine ones
   * made from older texts made again (removed when that fails: readers then get the fallback
   * and the background job tries again).
   */
  async function refreshedVersions(before: Awaited<ReturnType<typeof offerOf>>, input: OfferEdit): Promise<{ versions: Partial<Record<Locale, SettledVersion>>; translations: EditTranslations }> {
    const versions = settleVersions(input.texts, input.sourceLocale, before.translations);
    const { machine, human } = outdatedVersions(versions, input.sourceLocale);
    const removed: Locale[] = [];
    if (machine.length) {
      const source = versions[input.sourceLocale]!;
      const results = translation.providerName
        ? await translation.translate({ source: input.sourceLocale, fields: offerFields(source), targets: machine, limits: OFFER_TEXT_LIMITS, keep: await keepNames(input) })
        : [];
      const fresh = machineVersions(results, source).versions;
      for (const locale of machine) {
        if (fresh[locale]) versions[locale] = fresh[locale];
        else {
          delete versions[locale];
          removed.push(locale);
        }
      }
    }
    return { versions, translations: { outdated: human, removed } };
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

  /** Every admin who can be told something, in their language. */
  async function adminRecipients() {
    const admins = await db.user.findMany({
      where: { OR: [{ role: "ADMIN" }, { telegramId: { in: [...adminIds] } }], blockedAt: null, deletedAt: null },
      select: { telegramId: true, locale: true, telegramLocale: true },
    });
    return admins.map(recipientOf);
  }

  async function notifyAdmins(offerId: number, organizationName: string, kind: "offer-pending" | "offer-revision-pending" = "offer-pending"): Promise<void> {
    for (const to of await adminRecipients()) {
      await send({ kind, to, offer: await noticeOffer(offerId, to.locale ?? null), organizationName });
    }
  }

  /** How a write made for an import tells the admins: not per offer (`quiet`); the import sends one summary (importAwaiting). */
  type Telling = { quiet?: boolean };

  const service = {
    /**
     * Creates an offer for the actor's organization. `publish`: trusted organizations and
     * admins publish at once; others submit to the approval queue and the admins are told.
     */
    async create(actorUserId: number, input: Omit<NewOffer, "status" | "createdByUserId" | "externalRef">, publish: boolean) {
      return service.createAs(await actors.load(actorUserId), input, publish);
    },

    /**
     * create for an actor already loaded, or the system acting for an organization; an import
     * passes its `externalRef`, which later imports find the offer by.
     */
    async createAs(actor: Acting, input: Omit<NewOffer, "status" | "createdByUserId" | "externalRef">, publish: boolean, externalRef?: string, telling: Telling = {}) {
      requireStaffOf(actor, input.organizationId, "create offer");
      const organization = await db.organization.findUnique({ where: { id: input.organizationId } });
      if (!organization) throw new ValidationError("organization");
      const status = !publish ? "DRAFT" : organization.trusted || actor.role === "ADMIN" ? "PUBLISHED" : "PENDING_APPROVAL";
      const { id } = await offers.saveOffer({ ...input, status, createdByUserId: actor.userId ?? undefined, externalRef });
      await audit.record({ actorUserId: actor.userId, action: status === "PUBLISHED" ? "offer.published" : status === "PENDING_APPROVAL" ? "offer.submitted" : "offer.created", targetType: "offer", targetId: id });
      if (status === "PENDING_APPROVAL" && !telling.quiet) await notifyAdmins(id, organization.name);
      return { id, status };
    },

    /**
     * Edits an offer of the actor's organization. A published offer of an untrusted
     * organization stays as it is and the change waits for an admin as a revision (a newer
     * change replaces the waiting one); otherwise it is saved at once, and when the time or
     * place of a published offer changes, everyone signed up for an upcoming date is told.
     */
    async edit(actorUserId: number, offerId: number, input: OfferEdit): Promise<{ notified: number; awaitingApproval: boolean; translations: EditTranslations }> {
      return service.editAs(await actors.load(actorUserId), offerId, input);
    },

    /**
     * After an import (a file or the subscribed calendar) of an untrusted organization: one
     * notice to each admin that `count` of its offers or changes wait for approval, instead of
     * one per offer.
     */
    async importAwaiting(organizationId: number, count: number): Promise<void> {
      if (count <= 0) return;
      const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
      if (!organization) return;
      for (const to of await adminRecipients()) await send({ kind: "import-pending", to, organizationName: organization.name, count });
    },

    /** edit for an actor already loaded, or the system acting for an organization. */
    async editAs(actor: Acting, offerId: number, input: OfferEdit, telling: Telling = {}): Promise<{ notified: number; awaitingApproval: boolean; translations: EditTranslations }> {
      const before = await offerOf(offerId);
      requireStaffOf(actor, before.organizationId, "edit offer");
      requireStaffOf(actor, input.organizationId, "move offer to another organization");
      if (needsReview(actor, before)) {
        const outdated = await propose(actor.userId, before, input, telling);
        return { notified: 0, awaitingApproval: true, translations: { outdated, removed: [] } };
      }
      return { ...(await applyEdit(actor.userId, before, input, "offer.edited")), awaitingApproval: false };
    },

    /**
     * The language versions of an offer as an edit starts from (the waiting change, when one
     * of an untrusted organization waits), each with where it came from.
     */
    async ownTexts(actorUserId: number, offerId: number): Promise<{ sourceLocale: Locale; texts: Partial<Record<Locale, OfferTextVersion>> }> {
      const actor = await actors.load(actorUserId);
      const offer = await offerOf(offerId);
      requireStaffOf(actor, offer.organizationId, "edit offer");
      const waiting = needsReview(actor, offer) ? await pendingRevisionOf(offerId) : null;
      const current = waiting ? editFromRevision(waiting.data) : await offers.currentInput(offerId);
      return { sourceLocale: current.sourceLocale, texts: current.texts };
    },

    /**
     * Machine translations of a draft's texts (before it is saved) into `targets`, for staff of
     * the organization: the versions made, and the languages not made with the reason.
     * A provider that answers with no languages at all counts as unreachable.
     */
    async translateDraft(
      actorUserId: number,
      input: { organizationId: number; sourceLocale: Locale; texts: OfferTexts; targets: readonly Locale[]; districtId?: number; address?: string },
    ): Promise<{ versions: Partial<Record<Locale, SettledVersion>>; gaps: TranslationGap[] }> {
      const actor = await actors.load(actorUserId);
      requireStaffOf(actor, input.organizationId, "translate offer");
      const targets = [...new Set(input.targets)].filter((l) => l !== input.sourceLocale);
      if (!translation.providerName) return { versions: {}, gaps: targets.map((locale) => ({ locale, reason: "unsupported" as const })) };
      if ((await translation.supported(input.sourceLocale)).length === 0) return { versions: {}, gaps: targets.map((locale) => ({ locale, reason: "unavailable" as const })) };
      const keep = await keepNames(input);
      const results = await translation.translate({ source: input.sourceLocale, fields: offerFields(input.texts), targets, limits: OFFER_TEXT_LIMITS, keep });
      return machineVersions(results, input.texts);
    },

    /**
     * The background job: published, waiting and draft offers with a date ahead whose
     * languages the provider has are missing, or whose machine versions were made from older
     * texts, are translated (at most `limit` offers, soonest first). Nothing without a provider;
     * the run stops when the provider is unreachable or the budget is used up.
     */
    async backfillTranslations(now: Date, limit = BACKFILL_BATCH): Promise<{ offers: number; stored: number; gaps: number }> {
      const done = { offers: 0, stored: 0, gaps: 0 };
      if (!translation.providerName) return done;
      const sources = await db.offer.findMany({
        where: { status: { in: ["PUBLISHED", "PENDING_APPROVAL", "DRAFT"] }, occurrences: { some: { startsAt: { gte: now } } } },
        distinct: ["sourceLocale"],
        select: { sourceLocale: true },
      });
      for (const { sourceLocale } of sources) {
        if (!isLocale(sourceLocale) || done.offers >= limit) continue;
        const supported = await translation.supported(sourceLocale);
        if (supported.length === 0) continue;
        const wanted = Prisma.join(supported.map((l) => Prisma.sql`(${l})`));
        const rows = await db.$queryRaw<{ id: number }[]>`
          SELECT f.id FROM offers f
          JOIN offer_translations s ON s.offer_id = f.id AND s.locale = f.source_locale
          JOIN LATERAL (SELECT min(o.starts_at) AS next FROM offer_occurrences o WHERE o.offer_id = f.id AND o.starts_at >= ${now}) n ON n.next IS NOT NULL
          WHERE f.source_locale = ${sourceLocale} AND f.status::text IN ('PUBLISHED', 'PENDING_APPROVAL', 'DRAFT')
            AND (
              EXISTS (SELECT 1 FROM (VALUES ${wanted}) AS l(locale) WHERE NOT EXISTS (SELECT 1 FROM offer_translations tr WHERE tr.offer_id = f.id AND tr.locale = l.locale))
              OR EXISTS (SELECT 1 FROM offer_translations tr WHERE tr.offer_id = f.id AND tr.origin::text = 'MACHINE' AND tr.source_hash IS DISTINCT FROM s.source_hash)
            )
          ORDER BY n.next, f.id
          LIMIT ${limit - done.offers}`;
        for (const { id } of rows) {
          const offer = await offerOf(id);
          const stored = offer.translations.find((t) => t.locale === sourceLocale);
          if (!stored) continue;
          const source: OfferTexts = { title: stored.title, summary: stored.summary, details: stored.details ?? undefined, accessibility: stored.accessibility ?? undefined };
          const hash = offerSourceHash(source);
          const have = new Set(offer.translations.map((t) => t.locale));
          const stale = offer.translations.filter((t) => t.origin === "MACHINE" && t.sourceHash !== hash && isLocale(t.locale)).map((t) => t.locale as Locale);
          const targets = [...supported.filter((l) => !have.has(l)), ...stale];
          done.offers++;
          if (targets.length === 0) {
            // Only the source's own hash was missing (stored before hashes existed).
            await offers.storeMachineVersions(id, hash, {});
            continue;
          }
          const results = await translation.translate({ source: sourceLocale, fields: offerFields(source), targets, limits: OFFER_TEXT_LIMITS, keep: await keepNames(offer) });
          const { versions, gaps } = machineVersions(results, source);
          done.stored += await offers.storeMachineVersions(id, hash, versions, stale.filter((l) => !versions[l]));
          done.gaps += gaps.length;
          if (gaps.some((g) => g.reason === "unavailable" || g.reason === "budget")) {
            log?.info({ offerId: id, reasons: [...new Set(gaps.map((g) => g.reason))] }, "translation backfill stopped");
            return done;
          }
        }
      }
      return done;
    },

    /**
     * Moves an offer to a new start (its length, repeats and everything else stay); everyone
     * signed up for an upcoming date is told.
     */
    async reschedule(actorUserId: number, offerId: number, startsAt: Date): Promise<{ notified: number; awaitingApproval: boolean }> {
      if (startsAt <= clock.now()) throw new ValidationError("start time");
      // A change that will wait for approval builds on the one already waiting, so that
      // moving the time does not drop a new title the admin has not seen yet.
      const waiting = needsReview(await actors.load(actorUserId), await offerOf(offerId)) ? await pendingRevisionOf(offerId) : null;
      const current = waiting ? editFromRevision(waiting.data) : await offers.currentInput(offerId);
      const shift = startsAt.getTime() - current.startsAt.getTime();
      const later = (date: Date | undefined) => (date ? new Date(date.getTime() + shift) : undefined);
      return service.edit(actorUserId, offerId, { ...current, startsAt, endsAt: later(current.endsAt), recurrenceUntil: later(current.recurrenceUntil) });
    },

    /** Cancels an offer; everyone signed up for an upcoming date is told. */
    async cancel(actorUserId: number, offerId: number): Promise<{ notified: number }> {
      return service.cancelAs(await actors.load(actorUserId), offerId);
    },

    /** cancel for an actor already loaded, or the system acting for an organization. */
    async cancelAs(actor: Acting, offerId: number): Promise<{ notified: number }> {
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

    /** The change waiting for approval of an offer (as saveOffer takes it), if there is one: an import compares with it. */
    async pendingEdit(offerId: number): Promise<OfferEdit | undefined> {
      const waiting = await pendingRevisionOf(offerId);
      return waiting ? editFromRevision(waiting.data) : undefined;
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

    /**
     * One offer of the actor's organization (admins: any) as /myoffers shows it, with its dates
     * from a week ago on; "forbidden" for anyone else, before a screen or conversation opens.
     */
    async ownOffer(actorUserId: number, offerId: number, locale: string) {
      const actor = await actors.load(actorUserId);
      const offer = await db.offer.findUnique({
        where: { id: offerId },
        include: {
          translations: { select: { locale: true, title: true } },
          occurrences: { where: { startsAt: { gte: new Date(clock.now().getTime() - 7 * 86_400_000) } }, orderBy: { startsAt: "asc" }, take: 8, select: { id: true, startsAt: true } },
        },
      });
      if (!offer) throw new OfferUnavailableError();
      requireStaffOf(actor, offer.organizationId, "open offer");
      const changeWaiting = offer.status === "PUBLISHED" && (await db.offerRevision.count({ where: { offerId, status: "PENDING" } })) > 0;
      return { offerId: offer.id, status: offer.status, title: pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? "", dates: offer.occurrences, changeWaiting };
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

    /** Changes to published offers waiting for approval, oldest first (admins). */
    async pendingRevisions(actorUserId: number) {
      requireAdmin(await actors.load(actorUserId), "list pending revisions");
      const rows = await db.offerRevision.findMany({
        where: { status: "PENDING", offer: { status: "PUBLISHED" } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          offerId: true,
          createdAt: true,
          offer: { select: { sourceLocale: true, organization: { select: { name: true } }, translations: { select: { locale: true, title: true } } } },
        },
      });
      return rows.map((r) => ({ id: r.id, offerId: r.offerId, createdAt: r.createdAt, sourceLocale: r.offer.sourceLocale, organization: r.offer.organization, translations: r.offer.translations }));
    },

    /**
     * One waiting revision for the admin: the offer's published title, who proposed it, and
     * only the fields that differ, old next to new (category and district names in `locale`).
     */
    async revision(actorUserId: number, revisionId: number, locale: string) {
      requireAdmin(await actors.load(actorUserId), "see revision");
      const revision = await waitingRevision(revisionId);
      const offer = await offerOf(revision.offerId);
      const categories = await db.category.findMany({ select: { id: true, names: true } });
      const districts = await db.district.findMany({ select: { id: true, names: true, slug: true } });
      const names = {
        category: (id: string) => {
          const category = categories.find((c) => c.id === id);
          return category ? pickName(category.names, locale, id) : id;
        },
        district: (id: number | undefined) => {
          const district = districts.find((d) => d.id === id);
          return district ? pickName(district.names, locale, district.slug) : null;
        },
      };
      const changes: RevisionChange[] = changesBetween(await offers.currentInput(revision.offerId), editFromRevision(revision.data), names);
      return {
        id: revision.id,
        offerId: revision.offerId,
        createdAt: revision.createdAt,
        title: pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? "",
        organizationName: offer.organization.name,
        changes,
      };
    },

    /**
     * Publishes a waiting revision through the same path as a trusted edit: participants are
     * told when the time or place changed, and the author is told it is live.
     */
    async approveRevision(actorUserId: number, revisionId: number): Promise<{ notified: number; translations: EditTranslations }> {
      const actor = await actors.load(actorUserId);
      requireAdmin(actor, "approve revision");
      const revision = await waitingRevision(revisionId);
      // Claimed first, so that two admins pressing at once publish it once.
      const { count } = await db.offerRevision.updateMany({ where: { id: revisionId, status: "PENDING" }, data: { status: "APPROVED", decidedAt: clock.now() } });
      if (count === 0) throw new RevisionNotPendingError();
      let result: { notified: number; translations: EditTranslations };
      try {
        result = await applyEdit(actor.userId, await offerOf(revision.offerId), editFromRevision(revision.data), "offer.revision.approved", { revisionId });
      } catch (error) {
        await db.offerRevision.update({ where: { id: revisionId }, data: { status: "PENDING", decidedAt: null } });
        throw error;
      }
      await tellAuthor(revision.authorUserId, revision.offerId, "offer-revision-approved");
      return result;
    },

    /** Sends a waiting revision back with a reason; the published version stays. */
    async rejectRevision(actorUserId: number, revisionId: number, reason: string): Promise<void> {
      const actor = await actors.load(actorUserId);
      requireAdmin(actor, "reject revision");
      const text = cleanReason(reason);
      const revision = await waitingRevision(revisionId);
      const { count } = await db.offerRevision.updateMany({ where: { id: revisionId, status: "PENDING" }, data: { status: "REJECTED", reason: text, decidedAt: clock.now() } });
      if (count === 0) throw new RevisionNotPendingError();
      await audit.record({ actorUserId: actor.userId, action: "offer.revision.rejected", targetType: "offer", targetId: revision.offerId, details: { revisionId } });
      await tellAuthor(revision.authorUserId, revision.offerId, "offer-revision-rejected", text);
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
      const text = cleanReason(reason);
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
      // A name starting with = + - @ would run as a formula in a spreadsheet: csv.ts defuses it.
      return spreadsheetCsv(list, columns);
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

  /** An untrusted organization's change to a published offer waits for an admin; admins and trusted organizations publish at once. */
  function needsReview(actor: { role: string }, offer: { status: string; organization: { trusted: boolean } }): boolean {
    return offer.status === "PUBLISHED" && actor.role !== "ADMIN" && !offer.organization.trusted;
  }

  function cleanReason(reason: string): string {
    const text = reason.replace(/[\p{Cc}\p{Cf}]/gu, " ").trim();
    if (!text || text.length > REASON_MAX) throw new ValidationError("reason");
    return text;
  }

  async function pendingRevisionOf(offerId: number) {
    return db.offerRevision.findFirst({ where: { offerId, status: "PENDING" }, orderBy: { id: "desc" } });
  }

  /** A revision an admin can still decide: pending, and its offer still published. */
  async function waitingRevision(revisionId: number) {
    const revision = await db.offerRevision.findUnique({ where: { id: revisionId }, include: { offer: { select: { status: true } } } });
    if (!revision || revision.status !== "PENDING" || revision.offer.status !== "PUBLISHED") throw new RevisionNotPendingError();
    return revision;
  }

  /**
   * Stores the change as the offer's one waiting revision (replacing an older one) and tells the
   * admins. Its versions keep their origins; machine ones are made again when it is approved.
   * Returns the human versions it leaves out of date.
   */
  async function propose(authorUserId: number | null, offer: Awaited<ReturnType<typeof offerOf>>, proposed: OfferEdit, telling: Telling = {}): Promise<Locale[]> {
    offers.validate({ ...proposed, status: offer.status });
    const versions = settleVersions(proposed.texts, proposed.sourceLocale, offer.translations);
    const input: OfferEdit = { ...proposed, texts: versions };
    const revision = await db.$transaction(async (tx) => {
      // One waiting revision per offer: two edits at once queue on the offer's row.
      await tx.$queryRaw`SELECT id FROM offers WHERE id = ${offer.id} FOR UPDATE`;
      await tx.offerRevision.updateMany({ where: { offerId: offer.id, status: "PENDING" }, data: { status: "REPLACED", decidedAt: clock.now() } });
      return tx.offerRevision.create({ data: { offerId: offer.id, data: revisionData(input), authorUserId, createdAt: clock.now() }, select: { id: true } });
    });
    await audit.record({ actorUserId: authorUserId, action: "offer.revision.submitted", targetType: "offer", targetId: offer.id, details: { revisionId: revision.id } });
    if (!telling.quiet) await notifyAdmins(offer.id, offer.organization.name, "offer-revision-pending");
    return outdatedVersions(versions, input.sourceLocale).human;
  }

  /**
   * Saves an edit over the offer as it is (a trusted edit, or an approved revision); when the
   * time or place of a published offer changes, everyone signed up for an upcoming date is told,
   * in their language, what changed.
   */
  async function applyEdit(
    actorUserId: number | null,
    before: Awaited<ReturnType<typeof offerOf>>,
    input: OfferEdit,
    action: AuditAction,
    details?: { revisionId: number },
  ): Promise<{ notified: number; translations: EditTranslations }> {
    const offerId = before.id;
    const beforePlace = async (locale: string | null) => (await noticeOffer(offerId, locale)).place;
    const people = before.status === "PUBLISHED" ? await upcomingParticipants(offerId) : [];
    const placesBefore = new Map<string, string | undefined>();
    for (const p of people) placesBefore.set(p.user.locale ?? p.user.telegramLocale ?? "de", await beforePlace(p.user.locale ?? p.user.telegramLocale));

    offers.validate({ ...input, status: before.status });
    const { versions, translations } = await refreshedVersions(before, input);
    await offers.saveOffer({ ...input, texts: versions, status: before.status }, { id: offerId });
    await audit.record({ actorUserId, action, targetType: "offer", targetId: offerId, details });

    const after = await offerOf(offerId);
    const moved = after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt?.getTime() !== before.endsAt?.getTime();
    const relocated = after.address !== before.address || after.districtId !== before.districtId || after.onlineUrl !== before.onlineUrl;
    if (!moved && !relocated) return { notified: 0, translations };
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
    return { notified, translations };
  }

  async function tellAuthor(
    authorId: number | null,
    offerId: number,
    kind: "offer-approved" | "offer-rejected" | "offer-revision-approved" | "offer-revision-rejected",
    reason?: string,
  ): Promise<void> {
    if (!authorId) return;
    const author = await db.user.findUnique({ where: { id: authorId }, select: { telegramId: true, locale: true, telegramLocale: true, blockedAt: true } });
    if (!author || author.blockedAt) return;
    const to = recipientOf(author);
    const offer = await noticeOffer(offerId, to.locale ?? null);
    await send(kind === "offer-rejected" || kind === "offer-revision-rejected" ? { kind, to, offer, reason: reason ?? "" } : { kind, to, offer });
  }
}

export type OfferManagementService = ReturnType<typeof createOfferManagementService>;
