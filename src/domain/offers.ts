// Offers: what is on, where, when, for whom, in which languages. Residents list, filter,
// search and open them. saveOffer and setStatus are data access without an actor: staff reach
// them only through offer-management.ts (which checks who acts); the demo seed and tests use
// them directly. The bot is never handed them (botServices in index.ts).
import { DateTime } from "luxon";
import type { Db, DirectQuery } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Clock } from "./clock.ts";
import { DomainError, ValidationError } from "./errors.ts";
import { isLocale, type Locale } from "./locales.ts";
import { expandOccurrences, type RecurrenceRule } from "./recurrence.ts";
import { pickName } from "./catalog.ts";
import { offerSourceHash, settleVersions, type OfferTextVersion, type SettledVersion, type TextOrigin } from "./offer-translation.ts";
import { foldForSearch, searchWords } from "./search-text.ts";
import { translationOrder } from "./translations.ts";
import { createScreenCache, type ScreenCache } from "./screen-cache.ts";
import { buildListing, type ListedCategoryRow, type ListedDateRow, type ListedDistrictRow, type ListedTitleRow, type Listing, type OfferCard, type OfferFilter, type OfferPage, type WhenFilter } from "./listing.ts";

export type { OfferTexts } from "./offer-translation.ts";
export { WHEN_FILTERS, type OfferCard, type OfferFilter, type OfferPage, type WhenFilter } from "./listing.ts";

export type OfferStatus = "DRAFT" | "PENDING_APPROVAL" | "PUBLISHED" | "CANCELLED";

/** The ages the "for young people" filter means; config YOUTH_AGES. */
export const YOUTH_AGE = { min: 12, max: 17 } as const;
export type AgeRange = Readonly<{ min: number; max: number }>;

/** The offer is cancelled, deleted, unpublished or over. */
export class OfferUnavailableError extends DomainError {
  constructor() {
    super("offer-unavailable");
  }
}

export type OfferDetails = OfferCard &
  Readonly<{
    /** The language the author wrote in ("Show original"). */
    sourceLocale: string;
    summary: string;
    details: string | undefined;
    accessibility: string | undefined;
    categoryName: string;
    organizationName: string;
    organizationContact: string | undefined;
    address: string | undefined;
    latitude: number | undefined;
    longitude: number | undefined;
    onlineUrl: string | undefined;
    recurrence: RecurrenceRule;
    recurrenceUntil: Date | undefined;
    costText: string | undefined;
    ageMin: number | undefined;
    ageMax: number | undefined;
    languages: readonly string[];
    signupRequired: boolean;
    capacity: number | undefined;
  }>;

/** The most dates a listing counts (100 pages of 5). */
export const COUNT_CAP = 500;

export type NewOffer = {
  externalRef?: string;
  organizationId: number;
  categoryId: string;
  districtId?: number;
  address?: string;
  latitude?: number;
  longitude?: number;
  onlineUrl?: string;
  startsAt: Date;
  endsAt?: Date;
  recurrence?: RecurrenceRule;
  recurrenceUntil?: Date;
  costText?: string;
  ageMin?: number;
  ageMax?: number;
  languages?: string[];
  signupRequired?: boolean;
  capacity?: number;
  maxSeatsPerSignup?: number;
  signupClosesMinutesBefore?: number;
  cancelDeadlineMinutes?: number;
  reminderLeadMinutes?: number;
  status?: OfferStatus;
  /** The staff member who created it. */
  createdByUserId?: number;
  sourceLocale: Locale;
  /**
   * At least the source language. Each version may say where it came from (origin, provider,
   * sourceHash); left out, offer-translation.ts settleVersions decides.
   */
  texts: Partial<Record<Locale, OfferTextVersion>>;
};

const forYouth = (youth: AgeRange, ageMin: number | null | undefined, ageMax: number | null | undefined) =>
  (ageMin != null || ageMax != null) && (ageMin ?? 0) <= youth.max && (ageMax ?? 200) >= youth.min;

export type OffersServiceDeps = {
  db: Db;
  /** The driver beneath Prisma, for the reads behind a list page and an offer card (see DirectQuery). */
  sql: DirectQuery;
  clock: Clock;
  timezone: string;
  youthAges?: AgeRange;
  /** Where list pages and cards are kept (screen-cache.ts); shared by the services that change them. */
  cache?: ScreenCache;
};

