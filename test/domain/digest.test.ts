import { describe, expect, it } from "vitest";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

describe("weekly digest", () => {
  const { db, services, clock } = useServices({ now: "2026-11-29T10:00:00Z", quietHours: null });

  it("when offers were published this week, then only digest readers with something new in their topics and districts get one, in their language", async () => {
    const city = await seedSmallCity(services);
    const reader = async (telegramId: bigint, languageCode: string, topic?: string, districtId?: number) => {
      const user = await services.users.identify({ telegramId, languageCode });
      await services.subscriptions.toggleDigest(user.id);
      if (topic) await services.subscriptions.toggleTopic(user.id, topic);
      if (districtId) await services.subscriptions.toggleDistrict(user.id, districtId);
      return user;
    };
    const sportsFan = await reader(1n, "uk", "sport");
    const coerdeOnly = await reader(2n, "de", undefined, city.coerdeId);
    const cultureFan = await reader(3n, "de", "culture");
    const noDigest = await services.users.identify({ telegramId: 4n, languageCode: "de" });
    await services.subscriptions.toggleTopic(noDigest.id, "sport");

    // Published two weeks ago: not new. Published this week: new.
    clock.set("2026-11-15T10:00:00Z");
    await services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: "2026-12-10T17:00:00Z", categoryId: "culture", texts: { de: { title: "Alt", summary: "s" } } }));
    clock.set("2026-11-27T10:00:00Z");
    await services.offers.saveOffer(
      offerInput({ organizationId: city.orgId, startsAt: "2026-12-05T17:00:00Z", categoryId: "sport", districtId: city.coerdeId, texts: { de: { title: "Fußball", summary: "s" }, uk: { title: "Футбол", summary: "s" } } }),
    );
    clock.set("2026-11-29T10:00:00Z");

    const { id } = await services.announcements.createDigest(clock.now());
    expect(await services.announcements.enqueueDue(clock.now())).toBe(2);
    const deliveries = await db.prisma.delivery.findMany({ orderBy: { userId: "asc" } });
    expect(deliveries.map((d) => [d.userId, d.locale])).toEqual([
      [sportsFan.id, "uk"],
      [coerdeOnly.id, "de"],
    ]);
    expect(deliveries.some((d) => d.userId === cultureFan.id)).toBe(false);

    const offers = await services.announcements.digestOffers(id, sportsFan.id, "uk");
    expect(offers.map((o) => [o.title, o.emoji, o.districtName])).toEqual([["Футбол", "⚽", "Кьорде"]]);

    // Next week's digest starts where this one ended: the same offer is not new again.
    clock.set("2026-12-06T10:00:00Z");
    await services.announcements.createDigest(clock.now());
    expect(await services.announcements.enqueueDue(clock.now())).toBe(0);
  });
});
