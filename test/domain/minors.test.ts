// Minors on every offer: the age group decides, not whether the offer has an age range; the
// consent age, the guardian hold and the other sign-up constants come from the configuration.
import { describe, expect, it } from "vitest";
import { bandsFor, bandFits, type AgeBand } from "../../src/domain/signups.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";

describe("minors on every offer", () => {
  const { db, services, clock, build } = useServices({ now: NOW });

  async function date(extra: Parameters<typeof offerInput>[0] extends infer T ? Partial<T> : never = {}, using = services) {
    const org = await using.catalog.saveOrganization({ name: `Verein ${Math.random()}` });
    const offer = await using.offers.saveOffer(offerInput({ organizationId: org.id, startsAt: "2026-12-10T15:00:00Z", signupRequired: true, capacity: 20, ...extra }));
    return using.offers.nextOccurrenceId(offer.id);
  }
  const person = async (telegramId: bigint) => (await services.users.identify({ telegramId, firstName: `P${telegramId}` })).id;

  it("when a 13-year-old signs up for an offer without an age range, then the sign-up waits for a guardian with a link; an adult's is confirmed", async () => {
    const occurrenceId = await date();
    const child = await services.signups.signUp({ occurrenceId, userId: await person(1n), seats: 1, listName: "Mia", ageBand: "UNDER_16" });
    expect(child).toMatchObject({ status: "PENDING_GUARDIAN", guardianToken: expect.any(String) });
    const adult = await services.signups.signUp({ occurrenceId, userId: await person(2n), seats: 1, listName: "Ana", ageBand: "ADULT" });
    expect(adult).toMatchObject({ status: "CONFIRMED", guardianToken: null });
    expect(await db.prisma.signup.findMany({ orderBy: { id: "asc" }, select: { ageBand: true } })).toEqual([{ ageBand: "UNDER_16" }, { ageBand: "ADULT" }]);
  });

  it("when a sign-up states no age group, then the domain refuses it and stores nothing, whatever the offer's ages", async () => {
    // The bot always asks; a direct call must not slip past the guardian rule either.
    const offers = [await date(), await date({ ageMin: 18 }), await date({ ageMin: 12, ageMax: 17 })];
    for (const occurrenceId of offers) {
      const request = { occurrenceId, userId: await person(9n), seats: 1, listName: "Noa" };
      await expect(services.signups.signUp(request as typeof request & { ageBand: AgeBand })).rejects.toMatchObject({ code: "invalid-input", message: "invalid age band" });
    }
    expect(await db.prisma.signup.count()).toBe(0);
  });

  it("when an offer is adults-only (18 and older), then only 'adult' can be chosen", async () => {
    const occurrenceId = await date({ ageMin: 18 });
    expect(bandsFor(18)).toEqual(["ADULT"]);
    for (const ageBand of ["UNDER_16", "AGE_16_17"] as const) {
      await expect(services.signups.signUp({ occurrenceId, userId: await person(3n), seats: 1, listName: "Jo", ageBand })).rejects.toMatchObject({ code: "signup-age-mismatch" });
    }
    // Not even "an adult booking for children": the offer is for adults themselves.
    await expect(services.signups.signUp({ occurrenceId, userId: await person(3n), seats: 2, childSeats: 1, listName: "Jo", ageBand: "ADULT" })).rejects.toMatchObject({
      code: "signup-age-mismatch",
    });
    expect(await db.prisma.signup.count()).toBe(0);
    await expect(services.signups.signUp({ occurrenceId, userId: await person(3n), seats: 1, listName: "Jo", ageBand: "ADULT" })).resolves.toMatchObject({ status: "CONFIRMED" });
  });

  it("when GUARDIAN_AGE is 14, then a 14-year-old ('14 to 17') needs no guardian, the options say 14, and 18 leaves no middle group", async () => {
    const fourteen = build({ signups: { guardianAge: 14 } });
    const occurrenceId = await date({}, fourteen);
    const userId = await person(4n);
    expect((await fourteen.signups.getOptions({ occurrenceId, userId, locale: "de" })).guardianAge).toBe(14);
    await expect(fourteen.signups.signUp({ occurrenceId, userId, seats: 1, listName: "Lea", ageBand: "AGE_16_17" })).resolves.toMatchObject({ status: "CONFIRMED" });
    expect(bandFits("AGE_16_17", 12, 15, 14)).toBe(true); // 14–17 overlaps 12–15
    expect(bandFits("AGE_16_17", 12, 15, 16)).toBe(false);
    expect(bandsFor(null, 18)).toEqual(["UNDER_16", "ADULT"]);
  });

  it("when the guardian hold is 6 hours, then an unconfirmed sign-up lapses after 6 hours, not 48", async () => {
    const short = build({ signups: { guardianHoldMs: 6 * 3_600_000 } });
    const occurrenceId = await date({}, short);
    const held = await short.signups.signUp({ occurrenceId, userId: await person(5n), seats: 1, listName: "Kim", ageBand: "UNDER_16" });
    clock.set(new Date(new Date(NOW).getTime() + 6 * 3_600_000));
    await short.signups.runScheduled(clock.now());
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: held.signupId } })).status).toBe("LAPSED");
  });

  it("when the still-coming lead is 12 hours, then nobody is asked two days before, and they are 12 hours before", async () => {
    const lead = build({ signups: { stillComingLeadMs: 12 * 3_600_000 } });
    const occurrenceId = await date({ cancelDeadlineMinutes: 60 }, lead);
    await lead.signups.signUp({ occurrenceId, userId: await person(7n), seats: 1, listName: "Ali", ageBand: "ADULT" });
    expect(await lead.signups.runScheduled(new Date("2026-12-08T15:00:00Z"))).toMatchObject({ stillComing: 0 });
    expect(await lead.signups.runScheduled(new Date("2026-12-10T03:00:00Z"))).toMatchObject({ stillComing: 1 });
  });

  it("when SIGNUP_MAX_SEATS is 3, then the chat offers at most 3 seats even if the offer allows 6", async () => {
    const occurrenceId = await date({ maxSeatsPerSignup: 6 });
    const userId = await person(6n);
    expect((await services.signups.getOptions({ occurrenceId, userId, locale: "de" })).maxSeats).toBe(6);
    expect((await build({ signups: { maxSeats: 3 } }).signups.getOptions({ occurrenceId, userId, locale: "de" })).maxSeats).toBe(3);
  });

  it("when YOUTH_AGES is 18-27, then a 20–25 offer counts as for young people and a 12–15 one does not (the default 12-17 says the opposite)", async () => {
    const young = build({ youthAges: { min: 18, max: 27 } });
    await date({ ageMin: 20, ageMax: 25, texts: { de: { title: "Bewerbungstraining", summary: "Kurz" } } }, young);
    await date({ ageMin: 12, ageMax: 15, texts: { de: { title: "Teenietreff", summary: "Kurz" } } }, young);
    const { cards } = await young.offers.listUpcoming({ filter: { youth: true }, locale: "de", page: 0 });
    expect(cards.map((card) => card.title)).toEqual(["Bewerbungstraining"]);
  });

  it("when invitations are valid for 2 days, then a link expires after 2 days", async () => {
    const admin = (await services.users.identify({ telegramId: 1n })).id;
    const twoDays = build({ adminIds: [1n], invitationValidityMs: 2 * 86_400_000 });
    const { id } = await twoDays.staff.createOrganization(admin, { name: "Tafel" });
    const { expiresAt } = await twoDays.staff.invite(admin, id);
    expect(expiresAt).toEqual(new Date(new Date(NOW).getTime() + 2 * 86_400_000));
  });
});