export function createOffersService({ db, sql, clock, timezone, youthAges = YOUTH_AGE, cache = createScreenCache() }: OffersServiceDeps) {
  /**
   * A list page's and an offer card's reads, each a tap that missed the screen cache: Prisma's
   * SQL fragments, run on the driver (about 1 ms of CPU less per query). Their columns are
   * int, text, boolean, jsonb, float8, timestamptz and text[], which pg and PGlite decode alike.
   */
  const direct = <Row>(query: Prisma.Sql) => sql<Row>(query.text, query.values);

  // The end of "today" and "this week" is the same moment all day or week long; luxon's
  // time-zone arithmetic costs ~0.1 ms, so each is computed once per day or week (hot path:
  // every list tap with such a filter).
  const fixedEnds = new Map<WhenFilter, { from: number; until: number; end: Date }>();
  function windowEnd(when: WhenFilter | undefined, now: Date): Date | undefined {
    if (when === "today" || when === "week") {
      const known = fixedEnds.get(when);
      if (known && now.getTime() >= known.from && now.getTime() <= known.until) return known.end;
      const local = DateTime.fromJSDate(now, { zone: timezone });
      const unit = when === "today" ? "day" : "week"; // ISO week: ends Sunday night
      const end = local.endOf(unit).toJSDate();
      fixedEnds.set(when, { from: local.startOf(unit).toMillis(), until: end.getTime(), end });
      return end;
    }
    if (when === "months2") return DateTime.fromJSDate(now, { zone: timezone }).plus({ months: 2 }).toJSDate();
    return undefined;
  }

  /** The columns of a card, over offer_occurrences "o" joined by cardJoins. */
  const CARD_COLUMNS = Prisma.sql`o.id AS "occurrenceId", o.offer_id AS "offerId", o.starts_at AS "startsAt",
    o.ends_at AS "endsAt", o.category_id AS "categoryId", c.emoji, t.title, t.locale AS "textLocale", t.origin::text AS "textOrigin",
    d.names AS "districtNames", d.slug AS "districtSlug", (f.online_url IS NOT NULL) AS online`;

  /** What a card needs besides the date; the title lookup runs once per row returned. */
  const cardJoins = (locale: string) => Prisma.sql`
    JOIN offers f ON f.id = o.offer_id
    JOIN categories c ON c.id = o.category_id
    LEFT JOIN districts d ON d.id = o.district_id
    LEFT JOIN LATERAL (
      SELECT tr.locale, tr.title, tr.origin FROM offer_translations tr WHERE tr.offer_id = o.offer_id
      ORDER BY ${translationOrder(locale)} LIMIT 1
    ) t ON true`;

  type DetailsRow = {
    occurrenceId: number;
    startsAt: Date;
    endsAt: Date | null;
    offerId: number;
    status: string;
    categoryId: string;
    emoji: string;
    categoryNames: unknown;
    sourceLocale: string;
    title: string | null;
    summary: string | null;
    details: string | null;
    accessibility: string | null;
    textLocale: string | null;
    textOrigin: string | null;
    districtNames: unknown;
    districtSlug: string | null;
    organizationName: string;
    organizationContact: string | null;
    address: string | null;
    latitude: number | null;
    longitude: number | null;
    onlineUrl: string | null;
    recurrence: string;
    recurrenceUntil: Date | null;
    costText: string | null;
    ageMin: number | null;
    ageMax: number | null;
    languages: string[];
    signupRequired: boolean;
    capacity: number | null;
  };

  type CardRow = {
    occurrenceId: number;
    offerId: number;
    startsAt: Date;
    endsAt: Date | null;
    categoryId: string;
    emoji: string;
    title: string | null;
    textLocale: string | null;
    textOrigin: string | null;
    districtNames: unknown;
    districtSlug: string | null;
    online: boolean;
  };

  const cardFromRow = (row: CardRow, locale: string): OfferCard => ({
    occurrenceId: row.occurrenceId,
    offerId: row.offerId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    categoryId: row.categoryId,
    emoji: row.emoji,
    title: row.title ?? "",
    textLocale: row.textLocale ?? locale,
    textOrigin: row.textOrigin === "MACHINE" ? "MACHINE" : "HUMAN",
    districtName: row.districtSlug ? pickName(row.districtNames, locale, row.districtSlug) : undefined,
    online: row.online,
  });

  /** Creates or refreshes the dated rows of an offer, keeping the identity (seq) of each date. */
  async function syncOccurrences(tx: Prisma.TransactionClient, offerId: number): Promise<void> {
    const offer = await tx.offer.findUniqueOrThrow({ where: { id: offerId } });
    const dates = expandOccurrences({
      startsAt: offer.startsAt,
      endsAt: offer.endsAt,
      recurrence: offer.recurrence,
      until: offer.recurrenceUntil,
      timezone,
    });
    const shared = {
      listed: offer.status === "PUBLISHED",
      categoryId: offer.categoryId,
      districtId: offer.districtId,
      forYouth: forYouth(youthAges, offer.ageMin, offer.ageMax),
    };
    const existing = await tx.offerOccurrence.findMany({ where: { offerId }, select: { seq: true, startsAt: true, endsAt: true } });
    const bySeq = new Map(existing.map((row) => [row.seq, row]));
    await tx.offerOccurrence.deleteMany({ where: { offerId, seq: { gte: dates.length } } });
    await tx.offerOccurrence.updateMany({ where: { offerId }, data: shared });
    const missing = dates.filter((d) => !bySeq.has(d.seq));
    if (missing.length) await tx.offerOccurrence.createMany({ data: missing.map((d) => ({ offerId, ...d, ...shared })) });
    for (const date of dates) {
      const row = bySeq.get(date.seq);
      if (row && (row.startsAt.getTime() !== date.startsAt.getTime() || row.endsAt?.getTime() !== date.endsAt?.getTime())) {
        await tx.offerOccurrence.update({ where: { offerId_seq: { offerId, seq: date.seq } }, data: { startsAt: date.startsAt, endsAt: date.endsAt } });
      }
    }
  }

  function validate(input: NewOffer): void {
    if (!input.texts[input.sourceLocale]) throw new ValidationError("offer texts in the source language");
    for (const locale of Object.keys(input.texts)) if (!isLocale(locale)) throw new ValidationError("offer text language");
    if (input.endsAt && input.endsAt < input.startsAt) throw new ValidationError("offer end");
    if (input.recurrence && input.recurrence !== "NONE" && !input.recurrenceUntil) throw new ValidationError("recurrence end");
    if (input.ageMin != null && input.ageMax != null && input.ageMin > input.ageMax) throw new ValidationError("age range");
    if (input.capacity != null && input.capacity < 1) throw new ValidationError("capacity");
    if (input.maxSeatsPerSignup != null && (input.maxSeatsPerSignup < 1 || input.maxSeatsPerSignup > 20)) throw new ValidationError("seats per sign-up");
    for (const minutes of [input.signupClosesMinutesBefore, input.cancelDeadlineMinutes, input.reminderLeadMinutes]) {
      if (minutes != null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 60 * 24 * 30)) throw new ValidationError("deadline");
    }
  }

  const translationRows = (texts: Partial<Record<Locale, SettledVersion>>) =>
    Object.entries(texts).map(([locale, t]) => ({
      locale,
      title: t!.title,
      summary: t!.summary,
      details: t!.details ?? null,
      accessibility: t!.accessibility ?? null,
      searchText: foldForSearch([t!.title, t!.summary, t!.details ?? ""].join(" ")),
      origin: t!.origin,
      provider: t!.origin === "MACHINE" ? (t!.provider ?? null) : null,
      sourceHash: t!.sourceHash,
    }));

  /** A stored version as saveOffer takes it back (reschedule, revisions, edits keep its origin). */
  const versionOf = (t: { title: string; summary: string; details: string | null; accessibility: string | null; origin: TextOrigin; provider: string | null; sourceHash: string | null }): OfferTextVersion => ({
    title: t.title,
    summary: t.summary,
    ...(t.details ? { details: t.details } : {}),
    ...(t.accessibility ? { accessibility: t.accessibility } : {}),
    origin: t.origin,
    ...(t.provider ? { provider: t.provider } : {}),
    ...(t.sourceHash ? { sourceHash: t.sourceHash } : {}),
  });

  /**
   * Every listed date from now on with what its card shows (listing.ts), in four statements
   * (at once where the pool allows): the dates, the titles of their offers in every language,
   * the categories' emoji and the districts' names. The two big ones come back as one JSON
   * array each: PGlite decodes a result field by field in JavaScript (1.4 s of CPU for the
   * bench's 13,000 dates and 30,000 titles as rows), JSON.parse takes a fraction of that.
   * Times are epoch ms (numbers compare cheaper than Dates).
   */
  async function loadListing(now: Date): Promise<Listing> {
    const from = now.toISOString();
    type DateTuple = [number, number, number, number | null, string, number | null, boolean];
    type TitleTuple = [number, string, boolean, string | null, string | null, string | null];
    const [[dates], [titles], categories, districts] = await Promise.all([
      sql<{ rows: DateTuple[] | null }>(
        `SELECT json_agg(json_build_array(o.id, o.offer_id, extract(epoch FROM o.starts_at) * 1000, extract(epoch FROM o.ends_at) * 1000,
                                          o.category_id, o.district_id, o.for_youth) ORDER BY o.starts_at, o.id) AS rows
         FROM offer_occurrences o WHERE o.listed AND o.starts_at >= $1::timestamptz`,
        [from],
      ),
      sql<{ rows: TitleTuple[] | null }>(
        `SELECT json_agg(json_build_array(f.id, f.source_locale, f.online_url IS NOT NULL, tr.locale, tr.title, tr.origin)) AS rows
         FROM offers f LEFT JOIN offer_translations tr ON tr.offer_id = f.id
         WHERE f.id IN (SELECT o.offer_id FROM offer_occurrences o WHERE o.listed AND o.starts_at >= $1::timestamptz)`,
        [from],
      ),
      sql<ListedCategoryRow>("SELECT id, emoji FROM categories", []),
      sql<ListedDistrictRow>("SELECT id, slug, names FROM districts", []),
    ]);
    return buildListing({
      fromMs: now.getTime(),
      dates: (dates?.rows ?? []).map(([occurrenceId, offerId, startsMs, endsMs, categoryId, districtId, forYouth]): ListedDateRow => ({ occurrenceId, offerId, startsMs, endsMs, categoryId, districtId, forYouth })),
      titles: (titles?.rows ?? []).map(([offerId, sourceLocale, online, locale, title, origin]): ListedTitleRow => ({ offerId, sourceLocale, online, locale, title, origin })),
      categories,
      districts,
    });
  }

  /** One date of an offer with everything its card shows (OfferDetails before the checks). */
  async function loadDetails(input: { occurrenceId: number; locale: string; original?: boolean }): Promise<DetailsRow | undefined> {
    const order = input.original ? Prisma.sql`(tr.locale = f.source_locale) DESC, tr.locale` : translationOrder(input.locale);
    const [row] = await direct<DetailsRow>(Prisma.sql`
      SELECT o.id AS "occurrenceId", o.starts_at AS "startsAt", o.ends_at AS "endsAt", f.id AS "offerId", f.status::text AS status,
             f.category_id AS "categoryId", c.emoji, c.names AS "categoryNames", f.source_locale AS "sourceLocale",
             t.title, t.summary, t.details, t.accessibility, t.locale AS "textLocale", t.origin::text AS "textOrigin",
             d.names AS "districtNames", d.slug AS "districtSlug", org.name AS "organizationName", org.contact AS "organizationContact",
             f.address, f.latitude, f.longitude, f.online_url AS "onlineUrl", f.recurrence::text AS recurrence,
             f.recurrence_until AS "recurrenceUntil", f.cost_text AS "costText", f.age_min::int AS "ageMin", f.age_max::int AS "ageMax",
             f.languages, f.signup_required AS "signupRequired", f.capacity
      FROM offer_occurrences o
      JOIN offers f ON f.id = o.offer_id
      JOIN categories c ON c.id = f.category_id
      JOIN organizations org ON org.id = f.organization_id
      LEFT JOIN districts d ON d.id = f.district_id
      LEFT JOIN LATERAL (
        SELECT tr.locale, tr.title, tr.summary, tr.details, tr.accessibility, tr.origin FROM offer_translations tr WHERE tr.offer_id = f.id
        ORDER BY ${order} LIMIT 1
      ) t ON true
      WHERE o.id = ${input.occurrenceId}`);
    return row;
  }

  /** Called after a write has committed: every instance forgets its pages and cards. */
  const changed = <T>(result: T): T => {
    cache.changed();
    return result;
  };

  return {
    /** Checks an offer as saveOffer would, without saving it (a revision is checked when it is proposed). */
    validate,

    /**
     * Published dates from now on, soonest first, a page at a time. Hot path (every list,
     * filter and page button): answered from the listing in memory (listing.ts), which the
     * screen cache keeps until an offer changes; the first tap after a change loads it.
     */
    async listUpcoming(input: { filter: OfferFilter; page: number; pageSize?: number; locale: string }): Promise<OfferPage> {
      const now = clock.now();
      let listing = await cache.get("listing", () => loadListing(now));
      // A clock set back (tests do) asks for dates before the ones loaded.
      if (now.getTime() < listing.fromMs) listing = await loadListing(now);
      return listing.page({
        filter: input.filter,
        now,
        until: windowEnd(input.filter.when, now),
        page: Math.max(0, Math.trunc(input.page) || 0),
        pageSize: input.pageSize ?? 5,
        locale: input.locale,
        countCap: COUNT_CAP,
      });
    },

    /**
     * Offers whose title or texts, in any language, contain every word of the query; each with
     * its next date, soonest first.
     */
    async search(input: { query: string; locale: string; limit?: number }): Promise<OfferCard[]> {
      const words = searchWords(input.query);
      if (words.length === 0) return [];
      // Every word must occur in the same language version. Folded words hold only letters
      // and digits, so they cannot carry LIKE wildcards.
      const matches = Prisma.join(words.map((word) => Prisma.sql`tr.search_text LIKE ${`%${word}%`}`), " AND ");
      const rows = await db.$queryRaw<CardRow[]>`
        WITH matching AS (
          SELECT DISTINCT tr.offer_id FROM offer_translations tr WHERE ${matches}
        ), next AS (
          SELECT DISTINCT ON (o.offer_id) o.* FROM offer_occurrences o JOIN matching m ON m.offer_id = o.offer_id
          WHERE o.listed AND o.starts_at >= ${clock.now()}
          ORDER BY o.offer_id, o.starts_at
        )
        SELECT ${CARD_COLUMNS}
        FROM next o
        ${cardJoins(input.locale)}
        ORDER BY o.starts_at, o.id
        LIMIT ${input.limit ?? 10}`;
      return rows.map((row) => cardFromRow(row, input.locale));
    },

    /**
     * Everything about one date of an offer; OfferUnavailableError when it cannot be shown.
     * `original`: the texts in the language the author wrote ("Show original"); names of the
     * category and district stay in the reader's language.
     */
    async getDetails(input: { occurrenceId: number; locale: string; original?: boolean }): Promise<OfferDetails> {
      // Hot path (every "open offer" tap): one raw query; the translation is picked in SQL
      // like the cards' (translations.ts).
      // The row does not change with time, so it is kept until an offer changes; whether it can
      // still be shown (published, not over) is checked on every call.
      const row = await cache.get(`card:${input.occurrenceId}:${input.locale}:${input.original ? 1 : 0}`, () => loadDetails(input));
      if (!row || row.status !== "PUBLISHED" || (row.endsAt ?? row.startsAt) < clock.now()) throw new OfferUnavailableError();
      return {
        occurrenceId: row.occurrenceId,
        offerId: row.offerId,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        categoryId: row.categoryId,
        emoji: row.emoji,
        categoryName: pickName(row.categoryNames, input.locale, row.categoryId),
        title: row.title ?? "",
        summary: row.summary ?? "",
        details: row.details ?? undefined,
        accessibility: row.accessibility ?? undefined,
        textLocale: row.textLocale ?? row.sourceLocale,
        textOrigin: row.textOrigin === "MACHINE" ? "MACHINE" : "HUMAN",
        sourceLocale: row.sourceLocale,
        districtName: row.districtSlug ? pickName(row.districtNames, input.locale, row.districtSlug) : undefined,
        online: Boolean(row.onlineUrl),
        organizationName: row.organizationName,
        organizationContact: row.organizationContact ?? undefined,
        address: row.address ?? undefined,
        latitude: row.latitude ?? undefined,
        longitude: row.longitude ?? undefined,
        onlineUrl: row.onlineUrl ?? undefined,
        recurrence: row.recurrence as RecurrenceRule,
        recurrenceUntil: row.recurrenceUntil ?? undefined,
        costText: row.costText ?? undefined,
        ageMin: row.ageMin ?? undefined,
        ageMax: row.ageMax ?? undefined,
        languages: row.languages,
        signupRequired: row.signupRequired,
        capacity: row.capacity ?? undefined,
      };
    },

    /** When a date starts, and whether it has (attendance can be marked from then on). */
    async occurrenceTiming(occurrenceId: number): Promise<{ startsAt: Date; started: boolean }> {
      const row = await db.offerOccurrence.findUnique({ where: { id: occurrenceId }, select: { startsAt: true } });
      if (!row) throw new OfferUnavailableError();
      return { startsAt: row.startsAt, started: row.startsAt <= clock.now() };
    },

    /** The next date of an offer (for share links); OfferUnavailableError when there is none. */
    async nextOccurrenceId(offerId: number): Promise<number> {
      const row = await db.offerOccurrence.findFirst({
        where: { offerId, listed: true, startsAt: { gte: clock.now() } },
        orderBy: { startsAt: "asc" },
        select: { id: true },
      });
      if (!row) throw new OfferUnavailableError();
      return row.id;
    },

    /**
     * A prefilled announcement for "Promote this offer": title and summary in every language
     * the offer has, to the subscribers of its topic and district.
     */
    async promotionDraft(occurrenceId: number): Promise<{ offerId: number; topic: string; districtIds: number[]; texts: Record<string, string> }> {
      const row = await db.offerOccurrence.findUnique({ where: { id: occurrenceId }, include: { offer: { include: { translations: true } } } });
      if (!row || row.offer.status !== "PUBLISHED") throw new OfferUnavailableError();
      const texts = Object.fromEntries(row.offer.translations.map((t) => [t.locale, `${t.title}\n\n${t.summary}`]));
      return { offerId: row.offerId, topic: row.offer.categoryId, districtIds: row.offer.districtId ? [row.offer.districtId] : [], texts };
    },

    /** Publishes, cancels or withdraws an offer; its dates appear in or vanish from lists at once. */
    async setStatus(offerId: number, status: OfferStatus): Promise<void> {
      await db.$transaction(async (tx) => {
        const { count } = await tx.offer.updateMany({
          where: { id: offerId },
          data: { status, ...(status === "PUBLISHED" ? { publishedAt: clock.now() } : {}) },
        });
        if (count === 0) throw new OfferUnavailableError();
        await tx.offerOccurrence.updateMany({ where: { offerId }, data: { listed: status === "PUBLISHED" } });
      });
      changed(undefined);
    },

    /** An offer as saveOffer takes it, for changes that keep everything else (reschedule). */
    async currentInput(offerId: number): Promise<NewOffer> {
      const offer = await db.offer.findUnique({ where: { id: offerId }, include: { translations: true } });
      if (!offer) throw new OfferUnavailableError();
      const texts = Object.fromEntries(
        offer.translations.map((t) => [t.locale, versionOf(t)]),
      );
      const some = <T>(value: T | null) => value ?? undefined;
      return {
        organizationId: offer.organizationId,
        categoryId: offer.categoryId,
        districtId: some(offer.districtId),
        address: some(offer.address),
        latitude: some(offer.latitude),
        longitude: some(offer.longitude),
        onlineUrl: some(offer.onlineUrl),
        startsAt: offer.startsAt,
        endsAt: some(offer.endsAt),
        recurrence: offer.recurrence,
        recurrenceUntil: some(offer.recurrenceUntil),
        costText: some(offer.costText),
        ageMin: some(offer.ageMin),
        ageMax: some(offer.ageMax),
        languages: offer.languages,
        signupRequired: offer.signupRequired,
        capacity: some(offer.capacity),
        maxSeatsPerSignup: offer.maxSeatsPerSignup,
        signupClosesMinutesBefore: offer.signupClosesMinutesBefore,
        cancelDeadlineMinutes: offer.cancelDeadlineMinutes,
        reminderLeadMinutes: offer.reminderLeadMinutes,
        sourceLocale: offer.sourceLocale as Locale,
        texts,
      };
    },

    /**
     * Adds machine versions made from the source texts whose hash is `basedOn`, and removes the
     * machine versions of `remove` that are made from older texts: the background job's write.
     * Nothing changes when the source changed meanwhile, and a human version is never replaced.
     * Returns how many versions were stored.
     */
    async storeMachineVersions(offerId: number, basedOn: string, versions: Partial<Record<Locale, SettledVersion>>, remove: readonly Locale[] = []): Promise<number> {
      const stored = await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM offers WHERE id = ${offerId} FOR UPDATE`;
        const offer = await tx.offer.findUnique({ where: { id: offerId }, select: { sourceLocale: true, translations: true } });
        const source = offer?.translations.find((t) => t.locale === offer.sourceLocale);
        if (!offer || !source) return 0;
        const hash = offerSourceHash(versionOf(source));
        if (hash !== basedOn) return 0;
        if (source.sourceHash !== hash) await tx.offerTranslation.update({ where: { offerId_locale: { offerId, locale: source.locale } }, data: { sourceHash: hash } });
        if (remove.length) await tx.offerTranslation.deleteMany({ where: { offerId, locale: { in: [...remove] }, origin: "MACHINE", NOT: { sourceHash: hash } } });
        let stored = 0;
        for (const row of translationRows(versions)) {
          if (row.locale === offer.sourceLocale || row.sourceHash !== hash) continue;
          const current = offer.translations.find((t) => t.locale === row.locale);
          if (current?.origin === "HUMAN") continue;
          await tx.offerTranslation.upsert({ where: { offerId_locale: { offerId, locale: row.locale } }, create: { offerId, ...row }, update: row });
          stored++;
        }
        return stored;
      });
      // Removed versions change what readers see too, so any write counts, not only stored ones.
      if (stored > 0 || remove.length > 0) cache.changed();
      return stored;
    },

    /**
     * Creates an offer, or replaces the one with `id` (staff edits) or with the same
     * externalRef (imports, demo seed). Dates keep their identity (and their sign-ups).
     */
    async saveOffer(input: NewOffer, options: { id?: number } = {}): Promise<{ id: number }> {
      validate(input);
      const data = {
        organizationId: input.organizationId,
        categoryId: input.categoryId,
        districtId: input.districtId ?? null,
        address: input.address ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        onlineUrl: input.onlineUrl ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        recurrence: input.recurrence ?? "NONE",
        recurrenceUntil: input.recurrenceUntil ?? null,
        costText: input.costText ?? null,
        ageMin: input.ageMin ?? null,
        ageMax: input.ageMax ?? null,
        languages: input.languages ?? [input.sourceLocale],
        signupRequired: input.signupRequired ?? false,
        capacity: input.capacity ?? null,
        maxSeatsPerSignup: input.maxSeatsPerSignup ?? 6,
        signupClosesMinutesBefore: input.signupClosesMinutesBefore ?? 0,
        cancelDeadlineMinutes: input.cancelDeadlineMinutes ?? 180,
        reminderLeadMinutes: input.reminderLeadMinutes ?? 1440,
        status: input.status ?? "DRAFT",
        sourceLocale: input.sourceLocale,
        createdByUserId: input.createdByUserId ?? null,
        publishedAt: input.status === "PUBLISHED" ? clock.now() : null,
      };
      return db.$transaction(async (tx) => {
        const existing = options.id
          ? await tx.offer.findUnique({ where: { id: options.id }, select: { id: true, publishedAt: true, createdByUserId: true } })
          : input.externalRef
            ? await tx.offer.findUnique({ where: { externalRef: input.externalRef }, select: { id: true, publishedAt: true, createdByUserId: true } })
            : null;
        if (options.id && !existing) throw new OfferUnavailableError();
        const offer = existing
          ? await tx.offer.update({
              where: { id: existing.id },
              data: { ...data, createdByUserId: existing.createdByUserId ?? data.createdByUserId, publishedAt: existing.publishedAt ?? data.publishedAt },
            })
          : await tx.offer.create({ data: { ...data, externalRef: input.externalRef ?? null } });
        const stored = existing ? await tx.offerTranslation.findMany({ where: { offerId: offer.id } }) : [];
        const versions = settleVersions(input.texts, input.sourceLocale, stored);
        // A machine version of exactly these source texts stays valid when the input leaves it
        // out (the demo seed and imports name only the versions they bring).
        const hash = offerSourceHash(input.texts[input.sourceLocale]!);
        for (const row of stored) {
          if (row.origin === "MACHINE" && row.sourceHash === hash && isLocale(row.locale) && !versions[row.locale]) {
            versions[row.locale] = { ...versionOf(row), origin: "MACHINE", sourceHash: hash };
          }
        }
        await tx.offerTranslation.deleteMany({ where: { offerId: offer.id } });
        await tx.offerTranslation.createMany({ data: translationRows(versions).map((row) => ({ offerId: offer.id, ...row })) });
        await syncOccurrences(tx, offer.id);
        return { id: offer.id };
      }).then(changed);
    },
  };
}

export type OffersService = ReturnType<typeof createOffersService>;
