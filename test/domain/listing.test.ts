// The offer list in memory (src/domain/listing.ts) against the plain definition of a list page:
// the dates that match every filter, from now on, soonest first (then by id), counted up to the
// cap, cut into pages. Random cities and random taps, compared one by one; the database side
// (what is loaded, and when it is loaded again) is covered by offers.test.ts, screen-cache.test.ts
// and bot/round-trips.test.ts.
import { describe, expect, it } from "vitest";
import { buildListing, type ListedDateRow, type ListedTitleRow, type OfferFilter } from "../../src/domain/listing.ts";
import { pickTranslation } from "../../src/domain/translations.ts";

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const START = Date.parse("2026-12-01T00:00:00Z");
const CATEGORIES = ["sport", "language", "youth", "family"];
const DISTRICTS = [1, 2, 3];
const LOCALES = ["de", "en", "ar", "uk"];

function city(seed: number, size: number) {
  const random = rng(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const dates: ListedDateRow[] = Array.from({ length: size }, (_, i) => {
    // Whole hours, so that many dates share a start and the order by id matters.
    const startsMs = START + Math.floor(random() * 24 * 30) * HOUR;
    return {
      occurrenceId: 1000 + i,
      offerId: 1 + Math.floor(random() * (size / 2)),
      startsMs,
      endsMs: random() < 0.8 ? startsMs + 2 * HOUR : null,
      categoryId: pick(CATEGORIES),
      districtId: random() < 0.8 ? pick(DISTRICTS) : null,
      forYouth: random() < 0.3,
    };
  });
  dates.sort((a, b) => a.startsMs - b.startsMs || a.occurrenceId - b.occurrenceId);
  const titles: ListedTitleRow[] = [];
  for (const offerId of new Set(dates.map((d) => d.offerId))) {
    const source = pick(LOCALES);
    const versions = LOCALES.filter((locale) => locale === source || random() < 0.4);
    // Some offers have no text at all (a card then has an empty title in the reader's language).
    if (random() < 0.05) titles.push({ offerId, sourceLocale: source, online: false, locale: null, title: null, origin: null });
    else for (const locale of versions) titles.push({ offerId, sourceLocale: source, online: offerId % 5 === 0, locale, title: `${offerId} ${locale}`, origin: locale === source ? "HUMAN" : "MACHINE" });
  }
  return { dates, titles, random, pick };
}

describe("the offer list in memory", () => {
  it("when random residents tap random filters and pages, then every page is what the definition of the list gives", () => {
    const { dates, titles, random, pick } = city(2026, 800);
    const districtRows = DISTRICTS.map((id) => ({ id, slug: `d${id}`, names: { de: `Bezirk ${id}`, ar: `حي ${id}` } }));
    const listing = buildListing({
      fromMs: START,
      dates,
      titles,
      categories: CATEGORIES.map((id) => ({ id, emoji: `:${id}:` })),
      districts: districtRows,
    });
    expect(listing.size).toBe(800);
    const countCap = 40;
    for (let tap = 0; tap < 600; tap++) {
      const filter: OfferFilter = {
        ...(random() < 0.5 ? { categoryId: pick([...CATEGORIES, "unknown"]) } : {}),
        ...(random() < 0.4 ? { districtId: pick([...DISTRICTS, 99]) } : {}),
        ...(random() < 0.3 ? { youth: true } : {}),
      };
      const now = new Date(START + Math.floor(random() * 24 * 32) * HOUR - (random() < 0.5 ? 1 : 0));
      const until = random() < 0.4 ? new Date(now.getTime() + Math.floor(random() * 24 * 10) * HOUR) : undefined;
      const requested = Math.floor(random() * 12);
      const locale = pick(LOCALES);

      const matching = dates.filter(
        (d) =>
          d.startsMs >= now.getTime() &&
          (until === undefined || d.startsMs <= until.getTime()) &&
          (filter.categoryId === undefined || d.categoryId === filter.categoryId) &&
          (filter.districtId === undefined || d.districtId === filter.districtId) &&
          (!filter.youth || d.forYouth),
      );
      const total = Math.min(matching.length, countCap + 1);
      const pageCount = Math.max(1, Math.ceil(total / 5));
      const page = Math.min(requested, pageCount - 1);
      const expected = matching.slice(0, total).slice(page * 5, page * 5 + 5).map((d) => {
        const versions = titles.filter((t) => t.offerId === d.offerId && t.locale !== null) as { locale: string; title: string; origin: string; online: boolean; sourceLocale: string }[];
        const text = pickTranslation(versions, locale, titles.find((t) => t.offerId === d.offerId)?.sourceLocale);
        const district = districtRows.find((r) => r.id === d.districtId);
        return {
          occurrenceId: d.occurrenceId,
          offerId: d.offerId,
          startsAt: new Date(d.startsMs),
          endsAt: d.endsMs === null ? null : new Date(d.endsMs),
          categoryId: d.categoryId,
          emoji: `:${d.categoryId}:`,
          title: text?.title ?? "",
          textLocale: text?.locale ?? locale,
          textOrigin: text?.origin ?? "HUMAN",
          districtName: district ? ((district.names as Record<string, string>)[locale] ?? district.names.de) : undefined,
          online: d.offerId % 5 === 0 && text !== undefined,
        };
      });

      const got = listing.page({ filter, now, until, page: requested, pageSize: 5, locale, countCap });
      expect({ total: got.total, page: got.page, pageCount: got.pageCount, more: got.more }).toEqual({ total, page, pageCount, more: matching.length > countCap });
      expect(got.cards).toEqual(expected);
    }
  });

  it("when there are no dates at all, then the list is one empty page", () => {
    const listing = buildListing({ fromMs: START, dates: [], titles: [], categories: [], districts: [] });
    expect(listing.page({ filter: { categoryId: "sport" }, now: new Date(START), until: undefined, page: 3, pageSize: 5, locale: "de", countCap: 500 })).toEqual({
      cards: [],
      total: 0,
      page: 0,
      pageCount: 1,
      more: false,
    });
  });
});
