import { describe, expect, it } from "vitest";
import { ForbiddenError } from "../../src/domain/errors.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

describe("monthly numbers for admins", () => {
  const { db, services } = useServices({ now: "2026-12-01T10:00:00Z", adminIds: [1n] });

  it("when an admin asks for a month, then sign-ups, seats and attendance are counted per topic and offer, and users per language; others are refused", async () => {
    const admin = await services.users.identify({ telegramId: 1n, languageCode: "de" });
    const a = await services.users.identify({ telegramId: 2n, languageCode: "ar" });
    const b = await services.users.identify({ telegramId: 3n, languageCode: "ar" });
    const org = await services.catalog.saveOrganization({ name: "Stadt" });
    const { id } = await services.offers.saveOffer(offerInput({ organizationId: org.id, startsAt: "2026-12-05T14:00:00Z", signupRequired: true, texts: { de: { title: "Kochen", summary: "s" } } }));
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    const first = await services.signups.signUp({ occurrenceId, userId: a.id, seats: 3, listName: "A", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId, userId: b.id, seats: 1, listName: "B", ageBand: "ADULT" });
    await db.prisma.signup.update({ where: { id: first.signupId }, data: { attendance: "PRESENT" } });

    const stats = await services.stats.month(admin.id, "2026-12");
    expect(stats.usersByLanguage).toEqual([
      { locale: "ar", users: 2 },
      { locale: "de", users: 1 },
    ]);
    expect(stats.byCategory).toEqual([{ categoryId: "sport", signups: 2, seats: 4, present: 1, absent: 0 }]);
    expect(stats.byOffer).toEqual([{ offerId: id, title: "Kochen", signups: 2, seats: 4, present: 1, absent: 0 }]);
    expect((await services.stats.month(admin.id, "2026-11")).byOffer).toEqual([]);
    await expect(services.stats.month(a.id, "2026-12")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(services.stats.month(admin.id, "Dezember")).rejects.toMatchObject({ code: "invalid-input" });
  });
});
