// The engine against the fake LibreTranslate over HTTP, on a real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/locales.ts";
import type { TranslateRequest, TranslationResult } from "../../src/domain/machine-translation.ts";
import { createDeepLProvider } from "../../src/translation/deepl.ts";
import { createLibreTranslateProvider } from "../../src/translation/libretranslate.ts";
import { ForbiddenError } from "../../src/domain/errors.ts";
import { ADMIN_TELEGRAM_ID, seedCast } from "../support/actors.ts";
import { DEEPL_TEST_KEY, startFakeDeepL, type FakeDeepL } from "../support/fake-deepl.ts";
import { startFakeLibreTranslate, type FakeLibreTranslate } from "../support/fake-libretranslate.ts";
import { useServices } from "../support/services.ts";
import type { Garbage } from "../support/translation.ts";

let fake: FakeLibreTranslate;
let deepl: FakeDeepL;
beforeAll(async () => {
  fake = await startFakeLibreTranslate({ languages: ["de", "en", "ar", "fa", "uk"] });
  deepl = await startFakeDeepL();
});
afterAll(async () => {
  await fake.close();
  await deepl.close();
});

const { build, clock, db } = useServices({ now: "2026-12-01T10:00:00Z", adminIds: [ADMIN_TELEGRAM_ID] });
beforeEach(() => {
  fake.reset();
  deepl.reset();
});

/** The engine on the test database, talking to the fake over HTTP. */
const engine = (options: { monthlyChars?: number; timeoutMs?: number } = {}) =>
  build({ translationProvider: createLibreTranslateProvider({ url: fake.url }), translation: { timeoutMs: 2_000, ...options } }).translation;

const ok = (results: TranslationResult[], locale: Locale) => {
  const result = results.find((r) => r.locale === locale);
  if (!result?.ok) throw new Error(`${locale} was not translated: ${JSON.stringify(result)}`);
  return result.fields;
};
const reasons = (results: TranslationResult[]) => Object.fromEntries(results.map((r) => [r.locale, r.ok ? "ok" : r.reason]));
const simple: TranslateRequest = { source: "de", fields: { title: "Sprachcafé", summary: "Kommt vorbei" }, targets: ["ar"] };

