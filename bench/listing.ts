// Listing benchmark: the offer list (OffersService.listUpcoming, exactly as the bot calls it):
// loading every listed date into memory, which the first tap after an offer changed waits
// for, and a filtered page from it, which every other tap costs; and the text search, at
// 10,000 offers and 100,000 users, on one backend. The reference is a trivial `SELECT 1`
// through the same Prisma client in the same run, so the ratio says how much each costs
// beyond a database round trip.
import { createHistogram } from "node:perf_hooks";
import { DEFAULT_CATEGORY_IDS } from "../src/domain/categories.ts";
import { fixedClock } from "../src/domain/clock.ts";
import { IDENTIFY_SQL } from "../src/domain/users.ts";
import { createServices } from "../src/domain/index.ts";
import type { OfferFilter, WhenFilter } from "../src/domain/offers.ts";
import { expandOccurrences } from "../src/domain/recurrence.ts";
import { foldForSearch } from "../src/domain/search-text.ts";
import type { Database } from "../src/db/index.ts";

export type ListingSize = { offers: number; users: number; iterations: number };
export type Percentiles = { p50: number; p95: number; p99: number };
/** Latency, and this process's CPU per call (user + system; on PGlite that includes the database). */
export type Costed = Percentiles & { cpuUs: number };
export type ListingResult = {
  /** A filtered page from the listing in memory. */
  listing: Percentiles;
  /** Loading the listing (after an offer changed), and how many dates it holds. */
  load: Costed & { dates: number };
  search: Percentiles;
  reference: Percentiles;
  /** The statement every update runs (users.identifyWith), through Prisma's $queryRaw and on the driver directly. */
  userLookup: { prisma: Costed; driver: Costed };
  seedSeconds: number;
};

/** The seeded calendar is laid out around this instant (the listing bench's fixed clock). */
export const NOW = new Date("2026-12-01T10:00:00Z");
/** Seeded users have Telegram ids FIRST_TELEGRAM_ID … FIRST_TELEGRAM_ID + users - 1. */
export const FIRST_TELEGRAM_ID = 1_000_000;
const TIMEZONE = "Europe/Berlin";
const DISTRICTS = 10;
// A vocabulary of 200 topic words; each offer has one, so a search matches about 50 offers,
// like a real query for "Schach" or "Nähcafé" in a big city.
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "bo", "fe", "gu", "zi", "sch", "wa", "ün", "ße"];
const WORDS = Array.from({ length: 200 }, (_, i) => {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  return `${a}${b}${["tref", "kurs", "café", "spiel"][i % 4]}`;
});

