// The public listings read by the feeds and the page: few queries however many offers, the
// target groups of the inventory from the age range.
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/index.ts";
import { createFeedsService, targetGroupsOf } from "../../src/domain/feeds.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

describe("feeds: listings", () => {
  const fx = useServices({ now: "2026-12-01T10:00:00Z" });

  it("when 60 offers (half of them weekly) are listed, then it takes two queries and each offer comes once with its dates", async () => {
    const city = await seedSmallCity(fx.services);
    for (let i = 0; i < 60; i++) {
      await fx.services.offers.saveOffer(
        offerInput({
          organizationId: city.orgId,
          startsAt: `2026-12-${String(2 + (i % 20)).padStart(2, "0")}T17:00:00Z`,
          ...(i % 2 ? { recurrence: "WEEKLY" as const, recurrenceUntil: new Date("2027-02-01T00:00:00Z") } : {}),
          texts: { de: { title: `Treff ${i}`, summary: "s" }, en: { title: `Meet ${i}`, summary: "s" } },
        }),
      );
    }
    let queries = 0;
    const counting = new Proxy(fx.db.prisma, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof key === "string" && key.startsWith("$query")) return (...args: unknown[]) => (queries++, (value as (...a: unknown[]) => unknown).apply(target, args));
        return typeof value === "function" ? value.bind(target) : value;
      },
    }) as Db;
    const feeds = createFeedsService({ db: counting, clock: fx.clock, actors: fx.services.actors, timezone: "Europe/Berlin" });
    const listings = await feeds.listings({ locale: "en" });
    expect(queries).toBe(2);
    expect(listings).toHaveLength(60);
    expect(new Set(listings.map((l) => l.offerId)).size).toBe(60);
    expect(listings.every((l) => l.title.startsWith("Meet "))).toBe(true);
    const weekly = listings.find((l) => l.recurrence === "WEEKLY")!;
    expect(weekly.dates.length).toBeGreaterThan(5);
    expect(weekly.cancelledDates).toEqual([]);
    // Soonest next date first.
    const firsts = listings.map((l) => l.dates[0]!.startsAt.getTime());
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("when an admin asks for the inventory CSV, then it comes; a resident is refused", async () => {
    const admin = (await fx.build({ adminIds: [9n] }).users.identify({ telegramId: 9n, firstName: "A", languageCode: "de" })).id;
    const resident = (await fx.services.users.identify({ telegramId: 10n, firstName: "R", languageCode: "de" })).id;
    const services = fx.build({ adminIds: [9n] });
    expect((await services.feeds.adminInventoryCsv(admin, "de")).startsWith("\uFEFFid,title,organisation")).toBe(true);
    await expect(services.feeds.adminInventoryCsv(resident, "de")).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("feeds: target groups from ages", () => {
  const youth = { min: 12, max: 17 };
  it.each([
    [undefined, undefined, ["all"]],
    [12, 17, ["youth"]],
    [6, 11, ["children"]],
    [6, 14, ["children", "youth"]],
    [18, undefined, ["adults"]],
    [60, undefined, ["adults", "seniors"]],
    [undefined, 10, ["children"]],
    [16, 27, ["youth", "adults"]],
  ] as const)("when ages are %s to %s, then the groups are %j", (min, max, groups) => {
    expect(targetGroupsOf(min, max, youth)).toEqual(groups);
  });
});
