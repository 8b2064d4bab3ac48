// /newoffer with machine translation, and what readers of other languages then see: the
// machine mark, "Show original", corrections by staff, edits that leave typed translations
// outdated, a provider that is down or lacks a language, and forged buttons.
import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_LIST, openButton, originalButton, translatedButton, type ListState } from "../../src/bot/keyboards/offers.ts";
import { staffEditButton } from "../../src/bot/keyboards/staff-offers.ts";
import { renderMachineTranslations, translationGapLines } from "../../src/bot/views/offer-translations.ts";
import { createI18n } from "../../src/bot/i18n.ts";
import type { TranslationGap } from "../../src/domain/offer-translation.ts";
import { jobServices } from "../../src/domain/index.ts";
import { createLogger } from "../../src/logger.ts";
import { offerTranslationsJob } from "../../src/scheduler/jobs/offer-translations.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi, type ApiCall } from "../support/fake-telegram.ts";
import { buttons, labels, lastScreen } from "../support/screens.ts";
import { scripted, scriptedTranslator } from "../support/translation.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z";
const staff: TestUser = { id: 971, first_name: "Frau Yilmaz", language_code: "de" };
const readers = {
  ar: { id: 972, first_name: "Layla", language_code: "ar" },
  fa: { id: 973, first_name: "Dariush", language_code: "fa" },
  ti: { id: 974, first_name: "Selam", language_code: "ti" },
  de: { id: 975, first_name: "Anna", language_code: "de" },
} satisfies Record<string, TestUser>;
const TITLE = "Sprachcafé";
const SUMMARY = "Deutsch üben bei Tee und Kuchen.";

/** The bot side of a staff member and a few readers, on a test bot with `provider`. */
function scenario(options: { provider: ReturnType<typeof scriptedTranslator> | null }) {
  const fixture = useTestBot({ now: NOW, translationProvider: options.provider });
  const { db, t } = fixture;
  let orgId = 0;

  beforeEach(async () => {
    if (options.provider) {
      options.provider.down = false;
      options.provider.calls.length = 0;
    }
    orgId = (await t.services.catalog.saveOrganization({ name: "Stadtteilhaus Coerde" })).id;
    await db.prisma.organization.update({ where: { id: orgId }, data: { trusted: true } });
    await t.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    const profile = await t.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name, languageCode: "de" });
    await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: orgId } });
  });

  const text = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t(locale, key, args));
  const de = (key: string, args?: Record<string, string | number>) => text("de", key, args);
  const sent = (): ApiCall[] => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === staff.id);
  const last = (): ApiCall => sent().at(-1)!;
  const lastText = () => stripBidi(String(last().payload.text));
  const say = (message: string) => t.bot.handleUpdate(textUpdate(staff, message));
  const tap = async (label: string) => {
    const button = buttons(last()).find((b) => stripBidi(b.text) === label || stripBidi(b.text).endsWith(` ${label}`));
    if (!button) throw new Error(`no button ${label} in: ${labels(last()).join(" | ")}`);
    await t.bot.handleUpdate(callbackUpdate(staff, button.callback_data!));
  };
  const ownName = (locale: string) => text(locale, "language-name");

  /** Everything after the translations, up to the preview: an evening in Coerde, no sign-up, free. */
  async function answerTheRest(): Promise<void> {
    await tap("Sport");
    await tap("Coerde");
    await say("Stadtteilhaus, Idenbrockplatz 8");
    await say("05.12. 15:00");
    await tap(de("newoffer-length", { hours: 2 }));
    await tap(de("broadcast-repeat-none"));
    await tap(de("newoffer-no-signup"));
    await tap(de("broadcast-translations-done"));
    await tap(de("newoffer-ages-all"));
    await tap(de("offer-cost-free"));
  }

  /** The details of the offer's next date as `reader` sees them after tapping it. */
  async function open(reader: TestUser, offerId: number): Promise<ApiCall> {
    const occurrenceId = await t.services.offers.nextOccurrenceId(offerId);
    await t.bot.handleUpdate(callbackUpdate(reader, openButton.pack({ occurrenceId, state: EMPTY_LIST })));
    return lastScreen(t.api, reader.id);
  }

  const offer = () => db.prisma.offer.findFirstOrThrow({ include: { translations: { orderBy: { locale: "asc" } } } });
  const version = async (locale: string) => (await offer()).translations.find((tr) => tr.locale === locale);

  return { ...fixture, de, text, sent, last, lastText, say, tap, ownName, answerTheRest, open, offer, version };
}

