// What goes out to the public: every upcoming published offer once, with its series (repeats,
// the dates still ahead, dates that were dropped from it), for calendar feeds, the city's
// website and the public page; and the inventory of offer formats for a state-wide database.
// Plain data, no HTTP. Two queries per listing (the offers with their texts picked by the one
// rule of translations.ts, then all their dates), never one per offer.
import { DateTime } from "luxon";
import type { Db } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { requireAdmin, type Actors } from "./actors.ts";
import { pickName } from "./catalog.ts";
import type { Clock } from "./clock.ts";
import { spreadsheetCsv } from "./csv.ts";
import { expandOccurrences, type RecurrenceRule } from "./recurrence.ts";
import { translationOrder } from "./translations.ts";

export type FeedFilter = Readonly<{
  /** The reader's language: texts follow pickTranslation (theirs, else the source, else any). */
  locale?: string;
  categoryId?: string;
  districtId?: number;
  districtSlug?: string;
  organizationId?: number;
  /** Only offers with a date starting in [from, to). */
  from?: Date;
  to?: Date;
  /**
   * Also offers that were published and then cancelled while dates were still ahead, so that
   * a subscribed calendar learns of the cancellation (STATUS:CANCELLED) instead of losing the event.
   */
  includeCancelled?: boolean;
}>;

export type ListingDate = Readonly<{ occurrenceId: number; startsAt: Date; endsAt: Date | null }>;

export type Listing = Readonly<{
  offerId: number;
  status: "scheduled" | "cancelled";
  title: string;
  summary: string;
  details: string | undefined;
  accessibility: string | undefined;
  /** The language the texts are in (may differ from the requested one). */
  textLocale: string;
  sourceLocale: string;
  category: Readonly<{ id: string; emoji: string; name: string }>;
  district: Readonly<{ id: number; slug: string; name: string }> | undefined;
  organization: Readonly<{ id: number; name: string; contact: string | undefined }>;
  address: string | undefined;
  latitude: number | undefined;
  longitude: number | undefined;
  onlineUrl: string | undefined;
  /** The first date of the series (it may lie in the past for a repeating offer). */
  startsAt: Date;
  endsAt: Date | null;
  recurrence: RecurrenceRule;
  recurrenceUntil: Date | undefined;
  /** The dates from now on (within from/to when given), soonest first. */
  dates: readonly ListingDate[];
  /** Dates of the series from now on that no longer take place (a skipped week). */
  cancelledDates: readonly Date[];
  costText: string | undefined;
  free: boolean;
  ageMin: number | undefined;
  ageMax: number | undefined;
  languages: readonly string[];
  signupRequired: boolean;
  updatedAt: Date;
}>;

/** Who an offer is for, from its age range: the groups a state inventory asks for. */
export type TargetGroup = "all" | "children" | "youth" | "adults" | "seniors";

export type InventoryRow = Readonly<{
  offerId: number;
  title: string;
  organization: string;
  district: string;
  address: string;
  onlineUrl: string;
  category: string;
  targetGroups: string;
  ageMin: number | undefined;
  ageMax: number | undefined;
  languages: string;
  cost: string;
  free: "yes" | "no";
  accessibility: string;
  recurrence: "once" | "weekly" | "biweekly";
  recurrenceUntil: string;
  contact: string;
  nextDate: string;
}>;

/** The columns of the inventory CSV: stable names a database import can map once. */
export const INVENTORY_COLUMNS: readonly { key: keyof InventoryRow & string; header: string }[] = [
  { key: "offerId", header: "id" },
  { key: "title", header: "title" },
  { key: "organization", header: "organisation" },
  { key: "district", header: "district" },
  { key: "address", header: "address" },
  { key: "onlineUrl", header: "online_url" },
  { key: "category", header: "category" },
  { key: "targetGroups", header: "target_groups" },
  { key: "ageMin", header: "age_min" },
  { key: "ageMax", header: "age_max" },
  { key: "languages", header: "languages" },
  { key: "cost", header: "cost" },
  { key: "free", header: "free_of_charge" },
  { key: "accessibility", header: "accessibility" },
  { key: "recurrence", header: "recurrence" },
  { key: "recurrenceUntil", header: "recurrence_until" },
  { key: "contact", header: "contact" },
  { key: "nextDate", header: "next_date" },
];

/** A feed never grows beyond this many offers (a city has hundreds). */
export const FEED_MAX_OFFERS = 2_000;

export function targetGroupsOf(ageMin: number | undefined, ageMax: number | undefined, youth: { min: number; max: number }): TargetGroup[] {
  if (ageMin === undefined && ageMax === undefined) return ["all"];
  const [min, max] = [ageMin ?? 0, ageMax ?? 200];
  const groups: TargetGroup[] = [];
  if (min < youth.min) groups.push("children");
  if (min <= youth.max && max >= youth.min) groups.push("youth");
  if (max > youth.max) groups.push("adults");
  if (max >= 65 && min >= 60) groups.push("seniors");
  return groups;
}

