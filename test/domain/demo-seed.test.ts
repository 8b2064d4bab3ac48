import { describe, expect, it } from "vitest";
import { seedDemo } from "../../scripts/demo/seed.ts";
import { useServices } from "../support/services.ts";

describe("demo seed", () => {
  const { db, services, clock } = useServices({ now: "2026-12-01T10:00:00Z" });

  it("when the demo city is loaded twice, then it holds 6 districts, 4 organizations and 40 published offers, none twice", async () => {
    await seedDemo(services, { timezone: "Europe/Berlin", clock });
    const occurrencesAfterFirst = await db.prisma.offerOccurrence.count();
    clock.advance(86_400_000); // the next day: dates move along, rows stay
    await seedDemo(services, { timezone: "Europe/Berlin", clock });

    expect(await db.prisma.district.count()).toBe(6);
    expect(await db.prisma.organization.count()).toBe(4);
    expect(await db.prisma.offer.count({ where: { status: "PUBLISHED" } })).toBe(40);
    expect(await db.prisma.offerOccurrence.count()).toBe(occurrencesAfterFirst);

    const offers = await db.prisma.offer.findMany({ include: { translations: true, occurrences: true } });
    expect(new Set(offers.map((o) => o.categoryId)).size).toBe(10);
    expect(offers.filter((o) => o.recurrence !== "NONE").length).toBeGreaterThanOrEqual(4);
    expect(offers.filter((o) => (o.ageMin ?? 0) <= 17 && (o.ageMax ?? 200) >= 12 && (o.ageMin !== null || o.ageMax !== null)).length).toBeGreaterThanOrEqual(4);
    const locales = offers.map((o) => new Set(o.translations.map((t) => t.locale)));
    expect(locales.every((l) => l.has("de") && l.has("en"))).toBe(true);
    expect(locales.filter((l) => l.has("ar") && l.has("uk")).length).toBeGreaterThanOrEqual(20);
    // All within the next 8 weeks of the second run.
    const last = new Date("2026-12-02T10:00:00Z").getTime() + 57 * 86_400_000;
    expect(offers.flatMap((o) => o.occurrences).every((occ) => occ.startsAt.getTime() < last)).toBe(true);

    const football = await services.offers.search({ query: "football", locale: "de" });
    expect(football.map((c) => c.title)).toContain("Fußball-Training für Jugendliche");
  });
});