describe("bot: an offer translated into every language", () => {
  const provider = scriptedTranslator();
  const s = scenario({ provider });
  const { t, de, text, sent, lastText, say, tap, ownName, answerTheRest, open, offer, version } = s;

  /** /newoffer in German, "Translate into all languages", then `between` (corrections), then published. */
  async function createTranslated(between: () => Promise<void> = async () => {}): Promise<number> {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say(TITLE);
    await say(SUMMARY);
    await tap(de("translation-translate-all"));
    await between();
    await tap(de("broadcast-translations-done"));
    await answerTheRest();
    await tap(de("newoffer-publish"));
    expect(lastText()).toBe(de("newoffer-saved-published"));
    return (await offer()).id;
  }

  it("when staff translate a German offer into all languages, then they see every translation at once, and Arabic, Farsi and Tigrinya readers each get theirs with the machine mark", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say(TITLE);
    await say(`${SUMMARY} <3`);
    expect(labels(s.last())[0]).toBe(de("translation-translate-all"));
    await tap(de("translation-translate-all"));

    const shown = sent().at(-2)!;
    expect(shown.payload.parse_mode).toBe("HTML");
    const message = stripBidi(String(shown.payload.text));
    expect(message).toContain(de("mt-offer-translated"));
    for (const locale of ["en", "ar", "fa", "uk", "ru", "tr", "ku", "ps", "ti"]) {
      expect(message).toContain(`<b>${ownName(locale)}</b>\n<u>${scripted(TITLE, locale)}</u>\n${scripted(`${SUMMARY} &lt;3`, locale)}`);
    }
    expect(message).not.toContain(de("translation-by-hand", { languages: "" }).split(":")[0]!);
    // The grid marks machine versions; every language has one now, so "Translate all" is gone.
    expect(labels(s.last())).toContain(`🤖 ${ownName("ar")}`);
    expect(labels(s.last())).not.toContain(de("translation-translate-all"));
    await tap(de("broadcast-translations-done"));
    await answerTheRest();
    expect(lastText()).toContain(de("mt-offer-preview-machine", { count: 9 }));
    await tap(de("newoffer-publish"));

    const id = (await offer()).id;
    expect((await offer()).translations.map((tr) => [tr.locale, tr.origin])).toEqual([
      ["ar", "MACHINE"], ["de", "HUMAN"], ["en", "MACHINE"], ["fa", "MACHINE"], ["ku", "MACHINE"], ["ps", "MACHINE"], ["ru", "MACHINE"], ["ti", "MACHINE"], ["tr", "MACHINE"], ["uk", "MACHINE"],
    ]);
    for (const locale of ["ar", "fa", "ti"] as const) {
      const screen = await open(readers[locale], id);
      const details = stripBidi(String(screen.payload.text));
      expect(details).toContain(`<b>${scripted(TITLE, locale)}</b>\n<i>${text(locale, "translation-mark")}</i>`);
      expect(labels(screen)).toContain(text(locale, "translation-show-original"));
    }
    const german = await open(readers.de, id);
    expect(stripBidi(String(german.payload.text))).not.toContain(text("de", "translation-mark"));
    expect(labels(german)).not.toContain(text("de", "translation-show-original"));
  });

  it("when a reader taps Show original, then the card shows the German under a header naming it, with the way back to their language", async () => {
    const id = await createTranslated();
    const screen = await open(readers.fa, id);
    const show = buttons(screen).find((b) => stripBidi(b.text) === text("fa", "translation-show-original"))!;

    await t.bot.handleUpdate(callbackUpdate(readers.fa, show.callback_data!));

    const original = lastScreen(t.api, readers.fa.id);
    expect(original.method).toBe("editMessageText");
    const body = stripBidi(String(original.payload.text));
    expect(body).toContain(text("fa", "translation-original-header", { language: new Intl.DisplayNames(["fa"], { type: "language" }).of("de")! }));
    expect(body).toContain(`<b>${TITLE}</b>`);
    expect(body).toContain(SUMMARY);
    expect(body).not.toContain(text("fa", "translation-mark"));
    expect(body).not.toContain("«fa»");
    const back = buttons(original).find((b) => stripBidi(b.text) === text("fa", "mt-offer-show-translation"))!;
    await t.bot.handleUpdate(callbackUpdate(readers.fa, back.callback_data!));
    expect(stripBidi(String(lastScreen(t.api, readers.fa.id).payload.text))).toContain(scripted(TITLE, "fa"));
  });

  it("when staff correct the Arabic title after translating, then Arabic is theirs without the mark and every other language keeps it", async () => {
    const id = await createTranslated(async () => {
      await tap(ownName("ar"));
      expect(lastText()).toBe(de("newoffer-ask-title", { max: 120, language: "Arabisch (العربية)" }));
      await say("مقهى اللغة");
      await say("تدرّب على الألمانية مع الشاي والكعك.");
      expect(labels(s.last())).toContain(`✅ ${ownName("ar")}`);
    });

    expect(await version("ar")).toMatchObject({ title: "مقهى اللغة", origin: "HUMAN", provider: null });
    expect(await version("fa")).toMatchObject({ origin: "MACHINE" });
    const arabic = stripBidi(String((await open(readers.ar, id)).payload.text));
    expect(arabic).toContain("<b>مقهى اللغة</b>");
    expect(arabic).not.toContain(text("ar", "translation-mark"));
    expect(stripBidi(String((await open(readers.fa, id)).payload.text))).toContain(text("fa", "translation-mark"));
  });

  it("when staff edit the German summary, then the machine translations follow it and the author is told the corrected Arabic needs checking", async () => {
    const id = await createTranslated(async () => {
      await tap(ownName("ar"));
      await say("مقهى اللغة");
      await say("تدرّب على الألمانية مع الشاي والكعك.");
    });
    provider.calls.length = 0;
    const newSummary = "Jetzt jeden Dienstag, mit Spielecke.";

    await t.bot.handleUpdate(callbackUpdate(staff, staffEditButton.pack(id)));
    await say(TITLE);
    await say(newSummary);
    // The versions the offer has are kept; the corrected Arabic is now to be checked.
    expect(labels(s.last())).toContain(`✏️ ${ownName("ar")}`);
    expect(labels(s.last())).toContain(`🤖 ${ownName("fa")}`);
    await tap(de("broadcast-translations-done"));
    await answerTheRest();
    await tap(de("newoffer-save-changes"));

    expect(stripBidi(String(sent().at(-2)!.payload.text))).toBe(de("newoffer-edited", { count: 0 }));
    expect(lastText()).toBe(de("translation-outdated", { languages: "Arabisch" }));
    expect(await version("fa")).toMatchObject({ summary: scripted(newSummary, "fa"), origin: "MACHINE" });
    expect(await version("ar")).toMatchObject({ title: "مقهى اللغة", origin: "HUMAN" });
    expect(provider.calls.map((c) => c.target).sort()).toEqual(["en", "fa", "ku", "ps", "ru", "ti", "tr", "uk"]);
    const farsi = stripBidi(String((await open(readers.fa, id)).payload.text));
    expect(farsi).toContain(scripted(newSummary, "fa"));
    expect(farsi).toContain(text("fa", "translation-mark"));
  });

  it("when the provider is down during /newoffer, then staff are told in one line, the offer is saved in German, and the background job translates it once the provider is back", async () => {
    provider.down = true;
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say(TITLE);
    await say(SUMMARY);
    await tap(de("translation-translate-all"));
    expect(stripBidi(String(sent().at(-2)!.payload.text))).toBe(de("translation-unavailable"));
    await tap(de("broadcast-translations-done"));
    await answerTheRest();
    expect(lastText()).not.toContain(de("mt-offer-preview-machine", { count: 0 }).split(":")[0]!);
    await tap(de("newoffer-publish"));

    expect(lastText()).toBe(de("newoffer-saved-published"));
    const id = (await offer()).id;
    expect((await offer()).translations.map((tr) => tr.locale)).toEqual(["de"]);
    const meanwhile = stripBidi(String((await open(readers.ar, id)).payload.text));
    expect(meanwhile).toContain(`<b>${TITLE}</b>`);
    expect(meanwhile).toContain(text("ar", "offers-only-in", { language: "de" }));

    const job = offerTranslationsJob(jobServices(t.services), createLogger({ level: "silent" }));
    await job.run(new Date(NOW));
    expect((await offer()).translations).toHaveLength(1); // still down: nothing changes
    provider.down = false;
    await job.run(new Date(NOW));

    expect((await offer()).translations).toHaveLength(10);
    const arabic = stripBidi(String((await open(readers.ar, id)).payload.text));
    expect(arabic).toContain(`<b>${scripted(TITLE, "ar")}</b>\n<i>${text("ar", "translation-mark")}</i>`);
  });

  it("when the bot restarts after the translations were shown, then the conversation carries on with them and the provider is not asked again", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say(TITLE);
    await say(SUMMARY);
    await tap(de("translation-translate-all"));
    const calls = provider.calls.length;
    expect(calls).toBe(9);

    const arabic = buttons(s.last()).find((b) => stripBidi(b.text).endsWith(ownName("ar")))!;
    s.restart(); // a new process on the same database: the fake API's record starts empty
    await t.bot.handleUpdate(callbackUpdate(staff, arabic.callback_data!));
    expect(lastText()).toBe(de("newoffer-ask-title", { max: 120, language: "Arabisch (العربية)" }));
    await say("مقهى اللغة");
    await say("تدرّب على الألمانية مع الشاي والكعك.");
    await tap(de("broadcast-translations-done"));
    await answerTheRest();
    await tap(de("newoffer-publish"));

    expect(lastText()).toBe(de("newoffer-saved-published"));
    expect(provider.calls).toHaveLength(calls);
    expect((await offer()).translations.filter((tr) => tr.origin === "MACHINE")).toHaveLength(8);
    expect(await version("ar")).toMatchObject({ origin: "HUMAN", title: "مقهى اللغة" });
  });

  it.each(["of:v:abc:-.-.-.0.0", "of:v:1:zzz", "of:v:", "of:v:99999999999:-.-.-.0.0", "of:t:x:-.-.-.0.0"])(
    "when a forged Show original button %s arrives, then it is answered politely and nothing breaks",
    async (data) => {
      await t.bot.handleUpdate(callbackUpdate(readers.ar, data));
      const answers = t.api.callsTo("answerCallbackQuery");
      expect(answers).toHaveLength(1);
      expect([text("ar", "error-stale-button"), text("ar", "offers-unavailable")]).toContain(stripBidi(String(answers[0]!.payload.text)));
    },
  );

  it("when Show original is tapped on an offer that was cancelled since, then the reader is told it is gone", async () => {
    const id = await createTranslated();
    const occurrenceId = await t.services.offers.nextOccurrenceId(id);
    await t.services.offers.setStatus(id, "CANCELLED");

    await t.bot.handleUpdate(callbackUpdate(readers.ar, originalButton.pack({ occurrenceId, state: EMPTY_LIST })));

    expect(stripBidi(String(t.api.callsTo("answerCallbackQuery").at(-1)!.payload.text))).toBe(text("ar", "offers-unavailable"));
  });

  it("when a reader lists offers, then a machine-translated card carries the mark", async () => {
    await createTranslated();
    await t.bot.handleUpdate(commandUpdate(readers.ar, "offers"));
    expect(stripBidi(String(lastScreen(t.api, readers.ar.id).payload.text))).toContain(`<b>${scripted(TITLE, "ar")}</b>`);
    expect(stripBidi(String(lastScreen(t.api, readers.ar.id).payload.text))).toContain(`<i>${text("ar", "translation-mark")}</i>`);
  });
});

