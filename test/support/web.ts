// The public web layer (src/web) on a test database: the real HTTP server (createServer with
// the web deps) listening on 127.0.0.1, and a city of offers to read. Feeds, the page and the
// browser test use it.
import type { AddressInfo } from "node:net";
import { createI18n, translatorOf } from "../../src/bot/i18n.ts";
import type { Clock } from "../../src/domain/clock.ts";
import { webServices, type Services } from "../../src/domain/index.ts";
import { createLogger } from "../../src/logger.ts";
import { createServer } from "../../src/server.ts";
import { createResponseCache, type ResponseCache } from "../../src/web/cache.ts";
import type { TestDatabase } from "./database.ts";
import { TEST_BOT_INFO } from "./fake-telegram.ts";
import { offerInput, seedSmallCity } from "./offers.ts";

let i18n: ReturnType<typeof createI18n> | undefined;

export type WebRig = { url: string; cache: ResponseCache; close(): Promise<void> };

/** The HTTP server with the public routes, listening on a free port of 127.0.0.1. */
export async function startWeb(services: Services, clock: Clock, options: { publicPage?: boolean; publicUrl?: string; ttlMs?: number } = {}): Promise<WebRig> {
  i18n ??= createI18n({ defaultLocale: "de" });
  const cache = createResponseCache({ ttlMs: options.ttlMs ?? 60_000 });
  const server = createServer({
    logger: createLogger({ level: "silent" }),
    ping: async () => {},
    web: {
      services: webServices(services),
      translate: translatorOf(i18n),
      botUsername: () => TEST_BOT_INFO.username,
      clock,
      timezone: "Europe/Berlin",
      defaultLocale: "de",
      publicPage: options.publicPage ?? true,
      publicUrl: options.publicUrl,
      cache,
    },
  });
  await server.listen({ host: "127.0.0.1", port: 0 });
  const { port } = server.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, cache, close: () => server.close() };
}

export const BOT_LINK = (offerId: number) => `https://t.me/${TEST_BOT_INFO.username}?start=offer_${offerId}`;

/**
 * A small city on 1 December 2026: a weekly sports evening in Coerde (German and Arabic, one
 * week dropped), a paid youth language café at the harbour, an online counselling hour of
 * another organisation, an offer that was cancelled, a draft, and one whose title would run as
 * a spreadsheet formula.
 */
export async function seedFeedCity(services: Services, db: Pick<TestDatabase, "prisma">) {
  const city = await seedSmallCity(services);
  const club = (await services.catalog.saveOrganization({ name: "Sportverein Nord", contact: "info@sv-nord.example" })).id;
  const weekly = (
    await services.offers.saveOffer(
      offerInput({
        organizationId: city.orgId,
        categoryId: "sport",
        districtId: city.coerdeId,
        address: "Hauptstraße 5",
        latitude: 51.99,
        longitude: 7.64,
        startsAt: "2026-12-03T17:00:00Z", // Thursday 18:00 Berlin
        endsAt: new Date("2026-12-03T19:00:00Z"),
        recurrence: "WEEKLY",
        recurrenceUntil: new Date("2027-01-28T22:59:59Z"),
        languages: ["de", "ar"],
        texts: {
          de: { title: "Fußball am Abend", summary: "Wir spielen zusammen", accessibility: "Halle mit Rampe" },
          ar: { title: "كرة القدم مساءً", summary: "نلعب معاً" },
        },
      }),
    )
  ).id;
  const cafe = (
    await services.offers.saveOffer(
      offerInput({
        organizationId: city.orgId,
        categoryId: "language",
        districtId: city.hafenId,
        address: "Am Kai 1 <b>",
        startsAt: "2026-12-05T14:00:00Z",
        costText: "2 €",
        ageMin: 12,
        ageMax: 17,
        signupRequired: true,
        capacity: 10,
        texts: { de: { title: "Sprachcafé <script>alert(1)</script>", summary: "Deutsch üben & Leute treffen" } },
      }),
    )
  ).id;
  const online = (
    await services.offers.saveOffer(
      offerInput({
        organizationId: club,
        categoryId: "counselling",
        onlineUrl: "https://meet.example/beratung",
        startsAt: "2026-12-08T16:00:00Z",
        texts: { en: { title: "Online counselling", summary: "Ask us anything" } },
        sourceLocale: "en",
      }),
    )
  ).id;
  const cancelled = (await services.offers.saveOffer(offerInput({ organizationId: city.orgId, categoryId: "culture", districtId: city.coerdeId, startsAt: "2026-12-10T17:00:00Z", texts: { de: { title: "Lesung", summary: "Fällt aus" } } }))).id;
  await services.offers.setStatus(cancelled, "CANCELLED");
  const draft = (await services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: "2026-12-06T10:00:00Z", status: "DRAFT", texts: { de: { title: "Entwurf", summary: "Geheim" } } }))).id;
  const formula = (await services.offers.saveOffer(offerInput({ organizationId: club, categoryId: "sport", startsAt: "2026-12-12T10:00:00Z", texts: { de: { title: "=HYPERLINK(\"http://evil.example\")", summary: "Kurz" } } }))).id;
  // One week of the series does not take place: its date row is gone (as an import's EXDATE would leave it).
  const dropped = new Date("2026-12-17T17:00:00Z");
  await db.prisma.offerOccurrence.deleteMany({ where: { offerId: weekly, startsAt: dropped } });
  return { ...city, club, weekly, cafe, online, cancelled, draft, formula, dropped };
}