/** A small deterministic random generator, so every run measures the same data. */
export function rng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export async function seed(db: Database, size: ListingSize): Promise<void> {
  const prisma = db.prisma;
  const random = rng(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  for (let start = 0; start < size.users; start += 10_000) {
    const count = Math.min(10_000, size.users - start);
    await prisma.user.createMany({ data: Array.from({ length: count }, (_, i) => ({ telegramId: BigInt(FIRST_TELEGRAM_ID + start + i), locale: pick(["de", "ar", "uk", "fa", "en"]) })) });
  }
  const districtIds: number[] = [];
  for (let i = 0; i < DISTRICTS; i++) {
    districtIds.push((await prisma.district.create({ data: { slug: `bench-${i}`, names: { de: `Bezirk ${i}` } } })).id);
  }
  const org = await prisma.organization.create({ data: { name: "Benchmark-Stadt" } });
  const batch = 1_000;
  for (let start = 0; start < size.offers; start += batch) {
    const rows = Array.from({ length: Math.min(batch, size.offers - start) }, (_, i) => {
      const n = start + i;
      const startsAt = new Date(NOW.getTime() + Math.floor(random() * 60 * 24) * 3_600_000 - 2 * 86_400_000);
      const recurring = n % 10 === 0;
      const youth = n % 7 === 0;
      // Every fourth offer takes sign-ups, with a limited number of seats (the webhook bench
      // signs residents up for these).
      const signups = n % 4 === 1;
      return {
        id: n + 1,
        organizationId: org.id,
        categoryId: pick(DEFAULT_CATEGORY_IDS),
        districtId: pick(districtIds),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        recurrence: recurring ? ("WEEKLY" as const) : ("NONE" as const),
        recurrenceUntil: recurring ? new Date(startsAt.getTime() + 8 * 7 * 86_400_000) : null,
        ageMin: youth ? 12 : null,
        ageMax: youth ? 17 : null,
        status: n % 20 === 0 ? ("DRAFT" as const) : ("PUBLISHED" as const),
        signupRequired: signups,
        capacity: signups ? 40 : null,
        languages: ["de"],
        sourceLocale: "de",
      };
    });
    await prisma.offer.createMany({ data: rows });
    await prisma.offerTranslation.createMany({
      data: rows.flatMap((row) => {
        const topic = pick(WORDS);
        return (["de", "en", ...(row.id % 2 ? ["ar", "uk"] : [])] as const).map((locale) => {
          const title = `${topic} ${row.id} (${locale})`;
          const summary = `Treffen Nummer ${row.id} für alle`;
          return { offerId: row.id, locale, title, summary, searchText: foldForSearch(`${title} ${summary}`) };
        });
      }),
    });
    await prisma.offerOccurrence.createMany({
      data: rows.flatMap((row) =>
        expandOccurrences({ startsAt: row.startsAt, endsAt: row.endsAt, recurrence: row.recurrence, until: row.recurrenceUntil, timezone: TIMEZONE }).map((date) => ({
          offerId: row.id,
          ...date,
          listed: row.status === "PUBLISHED",
          categoryId: row.categoryId,
          districtId: row.districtId,
          forYouth: row.ageMin !== null,
        })),
      ),
    });
  }
  // Ids were given explicitly; move the sequence past them as a real database would be.
  await prisma.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('offers', 'id'), (SELECT max(id) FROM offers))`);
  await prisma.$executeRawUnsafe("ANALYZE");
}

async function measure(iterations: number, run: (i: number) => Promise<unknown>): Promise<Costed> {
  for (let i = 0; i < Math.min(100, iterations); i++) await run(i); // warm-up: JIT, plans, caches
  const histogram = createHistogram();
  const cpu = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await run(i);
    histogram.record(Number(process.hrtime.bigint() - started) || 1);
  }
  const used = process.cpuUsage(cpu);
  const ms = (p: number) => Math.round((histogram.percentile(p) / 1e6) * 100) / 100;
  return { p50: ms(50), p95: ms(95), p99: ms(99), cpuUs: Math.round((used.user + used.system) / iterations) };
}

export async function benchListing(db: Database, size: ListingSize): Promise<ListingResult> {
  const seeded = performance.now();
  await db.migrate();
  await seed(db, size);
  const seedSeconds = Math.round((performance.now() - seeded) / 100) / 10;

  const services = createServices({ db: db.prisma, sql: db.query, clock: fixedClock(NOW), adminIds: [], timezone: TIMEZONE });
  const districts = await services.catalog.listDistricts("de");
  const random = rng(7);
  const whens: (WhenFilter | undefined)[] = [undefined, "today", "week", "months2"];
  // The mix of what residents tap: mostly one or two filters, sometimes a later page.
  const filters: OfferFilter[] = Array.from({ length: 64 }, () => ({
    ...(random() < 0.5 ? { categoryId: DEFAULT_CATEGORY_IDS[Math.floor(random() * DEFAULT_CATEGORY_IDS.length)] } : {}),
    ...(random() < 0.4 ? { districtId: districts[Math.floor(random() * districts.length)]!.id } : {}),
    ...(random() < 0.5 ? { when: whens[Math.floor(random() * whens.length)] } : {}),
    ...(random() < 0.2 ? { youth: true } : {}),
  }));
  const locales = ["de", "ar", "uk", "fa"];

  const reference = await measure(size.iterations, () => db.prisma.$queryRaw`SELECT 1`);
  const page = (i: number) => services.offers.listUpcoming({ filter: filters[i % filters.length]!, page: i % 3, locale: locales[i % locales.length]! });
  // Each load as after a change: the screen cache forgets, the next tap loads.
  const load = await measure(Math.ceil(size.iterations / 200), async (i) => (services.screens.clear(), await page(i)));
  const dates = await db.prisma.offerOccurrence.count({ where: { listed: true, startsAt: { gte: NOW } } });
  const listing = await measure(size.iterations, page);
  const search = await measure(Math.ceil(size.iterations / 4), (i) =>
    services.offers.search({ query: WORDS[i % WORDS.length]!, locale: locales[i % locales.length]!, limit: 8 }),
  );
  // The per-update lookup (src/domain/users.ts): the same statement through Prisma and on the
  // driver beneath it, alternating users so that neither side only ever reads a hot row.
  const someone = (i: number) => BigInt(FIRST_TELEGRAM_ID + ((i * 7919) % size.users));
  const userLookup = {
    prisma: await measure(size.iterations, (i) => db.prisma.$queryRawUnsafe(IDENTIFY_SQL, `chat:${someone(i)}`, someone(i).toString())),
    driver: await measure(size.iterations, (i) => services.users.identifyWith({ telegramId: someone(i) }, `chat:${someone(i)}`)),
  };
  return { listing, load: { ...load, dates }, search, reference, userLookup, seedSeconds };
}
