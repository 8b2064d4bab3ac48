// The read-mostly screens come from memory (src/domain/screen-cache.ts): every change to what
// they show must reach them at once, whoever makes it (staff, the translation job, an admin),
// and time alone must still move dates off the list.
import { beforeEach, describe, expect, it } from "vitest";
import { offerSourceHash } from "../../src/domain/offer-translation.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const titles = (page: { cards: { title: string }[] }) => page.cards.map((card) => card.title);

describe("screen cache", () => {
  const { db, services, clock } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;

  beforeEach(async () => {
    cast = await seedCast(db);
  });

  const save = (title: string, startsAt: string) =>
    services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt, texts: { de: { title, summary: "Kurz" } } }));

  it("when a list was shown and staff cancel one of its offers, then the list shown next leaves it out", async () => {
    const yoga = await save("Yoga", "2026-12-03T09:00:00Z");
    await save("Laufen", "2026-12-04T09:00:00Z");
    expect(titles(await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" }))).toEqual(["Yoga", "Laufen"]);

    await services.offerManagement.cancel(cast.users.staffA.id, yoga.id);

    const page = await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" });
    expect(titles(page)).toEqual(["Laufen"]);
    expect(page.total).toBe(1);
  });

  it("when a card was shown and staff edit the offer's title, then the card and the list show the new title", async () => {
    const yoga = await save("Yoga", "2026-12-03T09:00:00Z");
    const occurrenceId = await services.offers.nextOccurrenceId(yoga.id);
    expect((await services.offers.getDetails({ occurrenceId, locale: "de" })).title).toBe("Yoga");
    await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" });

    const current = await services.offers.currentInput(yoga.id);
    await services.offerManagement.edit(cast.users.staffA.id, yoga.id, { ...current, texts: { de: { title: "Yoga am Morgen", summary: "Kurz" } } });

    expect((await services.offers.getDetails({ occurrenceId, locale: "de" })).title).toBe("Yoga am Morgen");
    expect(titles(await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" }))).toEqual(["Yoga am Morgen"]);
  });

  it("when an Arabic reader saw the German card and the translation job then stores an Arabic version, then the next card is in Arabic", async () => {
    const yoga = await save("Yoga", "2026-12-03T09:00:00Z");
    const occurrenceId = await services.offers.nextOccurrenceId(yoga.id);
    expect(await services.offers.getDetails({ occurrenceId, locale: "ar" })).toMatchObject({ textLocale: "de" });
    expect((await services.offers.listUpcoming({ filter: {}, page: 0, locale: "ar" })).cards[0]).toMatchObject({ textLocale: "de" });

    const hash = offerSourceHash({ title: "Yoga", summary: "Kurz" });
    const stored = await services.offers.storeMachineVersions(yoga.id, hash, { ar: { title: "يوغا", summary: "قصير", origin: "MACHINE", provider: "test", sourceHash: hash } });

    expect(stored).toBe(1);
    expect(await services.offers.getDetails({ occurrenceId, locale: "ar" })).toMatchObject({ textLocale: "ar", title: "يوغا", textOrigin: "MACHINE" });
    expect((await services.offers.listUpcoming({ filter: {}, page: 0, locale: "ar" })).cards[0]).toMatchObject({ textLocale: "ar", title: "يوغا" });
  });

  it("when a card was shown and an admin renames the organization, then the card shows the new name", async () => {
    const yoga = await save("Yoga", "2026-12-03T09:00:00Z");
    const occurrenceId = await services.offers.nextOccurrenceId(yoga.id);
    const before = (await services.offers.getDetails({ occurrenceId, locale: "de" })).organizationName;

    await services.staff.editOrganization(cast.users.admin.id, cast.orgs.A, { name: "Sportverein Neu" });

    expect(before).not.toBe("Sportverein Neu");
    expect((await services.offers.getDetails({ occurrenceId, locale: "de" })).organizationName).toBe("Sportverein Neu");
  });

  it("when a district was listed and then renamed, then the next list of districts has the new name", async () => {
    await services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    expect((await services.catalog.listDistricts("de")).map((d) => d.name)).toContain("Coerde");

    await services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde-Nord" } });

    expect((await services.catalog.listDistricts("de")).map((d) => d.name)).toContain("Coerde-Nord");
  });

  it("when a list was shown and its first date then starts, then the next list leaves that date out without any change to the offers", async () => {
    await save("Yoga", "2026-12-01T12:00:00Z");
    await save("Laufen", "2026-12-02T09:00:00Z");
    expect(titles(await services.offers.listUpcoming({ filter: {}, page: 1, pageSize: 1, locale: "de" }))).toEqual(["Laufen"]);
    expect(titles(await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" }))).toEqual(["Yoga", "Laufen"]);

    clock.set("2026-12-01T12:00:01Z");

    expect(titles(await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" }))).toEqual(["Laufen"]);
    // Page 2 of one per page no longer exists: the last page (Laufen) is shown, not the old page.
    expect((await services.offers.listUpcoming({ filter: {}, page: 1, pageSize: 1, locale: "de" })).pageCount).toBe(1);
  });

  it("when the two-month window was listed and time moves it over a later date, then that date appears", async () => {
    await save("Yoga", "2026-12-20T09:00:00Z");
    await save("Sommerfest", "2027-02-10T09:00:00Z");
    expect(titles(await services.offers.listUpcoming({ filter: { when: "months2" }, page: 0, locale: "de" }))).toEqual(["Yoga"]);

    clock.set("2026-12-15T10:00:00Z");

    expect(titles(await services.offers.listUpcoming({ filter: { when: "months2" }, page: 0, locale: "de" }))).toEqual(["Yoga", "Sommerfest"]);
  });

  it("when the list is read twice without a change, then the database is asked once", async () => {
    await save("Yoga", "2026-12-03T09:00:00Z");
    const first = await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" });
    // A row written behind the services' back (no service call) is not seen: the page came from memory.
    await db.prisma.offerTranslation.updateMany({ data: { title: "Geändert" } });
    expect(await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" })).toEqual(first);
  });
});
