import { describe, expect, it } from "vitest";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

describe("retention", () => {
  const { db, services, clock } = useServices({ now: "2026-10-01T10:00:00Z", retentionDays: 30 });

  it("when the nightly job runs, then only data past its time is erased, and a second run erases nothing more", async () => {
    const { orgId } = await seedSmallCity(services);
    const oldOffer = await services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-10-02T10:00:00Z", signupRequired: true }));
    const newOffer = await services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-10-20T10:00:00Z", signupRequired: true }));
    const anna = await services.users.identify({ telegramId: 1n, firstName: "Anna" });
    const gone = await services.users.identify({ telegramId: 2n, firstName: "Gone" });
    await services.signups.signUp({ occurrenceId: await services.offers.nextOccurrenceId(oldOffer.id), userId: anna.id, seats: 1, listName: "Anna", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId: await services.offers.nextOccurrenceId(newOffer.id), userId: anna.id, seats: 1, listName: "Anna", ageBand: "ADULT" });
    await services.conversationState.write("conv:1", { old: true });
    await services.users.markBlocked(2n);
    const cached = { provider: "libretranslate", sourceLocale: "de", targetLocale: "ar", text: "«ar» Sprachcafé" };
    await db.prisma.translationCache.create({ data: { ...cached, sourceHash: "old", createdAt: new Date("2026-05-01T10:00:00Z") } });
    await db.prisma.translationCache.create({ data: { ...cached, sourceHash: "recent", createdAt: new Date("2026-09-01T10:00:00Z") } });

    // 1 Nov: the old offer (2 Oct) is 30 days past, the newer (20 Oct) is not; the conversation
    // was last touched 1 Oct (31 days); the block is 31 days old.
    const first = await services.retention.run(new Date("2026-11-01T11:00:00Z"));
    // The cache row of 1 May is more than 180 days old; the one of 1 Sep is not.
    expect(first).toEqual({ signups: 1, conversations: 1, users: 0, cachedTranslations: 1 });
    expect((await db.prisma.translationCache.findMany()).map((r) => r.sourceHash)).toEqual(["recent"]);
    expect(await db.prisma.signup.count()).toBe(1);

    expect(await services.retention.run(new Date("2026-11-01T11:00:00Z"))).toEqual({ signups: 0, conversations: 0, users: 0, cachedTranslations: 0 });

    // 90 days after blocking, the user and everything of theirs goes.
    const later = await services.retention.run(new Date("2026-12-31T10:00:01Z"));
    expect(later.users).toBe(1);
    expect(await services.users.findByTelegramId(gone.telegramId)).toBeUndefined();
    expect(await services.users.findByTelegramId(anna.telegramId)).toBeDefined();
  });

  it("when a user who blocked the bot 90 days ago still held a seat, then erasing them gives the seat to the waiting list", async () => {
    const { orgId } = await seedSmallCity(services);
    const offer = await services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2027-01-15T10:00:00Z", signupRequired: true, capacity: 1 }));
    const date = await services.offers.nextOccurrenceId(offer.id);
    const gone = await services.users.identify({ telegramId: 31n, firstName: "Gone" });
    const waiting = await services.users.identify({ telegramId: 32n, firstName: "Waiting" });
    await services.signups.signUp({ occurrenceId: date, userId: gone.id, seats: 1, listName: "Gone", ageBand: "ADULT" });
    const next = await services.signups.signUp({ occurrenceId: date, userId: waiting.id, seats: 1, listName: "Waiting", ageBand: "ADULT" });
    await services.users.markBlocked(31n);

    const now = new Date("2026-12-31T10:00:01Z");
    clock.set(now);
    expect((await services.retention.run(now)).users).toBe(1);

    expect(await services.users.findByTelegramId(31n)).toBeUndefined();
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: next.signupId } })).status).toBe("CONFIRMED");
  });
});
