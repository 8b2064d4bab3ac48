// The offer list in memory: every listed date from now on, with what a list card shows, so
// that a list tap with any filter and page is answered without the database. offers.ts loads
// it (listUpcoming) into the screen cache, so the cache's one rule applies: every write that
// changes offers calls `changed()`, which forgets it here and on the other instances, and the
// next tap loads it again. What depends on time (dates that have started, the moving windows)
// is decided on every call with the clock's now, never at load time.
//
// Why not pages from SQL: residents pick filters and pages freely (categories × districts ×
// windows × youth × pages × ten languages), so most page keys are asked for rarely and a page
// cache missed about half the time; each miss was a query of 1–5 ms. The whole list of a
// city is small: the bench's 10,000 offers (13,187 dates, about 30,000 titles) added 10–25 MB
// to the heap in use, and the list loads in 0.3 s on PostgreSQL, 0.4 s on PGlite.
import { pickName } from "./catalog.ts";
import type { TextOrigin } from "./offer-translation.ts";
import { pickTranslation } from "./translations.ts";

export const WHEN_FILTERS = ["today", "week", "months2"] as const;
export type WhenFilter = (typeof WHEN_FILTERS)[number];

export type OfferFilter = Readonly<{
  categoryId?: string;
  districtId?: number;
  when?: WhenFilter;
  /** Only offers whose age range overlaps 12–17. */
  youth?: boolean;
}>;

export type OfferCard = Readonly<{
  occurrenceId: number;
  offerId: number;
  startsAt: Date;
  endsAt: Date | null;
  categoryId: string;
  emoji: string;
  title: string;
  /** The language `title` is in; differs from the requested one when that was missing. */
  textLocale: string;
  /** Where that version came from: MACHINE versions carry the mark. */
  textOrigin: TextOrigin;
  districtName: string | undefined;
  online: boolean;
}>;

export type OfferPage = Readonly<{
  cards: OfferCard[];
  /** Matching dates, counted up to COUNT_CAP + 1. */
  total: number;
  page: number;
  pageCount: number;
  /** More than COUNT_CAP dates match: show "page 1 of 100+". */
  more: boolean;
}>;

/** One listed date as loaded (times as epoch ms: numbers compare and load cheaper than Dates). */
export type ListedDateRow = {
  occurrenceId: number;
  offerId: number;
  startsMs: number;
  endsMs: number | null;
  categoryId: string;
  districtId: number | null;
  forYouth: boolean;
};
/** One language version of a listed offer's title. */
export type ListedTitleRow = { offerId: number; sourceLocale: string; online: boolean; locale: string | null; title: string | null; origin: string | null };
export type ListedCategoryRow = { id: string; emoji: string };
export type ListedDistrictRow = { id: number; slug: string; names: unknown };

type ListedOffer = { sourceLocale: string; online: boolean; titles: { locale: string; title: string; origin: TextOrigin }[] };

export type Listing = {
  /** How many dates it holds (for logs and the bench). */
  readonly size: number;
  /** It holds the dates from this moment on (epoch ms): an earlier now needs another load. */
  readonly fromMs: number;
  /** A page of the dates that match `filter`, starting at or after `now`, up to `until` when set. */
  page(input: { filter: OfferFilter; now: Date; until: Date | undefined; page: number; pageSize: number; locale: string; countCap: number }): OfferPage;
};