describe("bot: a provider without Tigrinya", () => {
  const s = scenario({ provider: scriptedTranslator({ unsupported: ["ti"] }) });
  const { t, de, text, sent, lastText, say, tap, ownName, answerTheRest, open, offer } = s;

  it("when staff translate into all languages, then Tigrinya is listed as still needed by hand, and its readers keep the German with the notice", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say(TITLE);
    await say(SUMMARY);
    await tap(de("translation-translate-all"));

    const message = stripBidi(String(sent().at(-2)!.payload.text));
    expect(message).toContain(de("translation-by-hand", { languages: "Tigrinya" }));
    expect(message).not.toContain(ownName("ti"));
    // Nothing left the provider could do: the button is gone, Tigrinya can still be typed.
    expect(labels(s.last())).not.toContain(de("translation-translate-all"));
    expect(labels(s.last())).toContain(`➕ ${ownName("ti")}`);
    await tap(de("broadcast-translations-done"));
    await answerTheRest();
    expect(lastText()).toContain(de("mt-offer-preview-machine", { count: 8 }));
    await tap(de("newoffer-publish"));

    const id = (await offer()).id;
    expect((await offer()).translations.map((tr) => tr.locale)).not.toContain("ti");
    const tigrinya = stripBidi(String((await open(readers.ti, id)).payload.text));
    expect(tigrinya).toContain(`<b>${TITLE}</b>`);
    expect(tigrinya).toContain(text("ti", "offers-only-in", { language: "de" }));
    expect(tigrinya).not.toContain(text("ti", "translation-mark"));
  });
});

