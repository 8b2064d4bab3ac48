// End to end over HTTP: machine translation with a real provider wire. The whole app runs in
// webhook mode against the fake Bot API, with TRANSLATE_PROVIDER pointing at a fake
// LibreTranslate or a fake DeepL on loopback. Staff write an offer in German and translate it
// into all languages; Arabic, Farsi and Tigrinya readers find it in their language with the
// machine mark and "Show original"; a correction of the Arabic removes the mark for Arabic only;
// an edit of the German refreshes the machine versions and tells the author to check theirs; a
// provider that is down leaves the offer in German until the background job fills it in; an
// announcement reaches an Arabic subscriber machine-translated through the outbox.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { languageLabel } from "../../src/bot/formatting.ts";
import { staffEditButton } from "../../src/bot/keyboards/staff-offers.ts";
import { runningClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { DEEPL_TEST_KEY, startFakeDeepL, type FakeDeepL } from "../support/fake-deepl.ts";
import { startFakeLibreTranslate, type FakeLibreTranslate } from "../support/fake-libretranslate.ts";
import { stripBidi, type ApiCall } from "../support/fake-telegram.ts";
import { journeyChat } from "../support/journey.ts";
import { buttons, labels } from "../support/screens.ts";
import { scripted } from "../support/translation.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";
import { waitFor } from "../support/wait.ts";

const NOW = "2026-12-01T10:00:00Z";
const LIBRE_KEY = "city-libretranslate-key";
const staff: TestUser = { id: 9701, first_name: "Frau Yilmaz", language_code: "de" };
const readers = {
  ar: { id: 9702, first_name: "Layla", language_code: "ar" },
  fa: { id: 9703, first_name: "Dariush", language_code: "fa" },
  ti: { id: 9704, first_name: "Selam", language_code: "ti" },
  uk: { id: 9705, first_name: "Olena", language_code: "uk" },
} satisfies Record<string, TestUser>;
const ARABIC_TITLE = "مقهى اللغة";
const ARABIC_SUMMARY = "تدرّب على الألمانية مع الشاي والكعك.";

/** The rig, with a trusted organization whose staff member publishes directly, and a district. */
async function startRig(env: Record<string, string>, clock = runningClock(NOW)): Promise<TestRig> {
  const rig = await startTestRig({ env, app: { clock } });
  const { app } = rig;
  const org = await app.services.catalog.saveOrganization({ name: "Stadtteilhaus Coerde" });
  await app.db.prisma.organization.update({ where: { id: org.id }, data: { trusted: true } });
  await app.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
  const profile = await app.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name, languageCode: "de" });
  await app.db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: org.id } });
  return rig;
}

