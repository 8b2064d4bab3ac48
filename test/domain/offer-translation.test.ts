// Offers in every reader's language: where each language version came from (staff or the
// provider), what an edit does to the others, the revision round trip, and the background job
// that fills the gaps. The provider is the in-process scripted one (test/support/translation.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemo, translateDemo } from "../../scripts/demo/seed.ts";
import type { Services } from "../../src/domain/index.ts";
import type { TranslateRequest } from "../../src/domain/machine-translation.ts";
import { OFFER_TEXT_LIMITS, offerSourceHash } from "../../src/domain/offer-translation.ts";
import type { OfferEdit } from "../../src/domain/offer-revisions.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";
import { scripted, scriptedTranslator, type ScriptedTranslator } from "../support/translation.ts";

const NOW = "2026-12-01T10:00:00Z";
const GERMAN = { title: "Sprachcafé", summary: "Deutsch üben bei Kaffee und Kuchen." };

describe("offer translations", () => {
  const { db, services, build, clock } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  let provider: ScriptedTranslator;
  let withProvider: Services;
  let cast: Cast;
  let districtId: number;

  beforeEach(async () => {
    provider = scriptedTranslator({ unsupported: ["ti"] });
    withProvider = build({ translationProvider: provider });
    cast = await seedCast(db);
    districtId = (await services.catalog.saveDistrict({ slug: "kinderhaus", sortOrder: 1, names: { de: "Kinderhaus", en: "Kinderhaus" } })).id;
  });

  const draft = (organizationId: number, extra: Partial<OfferEdit> = {}): OfferEdit => ({
    organizationId,
    categoryId: "sport",
    districtId,
    address: "Idenbrockplatz 8",
    sourceLocale: "de",
    startsAt: new Date("2026-12-05T14:00:00Z"),
    endsAt: new Date("2026-12-05T16:00:00Z"),
    texts: { de: GERMAN },
    ...extra,
  });

  const rows = async (offerId: number) =>
    Object.fromEntries(
      (await db.prisma.offerTranslation.findMany({ where: { offerId }, orderBy: { locale: "asc" } })).map((r) => [r.locale, { title: r.title, summary: r.summary, origin: r.origin, provider: r.provider, sourceHash: r.sourceHash }]),
    );

  /** A published offer of `org` in German with a machine Arabic and Farsi and a typed Ukrainian version. */
  async function translatedOffer(org: number, staff: number): Promise<number> {
    const { versions } = await withProvider.offerManagement.translateDraft(staff, { organizationId: org, sourceLocale: "de", texts: GERMAN, targets: ["ar", "fa"] });
    const { id } = await withProvider.offerManagement.create(staff, draft(org, { texts: { de: GERMAN, ...versions, uk: { title: "Мовне кафе", summary: "Практика німецької." } } }), true);
    if ((await db.prisma.offer.findUniqueOrThrow({ where: { id } })).status !== "PUBLISHED") await services.offers.setStatus(id, "PUBLISHED");
    return id;
  }

  it("when an offer is saved, then the source carries the hash of its own texts and every other version the hash of the source it was made from, human unless it says machine", async () => {
    const { id } = await services.offers.saveOffer({
      ...draft(cast.orgs.A),
      status: "PUBLISHED",
      texts: { de: GERMAN, en: { title: "Language café", summary: "Practise German." }, ar: { title: "«ar» Sprachcafé", summary: "«ar» …", origin: "MACHINE", provider: "deepl" } },
    });
    const hash = offerSourceHash(GERMAN);
    expect(await rows(id)).toEqual({
      de: { ...GERMAN, origin: "HUMAN", provider: null, sourceHash: hash },
      en: { title: "Language café", summary: "Practise German.", origin: "HUMAN", provider: null, sourceHash: hash },
      ar: { title: "«ar» Sprachcafé", summary: "«ar» …", origin: "MACHINE", provider: "deepl", sourceHash: hash },
    });
  });

  it("when staff translate a draft, then every language the provider has comes back as a machine version, Tigrinya as still needed by hand, with the names kept and the limits passed", async () => {
    const requests: TranslateRequest[] = [];
    const translate = withProvider.translation.translate;
    withProvider.translation.translate = (request) => {
      requests.push(request);
      return translate(request);
    };
    const result = await withProvider.offerManagement.translateDraft(cast.users.staffA.id, {
      organizationId: cast.orgs.A,
      sourceLocale: "de",
      texts: GERMAN,
      targets: ["en", "ar", "fa", "ti", "de"],
      districtId,
      address: "Idenbrockplatz 8",
    });

    expect(Object.keys(result.versions).sort()).toEqual(["ar", "en", "fa"]);
    expect(result.versions.ar).toEqual({ title: scripted(GERMAN.title, "ar"), summary: scripted(GERMAN.summary, "ar"), origin: "MACHINE", provider: "libretranslate", sourceHash: offerSourceHash(GERMAN) });
    expect(result.gaps).toEqual([{ locale: "ti", reason: "unsupported" }]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ source: "de", fields: GERMAN, targets: ["en", "ar", "fa", "ti"], limits: OFFER_TEXT_LIMITS, keep: ["Stadt Münster · Partner A", "Kinderhaus", "Idenbrockplatz 8"] });
  });

  it("when the provider is down or none is set, then a draft's translation says so for each language instead of failing", async () => {
    provider.down = true;
    const down = await withProvider.offerManagement.translateDraft(cast.users.staffA.id, { organizationId: cast.orgs.A, sourceLocale: "de", texts: GERMAN, targets: ["ar", "fa"] });
    expect(down).toEqual({ versions: {}, gaps: [{ locale: "ar", reason: "unavailable" }, { locale: "fa", reason: "unavailable" }] });
    const off = await services.offerManagement.translateDraft(cast.users.staffA.id, { organizationId: cast.orgs.A, sourceLocale: "de", texts: GERMAN, targets: ["ar"] });
    expect(off).toEqual({ versions: {}, gaps: [{ locale: "ar", reason: "unsupported" }] });
    await expect(withProvider.offerManagement.translateDraft(cast.users.staffB.id, { organizationId: cast.orgs.A, sourceLocale: "de", texts: GERMAN, targets: ["ar"] })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("when a reader of Arabic opens a machine-translated offer, then they get the Arabic version marked as machine, and the original on request", async () => {
    const id = await translatedOffer(cast.orgs.A, cast.users.staffA.id);
    const occurrenceId = await services.offers.nextOccurrenceId(id);

    expect(await services.offers.getDetails({ occurrenceId, locale: "ar" })).toMatchObject({ textLocale: "ar", textOrigin: "MACHINE", sourceLocale: "de", title: scripted(GERMAN.title, "ar") });
    expect(await services.offers.getDetails({ occurrenceId, locale: "uk" })).toMatchObject({ textLocale: "uk", textOrigin: "HUMAN" });
    expect(await services.offers.getDetails({ occurrenceId, locale: "ar", original: true })).toMatchObject({ textLocale: "de", textOrigin: "HUMAN", title: GERMAN.title });
    expect(await services.offers.getDetails({ occurrenceId, locale: "ti" })).toMatchObject({ textLocale: "de", textOrigin: "HUMAN" });
    const [card] = (await services.offers.listUpcoming({ filter: {}, page: 0, locale: "fa" })).cards;
    expect(card).toMatchObject({ textLocale: "fa", textOrigin: "MACHINE" });
  });

  it("when staff change the German summary, then the machine versions are made again from it and the typed Ukrainian is kept but reported outdated", async () => {
    const id = await translatedOffer(cast.orgs.A, cast.users.staffA.id);
    const before = await rows(id);
    provider.calls.length = 0;
    const changed = { title: GERMAN.title, summary: "Jetzt auch mit Spielecke." };
    const current = await services.offers.currentInput(id);

    const result = await withProvider.offerManagement.edit(cast.users.staffA.id, id, { ...current, texts: { ...current.texts, de: changed } });

    expect(result.translations).toEqual({ outdated: ["uk"], removed: [] });
    const after = await rows(id);
    const hash = offerSourceHash(changed);
    expect(after.de).toMatchObject({ ...changed, sourceHash: hash });
    expect(after.ar).toEqual({ title: scripted(GERMAN.title, "ar"), summary: scripted(changed.summary, "ar"), origin: "MACHINE", provider: "libretranslate", sourceHash: hash });
    expect(after.fa).toMatchObject({ summary: scripted(changed.summary, "fa"), sourceHash: hash });
    expect(after.uk).toEqual(before.uk);
    expect(after.uk!.sourceHash).not.toBe(hash);
    expect(provider.calls.map((c) => c.target).sort()).toEqual(["ar", "fa"]);
  });

  it("when staff edit something else than the texts, then no language is translated again and nothing is outdated", async () => {
    const id = await translatedOffer(cast.orgs.A, cast.users.staffA.id);
    const before = await rows(id);
    provider.calls.length = 0;

    const result = await withProvider.offerManagement.reschedule(cast.users.staffA.id, id, new Date("2026-12-06T14:00:00Z"));

    expect(result).toMatchObject({ translations: { outdated: [], removed: [] } });
    expect(await rows(id)).toEqual(before);
    expect(provider.calls).toEqual([]);
  });

  it("when staff correct the Arabic version, then it becomes human made from the current source and the Farsi stays machine", async () => {
    const id = await translatedOffer(cast.orgs.A, cast.users.staffA.id);
    const current = await services.offers.currentInput(id);

    await withProvider.offerManagement.edit(cast.users.staffA.id, id, { ...current, texts: { ...current.texts, ar: { title: "مقهى اللغة", summary: current.texts.ar!.summary, origin: "HUMAN", sourceHash: offerSourceHash(GERMAN) } } });

    const after = await rows(id);
    expect(after.ar).toEqual({ title: "مقهى اللغة", summary: scripted(GERMAN.summary, "ar"), origin: "HUMAN", provider: null, sourceHash: offerSourceHash(GERMAN) });
    expect(after.fa).toMatchObject({ origin: "MACHINE" });
  });

  it("when the provider is down as the German changes, then the machine versions are taken down, readers get German, and the background job brings them back once it is up", async () => {
    const id = await translatedOffer(cast.orgs.A, cast.users.staffA.id);
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    provider.down = true;
    const current = await services.offers.currentInput(id);
    const changed = { title: "Sprachcafé am Abend", summary: GERMAN.summary };

    const result = await withProvider.offerManagement.edit(cast.users.staffA.id, id, { ...current, texts: { ...current.texts, de: changed } });

    expect(result.translations).toEqual({ outdated: ["uk"], removed: ["ar", "fa"] });
    expect(Object.keys(await rows(id))).toEqual(["de", "uk"]);
    expect(await services.offers.getDetails({ occurrenceId, locale: "ar" })).toMatchObject({ textLocale: "de", title: changed.title });
    // The provider's languages are known from before; the job tries, stores nothing and stops.
    expect(await withProvider.offerManagement.backfillTranslations(new Date(NOW))).toMatchObject({ stored: 0 });
    expect(Object.keys(await rows(id))).toEqual(["de", "uk"]);

    provider.down = false;
    const done = await withProvider.offerManagement.backfillTranslations(new Date(NOW));

    expect(done).toEqual({ offers: 1, stored: 7, gaps: 0 }); // en ar fa ru tr ku ps; the provider has no Tigrinya
    const after = await rows(id);
    expect(Object.keys(after)).toEqual(["ar", "de", "en", "fa", "ku", "ps", "ru", "tr", "uk"]);
    expect(after.ar).toMatchObject({ title: scripted(changed.title, "ar"), origin: "MACHINE", sourceHash: offerSourceHash(changed) });
    expect(after.uk).toMatchObject({ origin: "HUMAN", title: "Мовне кафе" });
  });

  it("when an untrusted partner changes the German of a published offer, then the revision keeps every version's origin and its approval makes the machine versions again", async () => {
    const id = await translatedOffer(cast.orgs.U, cast.users.untrusted.id);
    const current = await services.offers.currentInput(id);
    const changed = { title: GERMAN.title, summary: "Neu: jeden Dienstag." };

    const proposed = await withProvider.offerManagement.edit(cast.users.untrusted.id, id, { ...current, texts: { ...current.texts, de: changed } });
    expect(proposed).toMatchObject({ awaitingApproval: true, translations: { outdated: ["uk"], removed: [] } });
    const revision = await db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: id, status: "PENDING" } });
    const texts = (revision.data as { texts: Record<string, { origin: string; provider?: string; sourceHash: string }> }).texts;
    expect(texts.ar).toMatchObject({ origin: "MACHINE", provider: "libretranslate", sourceHash: offerSourceHash(GERMAN) });
    expect(texts.uk).toMatchObject({ origin: "HUMAN", sourceHash: offerSourceHash(GERMAN) });
    expect((await rows(id)).de).toMatchObject(GERMAN); // residents still see the published texts
    // The author opens the edit again: it starts from the waiting change, origins included.
    expect((await withProvider.offerManagement.ownTexts(cast.users.untrusted.id, id)).texts.ar).toMatchObject({ origin: "MACHINE" });

    const approved = await withProvider.offerManagement.approveRevision(cast.users.admin.id, revision.id);

    expect(approved.translations).toEqual({ outdated: ["uk"], removed: [] });
    const after = await rows(id);
    expect(after.ar).toMatchObject({ summary: scripted(changed.summary, "ar"), origin: "MACHINE", sourceHash: offerSourceHash(changed) });
    expect(after.uk).toMatchObject({ origin: "HUMAN", sourceHash: offerSourceHash(GERMAN) });
  });

  it("when no provider is set, then the background job does nothing", async () => {
    const { id } = await services.offers.saveOffer({ ...draft(cast.orgs.A), status: "PUBLISHED" });
    expect(await services.offerManagement.backfillTranslations(new Date(NOW))).toEqual({ offers: 0, stored: 0, gaps: 0 });
    expect(Object.keys(await rows(id))).toEqual(["de"]);
  });

  it("when the background job runs, then drafts, waiting and published offers with a date ahead get what they lack, soonest first and a batch at a time, and nothing typed by staff is replaced", async () => {
    const save = (ref: string, status: "DRAFT" | "PENDING_APPROVAL" | "PUBLISHED" | "CANCELLED", startsAt: string, texts: OfferEdit["texts"] = { de: GERMAN }) =>
      services.offers.saveOffer({ ...draft(cast.orgs.A), externalRef: ref, status, startsAt: new Date(startsAt), endsAt: undefined, texts });
    const published = await save("p", "PUBLISHED", "2026-12-03T10:00:00Z", { de: GERMAN, ar: { title: "مقهى اللغة", summary: "بالعربية" } });
    const pending = await save("w", "PENDING_APPROVAL", "2026-12-04T10:00:00Z");
    const drafted = await save("d", "DRAFT", "2026-12-05T10:00:00Z");
    const past = await save("old", "PUBLISHED", "2026-11-20T10:00:00Z");
    const cancelled = await save("c", "CANCELLED", "2026-12-06T10:00:00Z");

    const first = await withProvider.offerManagement.backfillTranslations(new Date(NOW), 2);
    expect(first.offers).toBe(2);
    expect(Object.keys(await rows(drafted.id))).toEqual(["de"]);
    const second = await withProvider.offerManagement.backfillTranslations(new Date(NOW), 2);
    expect(second.offers).toBe(1);

    const all = (await rows(published.id)) as Record<string, { origin: string; title: string }>;
    expect(Object.keys(all).sort()).toEqual(["ar", "de", "en", "fa", "ku", "ps", "ru", "tr", "uk"]);
    expect(all.ar).toMatchObject({ origin: "HUMAN", title: "مقهى اللغة" });
    expect(all.fa).toMatchObject({ origin: "MACHINE" });
    for (const offer of [pending, drafted]) expect(Object.keys(await rows(offer.id))).toHaveLength(9);
    for (const offer of [past, cancelled]) expect(Object.keys(await rows(offer.id))).toEqual(["de"]);
    // What the provider lacks (Tigrinya) does not bring the offers back again and again.
    provider.calls.length = 0;
    expect(await withProvider.offerManagement.backfillTranslations(new Date(NOW))).toEqual({ offers: 0, stored: 0, gaps: 0 });
    expect(provider.calls).toEqual([]);
  });

  it("when the German of an imported offer changes under its machine versions, then the stale ones are dropped at once and the job makes them again", async () => {
    const input = { ...draft(cast.orgs.A), externalRef: "import-1", status: "PUBLISHED" as const };
    const { id } = await services.offers.saveOffer(input);
    await withProvider.offerManagement.backfillTranslations(new Date(NOW));
    expect(Object.keys(await rows(id))).toHaveLength(9);

    // The next import brings the same German: the machine versions stay.
    await services.offers.saveOffer(input);
    expect(Object.keys(await rows(id))).toHaveLength(9);
    // Then a new German: versions made from the old one are not shown any more …
    const changed = { title: "Sprachcafé", summary: "Neuer Text." };
    await services.offers.saveOffer({ ...input, texts: { de: changed } });
    expect(Object.keys(await rows(id))).toEqual(["de"]);
    // … and the job brings them back, made from it.
    await withProvider.offerManagement.backfillTranslations(new Date(NOW));
    expect((await rows(id)).ru).toMatchObject({ summary: scripted(changed.summary, "ru"), sourceHash: offerSourceHash(changed) });
  });

  it("when a machine version was stored from older texts, then the job makes it again, and removes it when the provider no longer has the language", async () => {
    const { id } = await services.offers.saveOffer({ ...draft(cast.orgs.A), status: "PUBLISHED", texts: { de: GERMAN, ar: { title: "alt", summary: "alt", origin: "MACHINE", provider: "libretranslate", sourceHash: "0".repeat(64) }, ti: { title: "alt", summary: "alt", origin: "MACHINE", sourceHash: "0".repeat(64) } } });

    await withProvider.offerManagement.backfillTranslations(new Date(NOW));

    const after = await rows(id);
    expect(after.ar).toMatchObject({ title: scripted(GERMAN.title, "ar"), sourceHash: offerSourceHash(GERMAN) });
    expect(after.ti).toBeUndefined();
  });

  it("when the demo city is loaded with a provider, then every demo offer gets the languages it lacks by machine and keeps its typed ones; without one nothing is translated", async () => {
    await seedDemo(withProvider, { timezone: "Europe/Berlin", clock });
    expect(await translateDemo(services, clock.now())).toBe(0);
    expect(await db.prisma.offerTranslation.count({ where: { origin: "MACHINE" } })).toBe(0);

    const added = await translateDemo(withProvider, clock.now());

    const offers = await db.prisma.offer.findMany({ include: { translations: true } });
    expect(offers).toHaveLength(40);
    for (const offer of offers) {
      expect(offer.translations.map((t) => t.locale).sort()).toEqual(["ar", "de", "en", "fa", "ku", "ps", "ru", "tr", "uk"]);
      expect(offer.translations.find((t) => t.locale === "en")).toMatchObject({ origin: "HUMAN" });
    }
    expect(added).toBe(await db.prisma.offerTranslation.count({ where: { origin: "MACHINE" } }));
    // Loading it again keeps what was translated.
    await seedDemo(withProvider, { timezone: "Europe/Berlin", clock });
    expect(await db.prisma.offerTranslation.count({ where: { origin: "MACHINE" } })).toBe(added);
  });
});