describe("bot: no translation provider", () => {
  const s = scenario({ provider: null });
  const { t, say, de } = s;

  it("when staff write an offer, then the translation step is as before: no Translate all button", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say(TITLE);
    await say(SUMMARY);
    expect(labels(s.last())).not.toContain(de("translation-translate-all"));
    expect(stripBidi(String(s.last().payload.text))).toBe(de("newoffer-ask-translations"));
  });
});

describe("what staff are told about gaps", () => {
  const i18n = createI18n({ defaultLocale: "de" });
  const t = (key: string, args?: Record<string, string | number>) => stripBidi(i18n.t("de", key, args));

  it.each<[string, TranslationGap[], string[]]>([
    ["nothing missing", [], []],
    ["a language the provider lacks", [{ locale: "ti", reason: "unsupported" }], [t("translation-by-hand", { languages: "Tigrinya" })]],
    ["the service down for all", [{ locale: "ar", reason: "unavailable" }, { locale: "fa", reason: "unavailable" }], [t("translation-unavailable")]],
    ["the budget used up", [{ locale: "ar", reason: "budget" }], [t("translation-budget")]],
    ["garbage and too long together", [{ locale: "ar", reason: "invalid" }, { locale: "ru", reason: "too-long" }], [t("translation-invalid", { languages: "Arabisch und Russisch" })]],
  ])("when the gaps are %s, then staff get one line per kind", (_, gaps, lines) => {
    expect(translationGapLines(t, gaps, "de")).toEqual(lines);
  });

  it("when nine long translations are shown, then they fit one Telegram message and what staff or the provider wrote is escaped", () => {
    const versions = ["en", "ar", "fa", "uk", "ru", "tr", "ku", "ps", "ti"].map((locale) => ({
      locale: locale as TranslationGap["locale"],
      texts: { title: `<b>${"T".repeat(110)}`, summary: `& ${"S".repeat(595)}` },
    }));
    const message = renderMachineTranslations(t, { versions, gaps: [], locale: "de", ownName: (l) => l });
    expect(message.length).toBeLessThanOrEqual(4096);
    expect(message).toContain("&lt;b&gt;TTT");
    expect(message).toContain("&amp; SSS");
    expect(message).not.toContain("<b>T");
  });
});

describe("the Show original buttons", () => {
  // The longest list state the open button takes (test/bot/codecs.test.ts), with a date id of ten digits.
  const state: ListState = { categoryId: "sport-und-bewegung-fuer-alle1", districtId: 123456789, when: "months2", youth: true, page: 9999 };

  it.each([
    ["show original", originalButton],
    ["back to my language", translatedButton],
  ] as const)("when the %s button is packed for the longest state, then it fits 64 bytes and unpacks to the same", (_, codec) => {
    const data = codec.pack({ occurrenceId: 9_999_999_999, state });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(codec.unpack(data)).toEqual({ occurrenceId: 9_999_999_999, state });
    expect(openButton.unpack(data)).toBeUndefined();
  });
});