/** What staff and readers do in the chat, over HTTP. */
function desk(rigOf: () => TestRig) {
  const chat = journeyChat(rigOf);
  const { messagesTo, screensOf, send, tap, de } = chat;
  const text = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(rigOf().app.i18n.t(locale, key, args));
  const ownName = (locale: string) => text(locale, "language-name");
  const say = (user: TestUser, message: string) => send(textUpdate(user, message));
  const lastText = (user: TestUser) => stripBidi(String(chat.last(user).payload.text));
  const textsTo = (user: TestUser) => messagesTo(user).map((c) => stripBidi(String(c.payload.text)));
  const screenText = (screen: ApiCall) => stripBidi(String(screen.payload.text));

  /** Everything after the translations, up to the preview: a date in Coerde, no sign-up, free. */
  async function answerTheRest(): Promise<void> {
    await tap(staff, "Sport");
    await tap(staff, "Coerde");
    await say(staff, "Stadtteilhaus, Idenbrockplatz 8");
    await say(staff, "05.12. 15:00");
    await tap(staff, de("newoffer-length", { hours: 2 }));
    await tap(staff, de("broadcast-repeat-none"));
    await tap(staff, de("newoffer-no-signup"));
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, de("newoffer-ages-all"));
    await tap(staff, de("offer-cost-free"));
  }

  /** /newoffer in German, "Translate into all languages", published; what staff were told after translating. */
  async function createTranslated(title: string, summary: string): Promise<{ offerId: number; told: string }> {
    await send(commandUpdate(staff, "newoffer"));
    await say(staff, title);
    await say(staff, summary);
    await tap(staff, de("translation-translate-all"));
    // The translations (or the note why not), then the grid again.
    const told = textsTo(staff).at(-2)!;
    await tap(staff, de("broadcast-translations-done"));
    await answerTheRest();
    await tap(staff, de("newoffer-publish"));
    expect(lastText(staff)).toBe(de("newoffer-saved-published"));
    const offer = await rigOf().app.db.prisma.offer.findFirstOrThrow({ where: { translations: { some: { locale: "de", title } } } });
    return { offerId: offer.id, told };
  }

  /** Staff open the offer to edit it: the German as `title`/`summary`, then `between` in the translation grid, saved. */
  async function edit(offerId: number, title: string, summary: string, between: () => Promise<void> = async () => {}): Promise<void> {
    await send(callbackUpdate(staff, staffEditButton.pack(offerId)));
    await say(staff, title);
    await say(staff, summary);
    await between();
    await tap(staff, de("broadcast-translations-done"));
    await answerTheRest();
    await tap(staff, de("newoffer-save-changes"));
  }

  /** In the edit's grid: the Arabic, typed by staff. */
  async function correctArabic(): Promise<void> {
    expect(labels(chat.last(staff))).toContain(`🤖 ${ownName("ar")}`);
    await tap(staff, ownName("ar"));
    await say(staff, ARABIC_TITLE);
    await say(staff, ARABIC_SUMMARY);
    expect(labels(chat.last(staff))).toContain(`✅ ${ownName("ar")}`);
  }

  /** The reader's /offers, then the card whose button names `title`: the screen they see. */
  async function open(reader: TestUser, title: string): Promise<ApiCall> {
    await send(commandUpdate(reader, "offers"));
    const list = messagesTo(reader).at(-1)!;
    const button = buttons(list).find((b) => stripBidi(b.text).includes(title));
    if (!button) throw new Error(`no offer "${title}" in ${JSON.stringify(labels(list))}`);
    await send(callbackUpdate(reader, button.callback_data!));
    return screensOf(reader).at(-1)!;
  }

  /** Taps `label` on the reader's last screen (sent or edited). */
  async function tapOnScreen(reader: TestUser, label: string): Promise<ApiCall> {
    const screen = screensOf(reader).at(-1)!;
    const button = buttons(screen).find((b) => stripBidi(b.text) === label);
    if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(labels(screen))}`);
    await send(callbackUpdate(reader, button.callback_data!));
    return screensOf(reader).at(-1)!;
  }

  /** The card in `locale` shows `title` machine-translated: the mark right under it and Show original. */
  async function expectMachine(reader: TestUser & { language_code: string }, germanTitle: string, expectedTitle = scripted(germanTitle, reader.language_code)) {
    const screen = await open(reader, germanTitle);
    expect(screenText(screen)).toContain(`<b>${expectedTitle}</b>\n<i>${text(reader.language_code, "translation-mark")}</i>`);
    expect(labels(screen)).toContain(text(reader.language_code, "translation-show-original"));
    return screen;
  }

  return { ...chat, text, ownName, say, lastText, textsTo, screenText, answerTheRest, createTranslated, edit, correctArabic, open, tapOnScreen, expectMachine };
}

/**
 * The core path the "Done means" names, the same for every provider: readers see the
 * machine versions with the mark, Show original shows the German, a staff correction of the
 * Arabic takes its mark away (only its), and an edit of the German summary refreshes the machine
 * versions while the author is told the corrected Arabic needs checking.
 */
async function correctionAndRefresh(d: ReturnType<typeof desk>, rig: TestRig, offerId: number, title: string, summary: string, machineReader: TestUser & { language_code: string }) {
  const { de, text, screenText, open } = d;
  // A staff correction of the Arabic, through the bot: edit the offer, leave the German, type the Arabic.
  await d.edit(offerId, title, summary, d.correctArabic);
  expect(d.lastText(staff)).toBe(de("newoffer-edited", { count: 0 }));
  const corrected = await open(readers.ar, ARABIC_TITLE);
  expect(screenText(corrected)).toContain(`<b>${ARABIC_TITLE}</b>`);
  expect(screenText(corrected)).toContain(ARABIC_SUMMARY);
  expect(screenText(corrected)).not.toContain(text("ar", "translation-mark"));
  expect(labels(corrected)).not.toContain(text("ar", "translation-show-original"));
  await d.expectMachine(machineReader, title);

  // The German summary changes: machine versions follow, the author hears about the Arabic.
  const newSummary = "Jetzt jeden Dienstag, mit Spielecke für Kinder.";
  await d.edit(offerId, title, newSummary);
  expect(d.textsTo(staff).slice(-2)).toEqual([de("newoffer-edited", { count: 0 }), de("translation-outdated", { languages: "Arabisch" })]);
  const refreshed = await d.expectMachine(machineReader, title);
  expect(screenText(refreshed)).toContain(scripted(newSummary, machineReader.language_code));
  expect(screenText(refreshed)).not.toContain(scripted(summary, machineReader.language_code));
  const arabic = await open(readers.ar, ARABIC_TITLE);
  expect(screenText(arabic)).toContain(`<b>${ARABIC_TITLE}</b>`);
  expect(screenText(arabic)).not.toContain(text("ar", "translation-mark"));
  const versions = await rig.app.db.prisma.offerTranslation.findMany({ where: { offerId }, orderBy: { locale: "asc" } });
  expect(versions.find((v) => v.locale === "ar")).toMatchObject({ origin: "HUMAN", title: ARABIC_TITLE, provider: null });
}

describe("journey: offers and announcements machine-translated by LibreTranslate", () => {
  let rig: TestRig;
  let libre: FakeLibreTranslate;
  const clock = runningClock(NOW);
  const d = desk(() => rig);
  const { de, text, send, tap, textsTo, screenText } = d;

  beforeAll(async () => {
    libre = await startFakeLibreTranslate({ apiKey: LIBRE_KEY });
    rig = await startRig({ TRANSLATE_PROVIDER: "libretranslate", TRANSLATE_URL: libre.url, TRANSLATE_API_KEY: LIBRE_KEY, TRANSLATE_TIMEOUT_MS: "2000" }, clock);
  });
  afterEach(() => libre.reset());
  afterAll(async () => {
    await rig?.close();
    await libre?.close();
  });

  it("when staff translate a German offer into all languages, then Arabic, Farsi and Tigrinya readers see theirs marked, Show original shows the German, a correction unmarks Arabic only and an edit refreshes the rest", async () => {
    const title = "Sprachcafé";
    const summary = "Deutsch üben bei Tee und Kuchen.";
    const { offerId, told } = await d.createTranslated(title, summary);
    expect(told).toContain(de("mt-offer-translated"));
    expect(told).toContain(`<b>${d.ownName("ti")}</b>\n<u>${scripted(title, "ti")}</u>\n${scripted(summary, "ti")}`);

    for (const reader of [readers.ar, readers.fa, readers.ti]) await d.expectMachine(reader, title);

    // Show original: the German, without the mark, and the way back.
    const original = await d.tapOnScreen(readers.fa, text("fa", "translation-show-original"));
    expect(screenText(original)).toContain(text("fa", "translation-original-header", { language: new Intl.DisplayNames(["fa"], { type: "language" }).of("de")! }));
    expect(screenText(original)).toContain(`<b>${title}</b>`);
    expect(screenText(original)).toContain(summary);
    expect(screenText(original)).not.toContain("«fa»");
    expect(screenText(original)).not.toContain(text("fa", "translation-mark"));
    const back = await d.tapOnScreen(readers.fa, text("fa", "mt-offer-show-translation"));
    expect(screenText(back)).toContain(`<b>${scripted(title, "fa")}</b>`);

    // Only what staff wrote for the public went out, with the city's key; never a resident.
    const sent = libre.translated();
    expect(sent.length).toBeGreaterThanOrEqual(9);
    expect(new Set(sent.flatMap((r) => r.q))).toEqual(new Set([title, summary]));
    expect(new Set(sent.map((r) => r.source))).toEqual(new Set(["de"]));
    const wire = JSON.stringify(libre.requests.map((r) => [r.path, r.body]));
    for (const reader of [...Object.values(readers), staff]) {
      expect(wire).not.toContain(reader.first_name);
      expect(wire).not.toContain(String(reader.id));
    }
    expect(libre.requests.filter((r) => r.path === "/translate").every((r) => r.body?.api_key === LIBRE_KEY)).toBe(true);

    libre.reset();
    await correctionAndRefresh(d, rig, offerId, title, summary, readers.fa);
    // The refresh asked only for the new summary (the title is cached), never for the corrected Arabic.
    const refreshed = libre.translated();
    expect(refreshed.map((r) => r.target)).not.toContain("ar");
    expect(new Set(refreshed.flatMap((r) => r.q))).toEqual(new Set(["Jetzt jeden Dienstag, mit Spielecke für Kinder."]));
    await d.expectMachine(readers.ti, title);
  });

  it("when LibreTranslate answers 503 during /newoffer, then the offer is saved in German, staff are told in one line, and the background job translates it once the service is back", async () => {
    const title = "Nähwerkstatt";
    const summary = "Kleidung reparieren mit Hilfe.";
    libre.failure = "down";

    const { offerId, told } = await d.createTranslated(title, summary);

    expect(told).toBe(de("translation-unavailable"));
    expect(await rig.app.db.prisma.offerTranslation.findMany({ where: { offerId }, select: { locale: true } })).toEqual([{ locale: "de" }]);
    const meanwhile = await d.open(readers.ar, title);
    expect(screenText(meanwhile)).toContain(`<b>${title}</b>`);
    expect(screenText(meanwhile)).toContain(text("ar", "offers-only-in", { language: "de" }));
    expect(screenText(meanwhile)).not.toContain(text("ar", "translation-mark"));

    // Still down: the job asks and changes nothing.
    libre.requests.length = 0;
    await rig.app.scheduler.runJob("offer-translations", clock.now());
    expect(libre.requests.length).toBeGreaterThan(0);
    expect(await rig.app.db.prisma.offerTranslation.count({ where: { offerId } })).toBe(1);

    libre.failure = null;
    await rig.app.scheduler.runJob("offer-translations", clock.now());

    expect(await rig.app.db.prisma.offerTranslation.count({ where: { offerId, origin: "MACHINE" } })).toBe(9);
    await d.expectMachine(readers.ar, title);
  });

  it("when staff send an announcement translated into all languages, then an Arabic subscriber gets it through the outbox with the mark and Show original", async () => {
    const german = "Sprachcafé im Haus der Begegnung: Dienstag 17 Uhr";
    const profile = await rig.app.services.users.identify({ telegramId: BigInt(readers.ar.id), firstName: readers.ar.first_name, languageCode: "ar" });
    await rig.app.services.subscriptions.toggleTopic(profile.id, "general");

    await send(commandUpdate(staff, "broadcast"));
    await d.say(staff, german);
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, de("broadcast-audience-subscribers"));
    await tap(staff, de("broadcast-topic-general"));
    await tap(staff, de("broadcast-districts-done"));
    await tap(staff, de("broadcast-districts-done")); // every language
    expect(textsTo(staff).at(-1)).toBe(de("mt-ann-ask-translate", { count: 9 }));
    await tap(staff, de("translation-translate-all"));
    expect(textsTo(staff).some((t) => t.includes(de("mt-ann-translations-title")) && t.includes(scripted(german, "ar")))).toBe(true);
    await tap(staff, de("mt-ann-corrections-done"));
    await tap(staff, de("broadcast-now"));
    await tap(staff, de("broadcast-repeat-none"));
    await tap(staff, de("broadcast-confirm"));
    expect(textsTo(staff).at(-1)).toBe(de("broadcast-sending", { count: 1 }));

    await waitFor(() => d.messagesTo(readers.ar).some((m) => stripBidi(String(m.payload.text)).includes(german)), 10_000, "the Arabic delivery");
    const delivery = d.messagesTo(readers.ar).find((m) => stripBidi(String(m.payload.text)).includes(german))!;
    expect(screenText(delivery)).toBe(`${scripted(german, "ar")}\n\n${text("ar", "translation-mark")}`);
    const show = buttons(delivery).find((b) => stripBidi(b.text) === text("ar", "translation-show-original"))!;
    expect(show).toBeDefined();
    await send(callbackUpdate(readers.ar, show.callback_data!));
    const header = text("ar", "translation-original-header", { language: languageLabel("de", "ar", text("de", "language-name")) });
    expect(screenText(d.screensOf(readers.ar).at(-1)!)).toBe(`${header}\n\n${german}`);
    // Only the announcement's text went to the provider.
    expect(new Set(libre.translated().flatMap((r) => r.q))).toEqual(new Set([german]));
  });
});

describe("journey: an offer machine-translated by DeepL", () => {
  let rig: TestRig;
  let deepl: FakeDeepL;
  const d = desk(() => rig);
  const { de, text, screenText } = d;

  beforeAll(async () => {
    deepl = await startFakeDeepL();
    rig = await startRig({ TRANSLATE_PROVIDER: "deepl", TRANSLATE_URL: deepl.url, TRANSLATE_API_KEY: DEEPL_TEST_KEY, TRANSLATE_TIMEOUT_MS: "2000" });
  });
  afterEach(() => deepl.reset());
  afterAll(async () => {
    await rig?.close();
    await deepl?.close();
  });

  it("when staff translate a German offer with DeepL, then the languages it has are marked machine versions, Tigrinya keeps the German and staff are told it is still needed by hand", async () => {
    const title = "Sprachcafé";
    const summary = "Deutsch üben bei Tee und Kuchen.";
    const { offerId, told } = await d.createTranslated(title, summary);

    // DeepL has no Farsi, Kurdish, Pashto or Tigrinya: staff are told, by name.
    expect(told).toContain(de("translation-by-hand", { languages: "Persisch, Kurdisch, Paschtu und Tigrinya" }));
    expect(told).toContain(`<b>${d.ownName("ar")}</b>\n<u>${scripted(title, "ar")}</u>`);
    expect(told).not.toContain(`<b>${d.ownName("ti")}</b>`);

    await d.expectMachine(readers.ar, title);
    await d.expectMachine(readers.uk, title);
    const tigrinya = await d.open(readers.ti, title);
    expect(screenText(tigrinya)).toContain(`<b>${title}</b>`);
    expect(screenText(tigrinya)).toContain(text("ti", "offers-only-in", { language: "de" }));
    expect(screenText(tigrinya)).not.toContain(text("ti", "translation-mark"));
    expect(labels(tigrinya)).not.toContain(text("ti", "translation-show-original"));

    const original = await d.tapOnScreen(readers.ar, text("ar", "translation-show-original"));
    expect(screenText(original)).toContain(`<b>${title}</b>`);
    expect(screenText(original)).toContain(summary);

    // The real wire: every request carried the key in DeepL's header; targets as DeepL names them (deepl-node sends them lower case).
    expect(deepl.requests.length).toBeGreaterThan(0);
    expect(deepl.requests.every((r) => r.headers.authorization === `DeepL-Auth-Key ${DEEPL_TEST_KEY}`)).toBe(true);
    expect(new Set(deepl.translated().map((r) => r.target.toUpperCase()))).toEqual(new Set(["EN-GB", "AR", "UK", "RU", "TR"]));
    expect(new Set(deepl.translated().flatMap((r) => r.text))).toEqual(new Set([title, summary]));

    await correctionAndRefresh(d, rig, offerId, title, summary, readers.uk);
  });
});