/** The first index in `dates` (sorted by start) whose start is at or after `ms`. */
function firstFrom(dates: readonly ListedDateRow[], ms: number): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (dates[mid]!.startsMs < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first date that starts after `ms` (`dates` sorted by start). */
function firstAfter(dates: readonly ListedDateRow[], ms: number): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (dates[mid]!.startsMs <= ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `dates` must come sorted by start, then id (the order of the list). */
export function buildListing(input: { fromMs: number; dates: readonly ListedDateRow[]; titles: readonly ListedTitleRow[]; categories: readonly ListedCategoryRow[]; districts: readonly ListedDistrictRow[] }): Listing {
  const offers = new Map<number, ListedOffer>();
  for (const row of input.titles) {
    let offer = offers.get(row.offerId);
    if (!offer) offers.set(row.offerId, (offer = { sourceLocale: row.sourceLocale, online: row.online, titles: [] }));
    if (row.locale !== null && row.title !== null) offer.titles.push({ locale: row.locale, title: row.title, origin: row.origin === "MACHINE" ? "MACHINE" : "HUMAN" });
  }
  const emoji = new Map(input.categories.map((c) => [c.id, c.emoji]));
  const districts = new Map(input.districts.map((d) => [d.id, d]));

  // The whole list, and the same split by category and by district: a filtered page scans
  // only the dates that can match.
  // The rows themselves are kept (no copies, no Dates: a card makes its two when it is shown).
  // With a category and a district, the split by both: then only "for young people" is left to
  // test date by date, and every other list is a run of dates between two binary searches.
  const all = input.dates;
  const byCategory = new Map<string, ListedDateRow[]>();
  const byDistrict = new Map<number, ListedDateRow[]>();
  const byBoth = new Map<string, ListedDateRow[]>();
  const push = <K>(map: Map<K, ListedDateRow[]>, key: K, date: ListedDateRow) => {
    const list = map.get(key);
    if (list) list.push(date);
    else map.set(key, [date]);
  };
  for (const date of all) {
    push(byCategory, date.categoryId, date);
    if (date.districtId !== null) {
      push(byDistrict, date.districtId, date);
      push(byBoth, `${date.categoryId}\u0000${date.districtId}`, date);
    }
  }
  const candidatesOf = (categoryId: string | undefined, districtId: number | undefined): readonly ListedDateRow[] =>
    (categoryId !== undefined && districtId !== undefined
      ? byBoth.get(`${categoryId}\u0000${districtId}`)
      : categoryId !== undefined
        ? byCategory.get(categoryId)
        : districtId !== undefined
          ? byDistrict.get(districtId)
          : all) ?? [];

  const card = (date: ListedDateRow, locale: string): OfferCard => {
    const offer = offers.get(date.offerId);
    // The reader's language, else the source language, else the first by code (translations.ts).
    const text = offer && pickTranslation(offer.titles, locale, offer.sourceLocale);
    const district = date.districtId === null ? undefined : districts.get(date.districtId);
    return {
      occurrenceId: date.occurrenceId,
      offerId: date.offerId,
      startsAt: new Date(date.startsMs),
      endsAt: date.endsMs === null ? null : new Date(date.endsMs),
      categoryId: date.categoryId,
      emoji: emoji.get(date.categoryId) ?? "",
      title: text?.title ?? "",
      textLocale: text?.locale ?? locale,
      textOrigin: text?.origin ?? "HUMAN",
      districtName: district ? pickName(district.names, locale, district.slug) : undefined,
      online: offer?.online ?? false,
    };
  };

  return {
    size: all.length,
    fromMs: input.fromMs,
    page({ filter, now, until, page: requested, pageSize, locale, countCap }) {
      const { categoryId, districtId, youth } = filter;
      const candidates = candidatesOf(categoryId, districtId);
      const from = firstFrom(candidates, now.getTime());
      // The dates up to the window's end (those starting at its last moment included).
      const to = until === undefined ? candidates.length : firstAfter(candidates, until.getTime());
      // Counting stops after countCap + 1 matches, as the count of the list always has.
      // Without "for young people" the matches are the run candidates[from, to): counted, not copied.
      let matches: readonly ListedDateRow[] = candidates;
      let first = from;
      let total = Math.max(0, Math.min(to - from, countCap + 1));
      if (youth) {
        const found: ListedDateRow[] = [];
        for (let i = from; i < to && found.length <= countCap; i++) if (candidates[i]!.forYouth) found.push(candidates[i]!);
        matches = found;
        first = 0;
        total = found.length;
      }
      const pageCount = Math.max(1, Math.ceil(total / pageSize));
      // A stale button asked for a page that no longer exists: the last one instead.
      const page = Math.min(requested, pageCount - 1);
      const start = first + page * pageSize;
      const cards = matches.slice(start, Math.min(start + pageSize, first + total)).map((date) => card(date, locale));
      return { cards, total, page, pageCount, more: total > countCap };
    },
  };
}
