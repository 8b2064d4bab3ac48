import { beforeEach, describe, expect, it } from "vitest";
import type { Services } from "../../src/domain/index.ts";
import { COUNT_CAP, OfferUnavailableError, type NewOffer } from "../../src/domain/offers.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

// Tuesday 1 December 2026, 11:00 in Berlin.
const NOW = "2026-12-01T10:00:00Z";

describe("offers service", () => {
  const { db, services, clock } = useServices({ now: NOW });
  let city: Awaited<ReturnType<typeof seedSmallCity>>;

  beforeEach(async () => {
    city = await seedSmallCity(services);
  });

  const save = (startsAt: string, extra: Partial<Omit<NewOffer, "startsAt">> = {}) =>
    services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt, ...extra }));

  it("when listing, then only published future dates appear, soonest first, five per page", async () => {
    for (let day = 2; day <= 13; day++) await save(`2026-12-${String(day).padStart(2, "0")}T17:00:00Z`, { texts: { de: { title: `Tag ${day}`, summary: "s" } } });
    await save("2026-11-30T17:00:00Z", { texts: { de: { title: "Vorbei", summary: "s" } } });
    await save("2026-12-02T08:00:00Z", { status: "DRAFT", texts: { de: { title: "Entwurf", summary: "s" } } });
    await save("2026-12-02T09:00:00Z", { status: "CANCELLED", texts: { de: { title: "Abgesagt", summary: "s" } } });

    const first = await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" });
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(3);
    expect(first.cards.map((c) => c.title)).toEqual(["Tag 2", "Tag 3", "Tag 4", "Tag 5", "Tag 6"]);

    const last = await services.offers.listUpcoming({ filter: {}, page: 2, locale: "de" });
    expect(last.cards.map((c) => c.title)).toEqual(["Tag 12", "Tag 13"]);
    // A page past the end (a stale button) shows the last page instead of nothing.
    expect((await services.offers.listUpcoming({ filter: {}, page: 99, locale: "de" })).page).toBe(2);
  });

  it("when a weekly offer has dates in the past and the future, then only future dates are listed", async () => {
    await save("2026-11-17T17:00:00Z", { recurrence: "WEEKLY", recurrenceUntil: new Date("2026-12-20T23:00:00Z") });

    const page = await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" });
    expect(page.cards.map((c) => c.startsAt.toISOString())).toEqual(["2026-12-01T17:00:00.000Z", "2026-12-08T17:00:00.000Z", "2026-12-15T17:00:00.000Z"]);
    expect(new Set(page.cards.map((c) => c.offerId)).size).toBe(1);
  });

  it("when filters combine, then only offers matching all of them are listed", async () => {
    await save("2026-12-01T17:00:00Z", { districtId: city.coerdeId, ageMin: 12, ageMax: 17, texts: { de: { title: "Heute Coerde Jugend", summary: "s" } } });
    await save("2026-12-01T18:00:00Z", { districtId: city.hafenId, ageMin: 12, ageMax: 17, texts: { de: { title: "Heute Hafen Jugend", summary: "s" } } });
    await save("2026-12-05T17:00:00Z", { districtId: city.coerdeId, ageMin: 14, ageMax: 20, texts: { de: { title: "Samstag Coerde 14-20", summary: "s" } } });
    await save("2026-12-05T18:00:00Z", { districtId: city.coerdeId, ageMin: 18, texts: { de: { title: "Samstag Coerde Erwachsene", summary: "s" } } });
    await save("2026-12-06T23:30:00Z", { districtId: city.coerdeId, categoryId: "culture", texts: { de: { title: "Montag früh", summary: "s" } } });
    await save("2027-03-01T10:00:00Z", { districtId: city.coerdeId, texts: { de: { title: "März", summary: "s" } } });

    const titles = async (filter: Parameters<Services["offers"]["listUpcoming"]>[0]["filter"]) =>
      (await services.offers.listUpcoming({ filter, page: 0, pageSize: 20, locale: "de" })).cards.map((c) => c.title);

    expect(await titles({ when: "today" })).toEqual(["Heute Coerde Jugend", "Heute Hafen Jugend"]);
    // The week ends Sunday 6 Dec, 23:59 Berlin time; 23:30 UTC on Sunday is already Monday in Berlin.
    expect(await titles({ when: "week", districtId: city.coerdeId })).toEqual(["Heute Coerde Jugend", "Samstag Coerde 14-20", "Samstag Coerde Erwachsene"]);
    expect(await titles({ when: "week", districtId: city.coerdeId, youth: true })).toEqual(["Heute Coerde Jugend", "Samstag Coerde 14-20"]);
    expect(await titles({ categoryId: "culture" })).toEqual(["Montag früh"]);
    expect(await titles({ when: "months2", districtId: city.coerdeId })).not.toContain("März");
    expect(await titles({ categoryId: "women" })).toEqual([]);
  });

  it("when the day and then the week turn, then 'today' and 'this week' move with them", async () => {
    await save("2026-12-01T17:00:00Z", { texts: { de: { title: "Dienstag", summary: "s" } } });
    await save("2026-12-02T17:00:00Z", { texts: { de: { title: "Mittwoch", summary: "s" } } });
    await save("2026-12-08T17:00:00Z", { texts: { de: { title: "Nächster Dienstag", summary: "s" } } });
    const titles = async (when: "today" | "week") => (await services.offers.listUpcoming({ filter: { when }, page: 0, pageSize: 20, locale: "de" })).cards.map((c) => c.title);

    expect(await titles("today")).toEqual(["Dienstag"]);
    expect(await titles("week")).toEqual(["Dienstag", "Mittwoch"]);
    clock.set("2026-12-01T23:30:00Z"); // 00:30 on Wednesday in Berlin
    expect(await titles("today")).toEqual(["Mittwoch"]);
    clock.set("2026-12-06T23:30:00Z"); // 00:30 on Monday 7 December in Berlin: a new week
    expect(await titles("today")).toEqual([]);
    expect(await titles("week")).toEqual(["Nächster Dienstag"]);
  });

  it("when a text is missing in the user's language, then the source language is used and marked", async () => {
    await save("2026-12-03T17:00:00Z", {
      texts: { de: { title: "Sprachcafé", summary: "Deutsch üben" }, uk: { title: "Мовне кафе", summary: "Розмови за кавою" } },
    });

    const [uk] = (await services.offers.listUpcoming({ filter: {}, page: 0, locale: "uk" })).cards;
    const [fa] = (await services.offers.listUpcoming({ filter: {}, page: 0, locale: "fa" })).cards;
    expect(uk).toMatchObject({ title: "Мовне кафе", textLocale: "uk" });
    expect(fa).toMatchObject({ title: "Sprachcafé", textLocale: "de" });
  });

  it("when searching, then every language version is searched and the match comes back in the user's language", async () => {
    await save("2026-12-03T17:00:00Z", {
      texts: {
        de: { title: "Fußball für Jugendliche", summary: "Training im Südpark" },
        en: { title: "Football for teens", summary: "Training in South Park" },
        ar: { title: "كرة القدم للشباب", summary: "تدريب" },
      },
    });
    await save("2026-12-04T17:00:00Z", { texts: { de: { title: "Sprachcafé", summary: "Bei Kaffee Deutsch üben" }, uk: { title: "Мовне кафе", summary: "Кава та розмови" } } });

    expect((await services.offers.search({ query: "football", locale: "de" })).map((c) => c.title)).toEqual(["Fußball für Jugendliche"]);
    expect((await services.offers.search({ query: "FUSSBALL", locale: "en" })).map((c) => c.title)).toEqual(["Football for teens"]);
    expect((await services.offers.search({ query: "كرة القدم", locale: "ar" })).map((c) => c.title)).toEqual(["كرة القدم للشباب"]);
    expect((await services.offers.search({ query: "кава", locale: "uk" })).map((c) => c.title)).toEqual(["Мовне кафе"]);
    expect(await services.offers.search({ query: "%", locale: "de" })).toEqual([]);
    expect(await services.offers.search({ query: "schwimmen", locale: "de" })).toEqual([]);
  });

  it("when a recurring offer matches a search, then it appears once, with its next date", async () => {
    await save("2026-11-24T17:00:00Z", { recurrence: "WEEKLY", recurrenceUntil: new Date("2027-01-31T00:00:00Z"), texts: { de: { title: "Yoga", summary: "s" } } });

    const results = await services.offers.search({ query: "yoga", locale: "de" });
    expect(results).toHaveLength(1);
    expect(results[0]!.startsAt.toISOString()).toBe("2026-12-01T17:00:00.000Z");
  });

  it("when details of a date are asked, then everything is there; a cancelled or past one is unavailable", async () => {
    const { id } = await save("2026-12-03T17:00:00Z", {
      districtId: city.hafenId,
      address: "Hafenstraße 1",
      latitude: 51.96,
      longitude: 7.62,
      costText: "2 €",
      ageMin: 12,
      ageMax: 17,
      languages: ["de", "ar"],
      signupRequired: true,
      capacity: 20,
    });
    const occurrenceId = await services.offers.nextOccurrenceId(id);

    const details = await services.offers.getDetails({ occurrenceId, locale: "en" });
    expect(details).toMatchObject({ districtName: "Harbour", organizationName: "Stadt Teststadt", costText: "2 €", latitude: 51.96, capacity: 20, textLocale: "de" });
    expect(details).toMatchObject({ organizationContact: "rathaus@teststadt.example", address: "Hafenstraße 1", longitude: 7.62, ageMin: 12, ageMax: 17, languages: ["de", "ar"], signupRequired: true, recurrence: "NONE", title: "Angebot", summary: "Kurz", occurrenceId, offerId: id });
    expect(details.startsAt.toISOString()).toBe("2026-12-03T17:00:00.000Z");

    clock.set("2026-12-04T10:00:00Z");
    await expect(services.offers.getDetails({ occurrenceId, locale: "en" })).rejects.toBeInstanceOf(OfferUnavailableError);
    await expect(services.offers.nextOccurrenceId(id)).rejects.toBeInstanceOf(OfferUnavailableError);
    await expect(services.offers.getDetails({ occurrenceId: 999_999, locale: "en" })).rejects.toBeInstanceOf(OfferUnavailableError);

    clock.set(NOW);
    await services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: "2026-12-03T17:00:00Z", status: "CANCELLED", externalRef: "x" }));
    const cancelled = await save("2026-12-03T17:00:00Z", { status: "CANCELLED" });
    const cancelledOccurrence = await db.prisma.offerOccurrence.findFirstOrThrow({ where: { offerId: cancelled.id } });
    await expect(services.offers.getDetails({ occurrenceId: cancelledOccurrence.id, locale: "en" })).rejects.toMatchObject({ code: "offer-unavailable" });
  });

  it("when an offer is saved again under the same reference, then it is updated in place and its dates keep their ids", async () => {
    const input = { externalRef: "demo-1", recurrence: "WEEKLY" as const, recurrenceUntil: new Date("2026-12-31T00:00:00Z") };
    const first = await save("2026-12-02T17:00:00Z", input);
    const before = await db.prisma.offerOccurrence.findMany({ where: { offerId: first.id }, orderBy: { seq: "asc" } });

    const second = await save("2026-12-02T18:00:00Z", { ...input, recurrenceUntil: new Date("2026-12-20T00:00:00Z") });
    const after = await db.prisma.offerOccurrence.findMany({ where: { offerId: second.id }, orderBy: { seq: "asc" } });

    expect(second.id).toBe(first.id);
    expect(await db.prisma.offer.count()).toBe(1);
    expect(before).toHaveLength(5);
    expect(after.map((o) => o.id)).toEqual(before.slice(0, 3).map((o) => o.id));
    expect(after[0]!.startsAt.toISOString()).toBe("2026-12-02T18:00:00.000Z");
  });

  it("when an offer is cancelled and published again, then its dates leave and return to the lists", async () => {
    const { id } = await save("2026-12-02T17:00:00Z", { recurrence: "WEEKLY", recurrenceUntil: new Date("2026-12-20T00:00:00Z") });
    const listed = async () => (await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" })).total;
    expect(await listed()).toBe(3);

    await services.offers.setStatus(id, "CANCELLED");
    expect(await listed()).toBe(0);
    await services.offers.setStatus(id, "PUBLISHED");
    expect(await listed()).toBe(3);
    await expect(services.offers.setStatus(999_999, "CANCELLED")).rejects.toBeInstanceOf(OfferUnavailableError);
  });

  it("when more than 500 dates match, then counting stops at the cap and the page count says “more”", async () => {
    for (let i = 0; i < 5; i++) {
      await save(`2026-12-0${i + 2}T17:00:00Z`, { recurrence: "WEEKLY", recurrenceUntil: new Date("2029-01-01T00:00:00Z") });
    }
    const page = await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" });
    expect(page).toMatchObject({ total: COUNT_CAP + 1, more: true, pageCount: 101 });
    expect(await db.prisma.offerOccurrence.count()).toBe(5 * 104);
  });

  it("when an offer is invalid, then it is refused and nothing is saved", async () => {
    await expect(save("2026-12-02T17:00:00Z", { texts: { en: { title: "x", summary: "y" } } })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(save("2026-12-02T17:00:00Z", { ageMin: 18, ageMax: 12 })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(save("2026-12-02T17:00:00Z", { recurrence: "WEEKLY" })).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.prisma.offer.count()).toBe(0);
  });

  it("when categories and districts are listed, then names come in the user's language, else German", async () => {
    const categories = await services.catalog.listCategories("uk");
    expect(categories).toHaveLength(10);
    expect(categories[0]).toEqual({ id: "sport", emoji: "⚽", name: "Спорт" });
    expect((await services.catalog.listDistricts("uk")).map((d) => d.name)).toEqual(["Кьорде", "Am Hafen"]);
  });
});
