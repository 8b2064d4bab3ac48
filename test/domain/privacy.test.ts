import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/domain/errors.ts";
import { conversationKeyOf } from "../../src/domain/privacy.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

describe("privacy: export and erasure", () => {
  const { db, services, clock } = useServices({ now: "2026-10-01T10:00:00Z", retentionDays: 14, privacyContact: "dsb@stadt.example" });

  it("the policy the notice shows is the one retention enforces", () => {
    expect(services.privacy.policy).toEqual({ retentionDays: 14, blockedUserDays: 90, conversationDays: 7, contact: "dsb@stadt.example", translationProvider: null, questionDays: 90 });
  });

  it("when a user is erased mid-conversation, then the conversation, the subscription and the sign-ups go, and only upcoming sign-ups count as cancelled", async () => {
    const { orgId } = await seedSmallCity(services);
    const past = await services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-09-20T10:00:00Z", signupRequired: true }));
    const upcoming = await services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-10-20T10:00:00Z", signupRequired: true, capacity: 2 }));
    const anna = await services.users.identify({ telegramId: 4242n, firstName: "Anna" });
    const ben = await services.users.identify({ telegramId: 4343n, firstName: "Ben" });
    const upcomingDate = await services.offers.nextOccurrenceId(upcoming.id);
    clock.set(new Date("2026-09-10T10:00:00Z"));
    await services.signups.signUp({ occurrenceId: await services.offers.nextOccurrenceId(past.id), userId: anna.id, seats: 1, listName: "Anna", ageBand: "ADULT" });
    clock.set(new Date("2026-10-01T10:00:00Z"));
    await services.signups.signUp({ occurrenceId: upcomingDate, userId: anna.id, seats: 2, listName: "Anna", ageBand: "ADULT" });
    const waiting = await services.signups.signUp({ occurrenceId: upcomingDate, userId: ben.id, seats: 1, listName: "Ben", ageBand: "ADULT" });
    await services.subscriptions.setEnabled(anna.id, true);
    await services.conversationState.write(conversationKeyOf(4242n), { typed: "Anna from Coerde" });

    expect(await services.privacy.activeSignups(anna.id)).toBe(1);
    expect(await services.privacy.erase(anna.id)).toEqual({ signupsCancelled: 1 });

    expect(await db.prisma.user.count({ where: { telegramId: 4242n } })).toBe(0);
    expect(await db.prisma.signup.count({ where: { listName: "Anna" } })).toBe(0);
    expect(await db.prisma.subscription.count()).toBe(0);
    expect(await services.conversationState.read(conversationKeyOf(4242n))).toBeUndefined();
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: waiting.signupId } })).status).toBe("CONFIRMED");
    expect(await services.privacy.erase(anna.id)).toEqual({ signupsCancelled: 0 });
    await expect(services.privacy.exportFor(anna.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the export of a staff member lists what they wrote and did, and no one else's data", async () => {
    const { orgId } = await seedSmallCity(services);
    const staff = await services.users.identify({ telegramId: 77n, firstName: "Sven" });
    const other = await services.users.identify({ telegramId: 78n, firstName: "Olga" });
    const offer = await services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-10-20T10:00:00Z", createdByUserId: staff.id, texts: { de: { title: "Nachbarschaftsspaziergang", summary: "s" } } }));
    await services.audit.record({ actorUserId: staff.id, action: "offer.created", targetType: "offer", targetId: offer.id });
    await services.audit.record({ actorUserId: other.id, action: "offer.created", targetType: "offer", targetId: 99 });

    const data = await services.privacy.exportFor(staff.id);

    expect(data.profile).toMatchObject({ telegramId: "77", firstName: "Sven" });
    expect(data.staff.offersCreated).toMatchObject([{ id: offer.id, titles: { de: "Nachbarschaftsspaziergang" } }]);
    expect(data.staff.actions).toMatchObject([{ action: "offer.created", targetId: String(offer.id) }]);
    expect(JSON.stringify(data)).not.toContain("Olga");
  });
});