describe("machine translation engine", () => {
  it("when an offer's texts are translated, then links, e-mail, phone numbers, times, dates, names, emoji and line breaks go out protected and come back as typed", async () => {
    const summary = [
      "Jeden Dienstag 15:00–17:00 im Stadtteilzentrum Nord 🌍",
      "Am 05.12.2026 und 12.12. auch um 9.30 Uhr.",
      "Anmeldung: 0511 123456, +49 (0) 511 98765-43 oder info@stadt.example",
      "Mehr: https://stadt.example/cafe?tag=di. Bis bald 👋🏽",
    ].join("\n");
    const results = await engine().translate({ source: "de", fields: { title: "Sprachcafé & Spiele <für alle>", summary }, targets: ["ar", "fa"], keep: ["Stadtteilzentrum Nord"] });

    const sent = fake.translated();
    expect(sent.map((s) => s.target).sort()).toEqual(["ar", "fa"]);
    const no = (text: string) => `<span translate="no">${text}</span>`;
    expect(sent[0]!.q).toEqual([
      "Sprachcafé &amp; Spiele &lt;für alle&gt;",
      `Jeden Dienstag ${no("15:00")}–${no("17:00")} im ${no("Stadtteilzentrum Nord")} ${no("🌍")}<br>` +
        `Am ${no("05.12.2026")} und ${no("12.12.")} auch um ${no("9.30")} Uhr.<br>` +
        `Anmeldung: ${no("0511 123456")}, ${no("+49 (0) 511 98765-43")} oder ${no("info@stadt.example")}<br>` +
        `Mehr: ${no("https://stadt.example/cafe?tag=di")}. Bis bald ${no("👋🏽")}`,
    ]);
    const fields = ok(results, "ar");
    expect(fields.title).toBe("«ar» Sprachcafé & Spiele <für alle>");
    const lines = fields.summary!.split("\n");
    expect(lines).toHaveLength(4);
    for (const kept of ["15:00", "17:00", "Stadtteilzentrum Nord", "🌍", "05.12.2026", "12.12.", "9.30", "0511 123456", "+49 (0) 511 98765-43", "info@stadt.example", "https://stadt.example/cafe?tag=di", "👋🏽"]) {
      expect(fields.summary).toContain(kept);
    }
    expect(lines[0]).toBe("«ar» Jeden Dienstag 15:00«ar» –17:00 «ar» im Stadtteilzentrum Nord «ar» 🌍");
    expect(lines[3]).toBe("«ar» Mehr: https://stadt.example/cafe?tag=di«ar» . Bis bald 👋🏽");
    expect(ok(results, "fa").title).toBe("«fa» Sprachcafé & Spiele <für alle>");
  });

  it("when several fields go to several languages, then each language is one call with all fields, and only the fields handed over are sent", async () => {
    const results = await engine().translate({ ...simple, targets: ["ar", "fa", "uk", "en"] });
    expect(results.map((r) => r.locale)).toEqual(["ar", "fa", "uk", "en"]);
    expect(results.every((r) => r.ok && r.provider === "libretranslate")).toBe(true);
    const translate = fake.requests.filter((r) => r.path === "/translate");
    expect(translate).toHaveLength(4);
    for (const request of translate) expect(request.body!.q).toEqual(["Sprachcafé", "Kommt vorbei"]);
  });

  it("when a field is empty, then it is not sent and comes back empty", async () => {
    const results = await engine().translate({ source: "de", fields: { title: "Sprachcafé", details: "  " }, targets: ["ar"] });
    expect(ok(results, "ar")).toEqual({ title: "«ar» Sprachcafé", details: "" });
    expect(fake.translated()[0]!.q).toEqual(["Sprachcafé"]);
  });

  it.each<[Garbage, string]>([
    ["empty", "invalid"],
    ["bloated", "invalid"],
    ["broken-html", "invalid"],
    ["drop-span", "invalid"],
    ["scramble-spans", "invalid"],
    ["alter-span", "ok"],
  ])("when the provider answers %s, then the language is %s", async (garbage, expected) => {
    fake.garbage = garbage;
    const results = await engine().translate({ source: "de", fields: { summary: "Treffen um 15:00 und 17:30 im Rathaus" }, targets: ["ar"], keep: ["Rathaus"] });
    expect(reasons(results)).toEqual({ ar: expected });
    if (expected === "ok") expect(ok(results, "ar").summary).toBe("«ar» Treffen um 15:00 «ar» und 17:30 «ar» im Rathaus");
  });

  it("when an answer was refused, then it is not cached: the next try asks again", async () => {
    fake.garbage = "empty";
    const translation = engine();
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "invalid" });
    fake.garbage = null;
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "ok" });
    expect(fake.translated()).toHaveLength(2);
  });

  it("when the provider is slow, then every language is unavailable within the timeout, and the languages after the first slow call are not tried", async () => {
    const translation = engine({ timeoutMs: 300 });
    await translation.supported("de"); // the language list is known
    fake.delayMs = 3_000;
    const started = performance.now();
    const results = await translation.translate({ ...simple, targets: ["ar", "fa", "uk", "en"] });
    expect(reasons(results)).toEqual({ ar: "unavailable", fa: "unavailable", uk: "unavailable", en: "unavailable" });
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(fake.translated().length).toBeLessThanOrEqual(3);
  });

  it("when the provider is down, then languages are unavailable (not unsupported), nothing is counted, and once it is back the same request works", async () => {
    fake.failure = "down";
    const translation = engine();
    expect(await translation.supportedState("de")).toEqual({ state: "unknown" });
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "unavailable" });

    await translation.supported("de");
    fake.failure = null;
    expect((await translation.supportedState("de")).state).toBe("known");
    fake.failure = "down";
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "unavailable" });
    expect((await translation.usage()).chars).toBe(0);

    fake.failure = null;
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "ok" });
  });

  it("when the provider answers 429, then the language is unavailable", async () => {
    const translation = engine();
    await translation.supported("de");
    fake.failure = "rate-limited";
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "unavailable" });
  });

  it("when a language is not among the provider's, then it is unsupported and the others are translated; the source itself is skipped", async () => {
    const results = await engine().translate({ ...simple, targets: ["de", "ar", "ti", "ps"] });
    expect(reasons(results)).toEqual({ ar: "ok", ti: "unsupported", ps: "unsupported" });
    expect(fake.translated().map((s) => s.target)).toEqual(["ar"]);
  });

  it("when machine translation is off, then every language is unsupported and the state says off", async () => {
    const translation = build().translation;
    expect(translation.providerName).toBeNull();
    expect(await translation.supportedState("de")).toEqual({ state: "off" });
    expect(reasons(await translation.translate(simple))).toEqual({ ar: "unsupported" });
  });

  it("when the language list was fetched, then it is kept for an hour and asked again after", async () => {
    const translation = engine();
    await translation.supported("de");
    fake.languages = ["de", "en"];
    expect(await translation.supported("de")).toEqual(["en", "ar", "fa", "uk"]);
    clock.advance(3_600_001);
    expect(await translation.supported("de")).toEqual(["en"]);
    expect(fake.requests.filter((r) => r.path === "/languages")).toHaveLength(2);
  });

  it("when the same texts are translated again, even by another instance, then the cache answers: nothing is sent and no budget is used", async () => {
    await engine({ monthlyChars: 1_000 }).translate({ ...simple, targets: ["ar", "fa"] });
    const afterFirst = await engine().usage();
    fake.requests.length = 0;

    const again = await engine({ monthlyChars: 1_000 }).translate({ ...simple, targets: ["ar", "fa"] });
    expect(ok(again, "ar")).toEqual({ title: "«ar» Sprachcafé", summary: "«ar» Kommt vorbei" });
    expect(fake.translated()).toEqual([]);
    expect(await engine().usage()).toEqual(afterFirst);

    // One field changed: only that one is sent.
    await engine().translate({ ...simple, fields: { ...simple.fields, summary: "Kommt alle vorbei" } });
    expect(fake.translated().map((s) => s.q)).toEqual([["Kommt alle vorbei"]]);
  });

  it("when a cached answer no longer passes the checks, then it is asked for again and replaced", async () => {
    await engine().translate(simple);
    await db.prisma.translationCache.updateMany({ data: { text: "<b>kaputt" } });
    fake.requests.length = 0;
    expect(ok(await engine().translate(simple), "ar")).toEqual({ title: "«ar» Sprachcafé", summary: "«ar» Kommt vorbei" });
    expect(fake.translated()).toHaveLength(1);
    fake.requests.length = 0;
    await engine().translate(simple);
    expect(fake.translated()).toEqual([]);
  });

  it("when the monthly budget is used up, then the language fails with budget, usage counts what was sent, and the next month starts afresh", async () => {
    // "Sprachcafé" + "Kommt vorbei" = 22 characters a language.
    const translation = engine({ monthlyChars: 50 });
    const first = await translation.translate({ ...simple, targets: ["ar", "fa"] });
    expect(reasons(first)).toEqual({ ar: "ok", fa: "ok" });
    expect(await translation.usage()).toEqual({ month: "2026-12", chars: 44, budget: 50 });

    expect(reasons(await translation.translate({ ...simple, targets: ["uk"] }))).toEqual({ uk: "budget" });
    expect((await translation.usage()).chars).toBe(44);
    expect(fake.translated().map((s) => s.target)).not.toContain("uk");

    // 23:30 UTC on 31 December is already January in Berlin.
    clock.set("2026-12-31T23:30:00Z");
    expect(reasons(await translation.translate({ ...simple, targets: ["uk"] }))).toEqual({ uk: "ok" });
    expect(await translation.usage()).toEqual({ month: "2027-01", chars: 22, budget: 50 });
  });

  it("when several instances translate at the same time against one budget, then together they never send more than it allows", async () => {
    const texts = ["eins", "zwei", "drei", "vier", "fünf", "sechs"].map((word) => `Kurs ${word} heute`);
    const results = await Promise.all(texts.map((title) => engine({ monthlyChars: 40 }).translate({ source: "de", fields: { title }, targets: ["ar"] })));
    const usage = await engine({ monthlyChars: 40 }).usage();
    const sent = fake.translated().reduce((sum, s) => sum + s.q.join("").length, 0);
    expect(usage.chars).toBe(sent);
    expect(usage.chars).toBeLessThanOrEqual(40);
    expect(results.flat().filter((r) => !r.ok && r.reason === "budget").length).toBeGreaterThan(0);
  });

  it("when no budget is set, then usage still counts and the budget is null", async () => {
    await engine().translate(simple);
    expect(await engine().usage()).toEqual({ month: "2026-12", chars: 22, budget: null });
  });

  it("when a translation does not fit the field's limit, then the language is too-long", async () => {
    const results = await engine().translate({ ...simple, targets: ["ar"], limits: { title: 12, summary: 100 } });
    expect(reasons(results)).toEqual({ ar: "too-long" });
    expect(reasons(await engine().translate({ ...simple, limits: { title: 15 } }))).toEqual({ ar: "ok" });
  });

  it("when the engine uses DeepL, then English arrives in British English, Farsi and Tigrinya are unsupported, and the cache is DeepL's own", async () => {
    const translation = build({ translationProvider: createDeepLProvider({ apiKey: DEEPL_TEST_KEY, url: deepl.url }) }).translation;
    const results = await translation.translate({ ...simple, targets: ["en", "ar", "fa", "ti"] });
    expect(reasons(results)).toEqual({ en: "ok", ar: "ok", fa: "unsupported", ti: "unsupported" });
    expect(ok(results, "en")).toEqual({ title: "«en» Sprachcafé", summary: "«en» Kommt vorbei" });
    expect(deepl.translated().map((t) => t.target).sort()).toEqual(["ar", "en-GB"]);
    // LibreTranslate's engine does not reuse DeepL's translations.
    await engine().translate({ ...simple, targets: ["ar"] });
    expect(fake.translated()).toHaveLength(1);
  });

  it("when staff ask for the languages and an admin for the usage, then they get them; a resident and plain staff are refused", async () => {
    const cast = await seedCast(db);
    const translation = engine();
    expect(await translation.staffSupportedState(cast.users.staffA.id, "de")).toEqual({ state: "known", targets: ["en", "ar", "fa", "uk"] });
    await expect(translation.staffSupportedState(cast.users.resident.id, "de")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await translation.adminUsage(cast.users.admin.id)).toEqual({ month: "2026-12", chars: 0, budget: null });
    await expect(translation.adminUsage(cast.users.staffA.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