type ListingRow = {
  offerId: number;
  status: string;
  sourceLocale: string;
  title: string | null;
  summary: string | null;
  details: string | null;
  accessibility: string | null;
  textLocale: string | null;
  categoryId: string;
  emoji: string;
  categoryNames: unknown;
  districtId: number | null;
  districtSlug: string | null;
  districtNames: unknown;
  organizationId: number;
  organizationName: string;
  organizationContact: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date | null;
  recurrence: string;
  recurrenceUntil: Date | null;
  costText: string | null;
  ageMin: number | null;
  ageMax: number | null;
  languages: string[];
  signupRequired: boolean;
  updatedAt: Date;
};

export type FeedsServiceDeps = { db: Db; clock: Clock; actors: Actors; timezone: string; defaultLocale?: string; youthAges?: { min: number; max: number } };

export function createFeedsService({ db, clock, actors, timezone, defaultLocale = "de", youthAges = { min: 12, max: 17 } }: FeedsServiceDeps) {
  async function listings(filter: FeedFilter = {}): Promise<Listing[]> {
    const now = clock.now();
    const locale = filter.locale ?? defaultLocale;
    const dateConditions = [Prisma.sql`o.offer_id = f.id`, Prisma.sql`o.starts_at >= ${now}`];
    if (filter.from) dateConditions.push(Prisma.sql`o.starts_at >= ${filter.from}`);
    if (filter.to) dateConditions.push(Prisma.sql`o.starts_at < ${filter.to}`);
    const conditions = [
      filter.includeCancelled ? Prisma.sql`(f.status = 'PUBLISHED' OR (f.status = 'CANCELLED' AND f.published_at IS NOT NULL))` : Prisma.sql`f.status = 'PUBLISHED'`,
      Prisma.sql`EXISTS (SELECT 1 FROM offer_occurrences o WHERE ${Prisma.join(dateConditions, " AND ")})`,
    ];
    if (filter.categoryId) conditions.push(Prisma.sql`f.category_id = ${filter.categoryId}`);
    if (filter.districtId) conditions.push(Prisma.sql`f.district_id = ${filter.districtId}`);
    if (filter.districtSlug) conditions.push(Prisma.sql`d.slug = ${filter.districtSlug}`);
    if (filter.organizationId) conditions.push(Prisma.sql`f.organization_id = ${filter.organizationId}`);
    const rows = await db.$queryRaw<ListingRow[]>`
      SELECT f.id AS "offerId", f.status::text AS status, f.source_locale AS "sourceLocale",
             t.title, t.summary, t.details, t.accessibility, t.locale AS "textLocale",
             f.category_id AS "categoryId", c.emoji, c.names AS "categoryNames",
             d.id AS "districtId", d.slug AS "districtSlug", d.names AS "districtNames",
             org.id AS "organizationId", org.name AS "organizationName", org.contact AS "organizationContact",
             f.address, f.latitude, f.longitude, f.online_url AS "onlineUrl", f.starts_at AS "startsAt", f.ends_at AS "endsAt",
             f.recurrence::text AS recurrence, f.recurrence_until AS "recurrenceUntil", f.cost_text AS "costText",
             f.age_min::int AS "ageMin", f.age_max::int AS "ageMax", f.languages, f.signup_required AS "signupRequired",
             f.updated_at AS "updatedAt"
      FROM offers f
      JOIN categories c ON c.id = f.category_id
      JOIN organizations org ON org.id = f.organization_id
      LEFT JOIN districts d ON d.id = f.district_id
      LEFT JOIN LATERAL (
        SELECT tr.locale, tr.title, tr.summary, tr.details, tr.accessibility FROM offer_translations tr WHERE tr.offer_id = f.id
        ORDER BY ${translationOrder(locale)} LIMIT 1
      ) t ON true
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY f.id
      LIMIT ${FEED_MAX_OFFERS}`;
    if (rows.length === 0) return [];

    // Every date ahead of every offer listed, in one query: what is in range, and what the
    // series would have but no longer has.
    const dates = await db.$queryRaw<{ offerId: number; occurrenceId: number; startsAt: Date; endsAt: Date | null }[]>`
      SELECT o.offer_id AS "offerId", o.id AS "occurrenceId", o.starts_at AS "startsAt", o.ends_at AS "endsAt"
      FROM offer_occurrences o
      WHERE o.offer_id IN (${Prisma.join(rows.map((r) => r.offerId))}) AND o.starts_at >= ${now}
      ORDER BY o.starts_at, o.id`;
    const byOffer = new Map<number, ListingDate[]>();
    for (const date of dates) {
      const list = byOffer.get(date.offerId) ?? [];
      list.push({ occurrenceId: date.occurrenceId, startsAt: date.startsAt, endsAt: date.endsAt });
      byOffer.set(date.offerId, list);
    }
    const inRange = (date: ListingDate) => (!filter.from || date.startsAt >= filter.from) && (!filter.to || date.startsAt < filter.to);

    const listed = rows.map((row): Listing => {
      const ahead = byOffer.get(row.offerId) ?? [];
      const recurrence = row.recurrence as RecurrenceRule;
      const held = new Set(ahead.map((d) => d.startsAt.getTime()));
      const cancelledDates =
        recurrence === "NONE"
          ? []
          : expandOccurrences({ startsAt: row.startsAt, endsAt: row.endsAt, recurrence, until: row.recurrenceUntil, timezone })
              .map((d) => d.startsAt)
              .filter((start) => start >= now && !held.has(start.getTime()));
      return {
        offerId: row.offerId,
        status: row.status === "CANCELLED" ? "cancelled" : "scheduled",
        title: row.title ?? "",
        summary: row.summary ?? "",
        details: row.details ?? undefined,
        accessibility: row.accessibility ?? undefined,
        textLocale: row.textLocale ?? row.sourceLocale,
        sourceLocale: row.sourceLocale,
        category: { id: row.categoryId, emoji: row.emoji, name: pickName(row.categoryNames, locale, row.categoryId) },
        district: row.districtId !== null && row.districtSlug ? { id: row.districtId, slug: row.districtSlug, name: pickName(row.districtNames, locale, row.districtSlug) } : undefined,
        organization: { id: row.organizationId, name: row.organizationName, contact: row.organizationContact ?? undefined },
        address: row.address ?? undefined,
        latitude: row.latitude ?? undefined,
        longitude: row.longitude ?? undefined,
        onlineUrl: row.onlineUrl ?? undefined,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        recurrence,
        recurrenceUntil: row.recurrenceUntil ?? undefined,
        dates: ahead.filter(inRange),
        cancelledDates,
        costText: row.costText ?? undefined,
        free: row.costText === null,
        ageMin: row.ageMin ?? undefined,
        ageMax: row.ageMax ?? undefined,
        languages: row.languages,
        signupRequired: row.signupRequired,
        updatedAt: row.updatedAt,
      };
    });
    // Soonest next date first.
    return listed.sort((a, b) => (a.dates[0]?.startsAt.getTime() ?? 0) - (b.dates[0]?.startsAt.getTime() ?? 0) || a.offerId - b.offerId);
  }

  const localIso = (date: Date) => DateTime.fromJSDate(date, { zone: timezone }).toISO({ suppressMilliseconds: true }) ?? "";
  const localDay = (date: Date) => DateTime.fromJSDate(date, { zone: timezone }).toISODate() ?? "";

  async function inventory(filter: FeedFilter = {}): Promise<InventoryRow[]> {
    const offers = await listings({ ...filter, includeCancelled: false });
    return offers.map((offer) => ({
      offerId: offer.offerId,
      title: offer.title,
      organization: offer.organization.name,
      district: offer.district?.name ?? "",
      address: offer.address ?? "",
      onlineUrl: offer.onlineUrl ?? "",
      category: offer.category.name,
      targetGroups: targetGroupsOf(offer.ageMin, offer.ageMax, youthAges).join(";"),
      ageMin: offer.ageMin,
      ageMax: offer.ageMax,
      languages: offer.languages.join(";"),
      cost: offer.costText ?? "",
      free: offer.free ? "yes" : "no",
      accessibility: offer.accessibility ?? "",
      recurrence: offer.recurrence === "WEEKLY" ? "weekly" : offer.recurrence === "BIWEEKLY" ? "biweekly" : "once",
      recurrenceUntil: offer.recurrence !== "NONE" && offer.recurrenceUntil ? localDay(offer.recurrenceUntil) : "",
      contact: offer.organization.contact ?? "",
      nextDate: offer.dates[0] ? localIso(offer.dates[0].startsAt) : "",
    }));
  }

  async function inventoryCsv(filter: FeedFilter = {}): Promise<string> {
    return spreadsheetCsv(await inventory(filter), INVENTORY_COLUMNS);
  }

  return {
    /** Public: the upcoming published offers, each once with its dates (feeds, the public page). */
    listings,
    /** Public: one row per offer format, for a state-wide inventory of meeting formats. */
    inventory,
    /** Public: the inventory as CSV (UTF-8 with BOM, formulas defused). */
    inventoryCsv,
    /** Admins (/stats): the same CSV, texts in their language. */
    async adminInventoryCsv(actorUserId: number, locale: string): Promise<string> {
      requireAdmin(await actors.load(actorUserId), "inventory");
      return inventoryCsv({ locale });
    },
  };
}

export type FeedsService = ReturnType<typeof createFeedsService>;
