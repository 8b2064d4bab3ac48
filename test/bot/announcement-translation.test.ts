// /broadcast with a translation service: "Translate into all languages" before the preview,
// the results shown and corrected, the delivery with the machine mark and "Show original",
// the edit of /announcements telling the author which of their translations to check, the
// provider down (saved, told, filled in later), unsupported languages, /stats and /privacy.
import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { createAnnouncementTransport } from "../../src/bot/announcement-transport.ts";
import { formatList, languageLabel } from "../../src/bot/formatting.ts";
import { translatorOf } from "../../src/bot/i18n.ts";
import { showOriginalButton } from "../../src/bot/keyboards/announcements.ts";
import { editAnnouncementButton } from "../../src/bot/keyboards/broadcast.ts";
import { unsubscribeButton } from "../../src/bot/keyboards/subscriptions.ts";
import { announcementSourceHash, type TextOrigins } from "../../src/domain/announcements.ts";
import { createDeliverySender } from "../../src/domain/deliveries.ts";
import { jobServices } from "../../src/domain/index.ts";
import type { Locale } from "../../src/domain/locales.ts";
import { ProviderError, type TranslationProvider } from "../../src/domain/machine-translation.ts";
import { createLogger } from "../../src/logger.ts";
import { announcementTranslationsJob } from "../../src/scheduler/jobs/announcement-translations.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { createTestBot, useTestBot } from "../support/bot.ts";
import { stripBidi, TEST_BOT_TOKEN } from "../support/fake-telegram.ts";
import { buttons } from "../support/screens.ts";
import { scripted, scriptedTranslator } from "../support/translation.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const GERMAN = "Sprachcafé im Haus der Begegnung: Dienstag 17 Uhr";
const UKRAINIAN = "Мовне кафе в Домі зустрічей: вівторок о 17:00";

/** The scripted provider, whose /translate can fail (503) while it still names its languages. */
function flakyTranslator(options: { unsupported?: Locale[] } = {}) {
  const inner = scriptedTranslator(options);
  const state = { failing: false };
  const provider: TranslationProvider = {
    name: inner.name,
    targets: (source, signal) => inner.targets(source, signal),
    translate: (fragments, source, target, signal) =>
      state.failing ? Promise.reject(new ProviderError("down", "503 from /translate")) : inner.translate(fragments, source, target, signal),
  };
  return { provider, inner, state };
}

const flaky = flakyTranslator({ unsupported: ["ti"] });

describe("bot: announcements in every reader's language", () => {
  const { db, t } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID], translationProvider: flaky.provider, logger: createLogger({ level: "error" }) });
  let cast: Cast;
  const readers: Record<"german" | "arabic" | "ukrainian" | "tigrinya", TestUser> = {
    german: { id: 8101, first_name: "Jonas", language_code: "de" },
    arabic: { id: 8102, first_name: "Layla", language_code: "ar" },
    ukrainian: { id: 8103, first_name: "Olena", language_code: "uk" },
    tigrinya: { id: 8104, first_name: "Selam", language_code: "ti" },
  };

  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));
  const inLocale = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t(locale, key, args));
  const label = (code: string) => languageLabel(code, "de", t.i18n.t(code, "language-name"));
  const staffUser = (): TestUser => ({ id: Number(cast.users.staffA.telegramId), first_name: "Frau Meier", language_code: "de" });
  const sentTo = (user: TestUser) => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === user.id);
  const lastTo = (user: TestUser) => sentTo(user).at(-1)!;
  const textsTo = (user: TestUser) => sentTo(user).map((c) => stripBidi(String(c.payload.text)));
  const tap = async (user: TestUser, text: string) => {
    const button = sentTo(user)
      .reverse()
      .map((call) => buttons(call).find((b) => stripBidi(b.text) === text || stripBidi(b.text).includes(text)))
      .find(Boolean);
    if (!button) throw new Error(`no button "${text}" in ${JSON.stringify(buttons(lastTo(user)).map((b) => stripBidi(b.text)))}`);
    await t.bot.handleUpdate(callbackUpdate(user, button.callback_data!));
  };
  const say = (user: TestUser, text: string) => t.bot.handleUpdate(textUpdate(user, text));

  beforeEach(async () => {
    flaky.state.failing = false;
    flaky.inner.calls.length = 0;
    cast = await seedCast(db);
    for (const reader of Object.values(readers)) {
      const profile = await t.services.users.identify({ telegramId: BigInt(reader.id), firstName: reader.first_name, languageCode: reader.language_code });
      await t.services.subscriptions.toggleTopic(profile.id, "general");
    }
  });

  /** Sends what is queued through the real transport into the same fake Bot API. */
  async function deliver(): Promise<void> {
    const transport = createAnnouncementTransport({
      api: new Api(TEST_BOT_TOKEN, { fetch: t.api.fetch }),
      translate: translatorOf(t.i18n),
      announcements: jobServices(t.services).announcements,
      botUsername: () => "treffpunkt_test_bot",
      timezone: "Europe/Berlin",
      unsubscribeButton,
    });
    const engine = createDeliverySender({ db: db.prisma, clock: t.clock, transport, rate: Number.POSITIVE_INFINITY, concurrency: 4, sleep: async (ms) => t.clock.advance(ms) });
    await engine.drain();
  }

  /** /broadcast up to the translation offer: the text, no typed translations, the general topic for all. */
  async function composeToTranslation(user: TestUser, options: { languages?: string[] } = {}) {
    await t.bot.handleUpdate(commandUpdate(user, "broadcast"));
    await say(user, GERMAN);
    await tap(user, de("broadcast-translations-done"));
    await tap(user, de("broadcast-audience-subscribers"));
    await tap(user, de("broadcast-topic-general"));
    await tap(user, de("broadcast-districts-done"));
    for (const language of options.languages ?? []) await tap(user, t.i18n.t(language, "language-name"));
    await tap(user, de("broadcast-districts-done"));
  }

  /** From the time question: now (or a date), once, confirmed. */
  async function sendAt(user: TestUser, when: "now" | string) {
    if (when === "now") await tap(user, de("broadcast-now"));
    else await say(user, when);
    await tap(user, de("broadcast-repeat-none"));
    await tap(user, de("broadcast-confirm"));
  }

  const announcement = () => db.prisma.announcement.findFirstOrThrow({ orderBy: { id: "desc" } });

  it("when staff translate into all languages and correct the Ukrainian, then the Arabic reader gets the marked machine version with Show original, and the Ukrainian one no mark", async () => {
    const staff = staffUser();
    await composeToTranslation(staff);
    expect(textsTo(staff).at(-1)).toBe(de("mt-ann-ask-translate", { count: 9 }));
    await tap(staff, de("translation-translate-all"));

    // The translations are shown (escaped HTML), the language the provider lacks is named.
    const shown = sentTo(staff).find((c) => String(c.payload.text).includes(de("mt-ann-translations-title")))!;
    expect(shown.payload.parse_mode).toBe("HTML");
    expect(stripBidi(shown.payload.text)).toContain(`<b>${label("ar")}</b>\n${scripted(GERMAN, "ar")}`);
    expect(textsTo(staff).at(-1)).toBe(`${de("translation-by-hand", { languages: label("ti") })}\n\n${de("mt-ann-ask-correct")}`);

    await tap(staff, `🤖 ${t.i18n.t("uk", "language-name")}`);
    expect(textsTo(staff).at(-1)).toBe(de("mt-ann-ask-correction", { language: label("uk") }));
    await say(staff, UKRAINIAN);
    expect(buttons(lastTo(staff)).map((b) => stripBidi(b.text))).toContain(`✅ ${t.i18n.t("uk", "language-name")}`);
    await tap(staff, de("mt-ann-corrections-done"));

    // The preview shows the Arabic reader's version with its mark.
    await tap(staff, de("broadcast-now"));
    await tap(staff, de("broadcast-repeat-none"));
    const preview = textsTo(staff).at(-2)!;
    expect(preview).toContain(`${scripted(GERMAN, "ar")}\n\n${inLocale("ar", "translation-mark")}`);
    await tap(staff, de("broadcast-confirm"));
    expect(textsTo(staff).at(-1)).toBe(de("broadcast-sending", { count: 4 }));

    const row = await announcement();
    const hash = announcementSourceHash(GERMAN);
    expect((row.textOrigins as TextOrigins).ar).toEqual({ origin: "MACHINE", provider: "libretranslate", sourceHash: hash });
    expect((row.textOrigins as TextOrigins).uk).toEqual({ origin: "HUMAN", sourceHash: hash });
    // Only the source text went to the provider, once per language it has.
    expect(flaky.inner.calls.map((c) => c.fragments)).toEqual(Array(8).fill([GERMAN]));

    await deliver();
    const arabic = lastTo(readers.arabic);
    expect(stripBidi(arabic.payload.text)).toBe(`${scripted(GERMAN, "ar")}\n\n${inLocale("ar", "translation-mark")}`);
    // Show original and Unsubscribe side by side.
    const rows = arabic.payload.reply_markup.inline_keyboard as { text: string; callback_data: string }[][];
    expect(rows.map((r) => r.map((b) => stripBidi(b.text)))).toEqual([[inLocale("ar", "translation-show-original"), inLocale("ar", "subscriptions-unsubscribe")]]);
    expect(stripBidi(lastTo(readers.ukrainian).payload.text)).toBe(UKRAINIAN);
    expect(buttons(lastTo(readers.ukrainian)).map((b) => stripBidi(b.text))).toEqual([inLocale("uk", "subscriptions-unsubscribe")]);
    expect(stripBidi(lastTo(readers.german).payload.text)).toBe(GERMAN);
    // Tigrinya is not offered: the German with "(not in your language yet)", no mark.
    expect(stripBidi(lastTo(readers.tigrinya).payload.text)).toBe(`${inLocale("ti", "offers-only-in", { language: "de" })}\n\n${GERMAN}`);

    await t.bot.handleUpdate(callbackUpdate(readers.arabic, rows[0]![0]!.callback_data));
    expect(textsTo(readers.arabic).at(-1)).toBe(`${inLocale("ar", "translation-original-header", { language: languageLabel("de", "ar", t.i18n.t("de", "language-name")) })}\n\n${GERMAN}`);
  });

  it("when the audience reads only Arabic and Tigrinya, then only those are offered and asked for", async () => {
    const staff = staffUser();
    await composeToTranslation(staff, { languages: ["ar", "ti"] });
    expect(textsTo(staff).at(-1)).toBe(de("mt-ann-ask-translate", { count: 2 }));
    await tap(staff, de("translation-translate-all"));
    expect(flaky.inner.calls.map((c) => c.target)).toEqual(["ar"]);
    expect(buttons(lastTo(staff)).map((b) => stripBidi(b.text))).toEqual([`🤖 ${t.i18n.t("ar", "language-name")}`, de("mt-ann-corrections-done"), de("signup-cancel")]);
  });

  it("when staff go on without translating, then nothing is sent to the provider", async () => {
    const staff = staffUser();
    await composeToTranslation(staff);
    await tap(staff, de("mt-ann-skip"));
    expect(textsTo(staff).at(-1)).toBe(de("broadcast-ask-when"));
    await sendAt(staff, "05.12. 12:00");
    expect(flaky.inner.calls).toEqual([]);
    expect((await announcement()).texts).toEqual({ de: GERMAN });
  });

  it("when the provider is down, then the announcement is saved, staff are told in one line, and the job translates it later", async () => {
    const staff = staffUser();
    await composeToTranslation(staff);
    flaky.state.failing = true;
    await tap(staff, de("translation-translate-all"));
    // One message with the notes, then the conversation goes on to the time.
    expect(textsTo(staff).slice(-3)).toEqual([
      de("mt-ann-ask-translate", { count: 9 }),
      `${de("translation-by-hand", { languages: label("ti") })}\n\n${de("translation-unavailable")}`,
      de("broadcast-ask-when"),
    ]);
    await sendAt(staff, "05.12. 12:00");
    expect(textsTo(staff).at(-1)).toBe(de("broadcast-saved", { count: 4 }));
    expect((await announcement()).texts).toEqual({ de: GERMAN });

    // The provider is back: the job fills the languages in, as machine versions.
    flaky.state.failing = false;
    await announcementTranslationsJob(jobServices(t.services), createLogger({ level: "silent" })).run(new Date("2026-12-01T10:05:00Z"));
    const row = await announcement();
    expect((row.texts as Record<string, string>).ar).toBe(scripted(GERMAN, "ar"));
    expect((row.textOrigins as TextOrigins).ar?.origin).toBe("MACHINE");
    expect((row.texts as Record<string, string>).ti).toBeUndefined();
  });

  it("when staff edit the German text in /announcements, then the machine versions are refreshed and the author is told to check the Ukrainian", async () => {
    const staff = staffUser();
    const [ar] = await t.services.announcements.translateDraft(cast.users.staffA.id, { text: GERMAN, sourceLocale: "de", targets: ["ar"] });
    const { id } = await t.services.announcements.create(cast.users.staffA.id, {
      texts: { de: GERMAN, ar: (ar as { text: string }).text, uk: UKRAINIAN },
      origins: { ar: { origin: "MACHINE", provider: "libretranslate" } },
      sourceLocale: "de",
      audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
      urgent: false,
      scheduledAt: new Date("2026-12-05T10:00:00Z"),
    });
    await t.bot.handleUpdate(callbackUpdate(staff, editAnnouncementButton.pack(id)));
    await tap(staff, de("broadcast-edit-text"));
    const changed = "Sprachcafé im Haus der Begegnung: Mittwoch 18 Uhr";
    await say(staff, changed);
    expect(textsTo(staff).at(-1)).toBe(`${de("broadcast-edit-saved")}\n\n${de("translation-outdated", { languages: label("uk") })}`);
    const row = await db.prisma.announcement.findUniqueOrThrow({ where: { id } });
    expect(row.texts).toEqual({ de: changed, ar: scripted(changed, "ar"), uk: UKRAINIAN });

    // Down during the next edit: the stale Arabic is dropped and staff are told.
    flaky.state.failing = true;
    await t.bot.handleUpdate(callbackUpdate(staff, editAnnouncementButton.pack(id)));
    await tap(staff, de("broadcast-edit-text"));
    await say(staff, "Sprachcafé fällt aus");
    expect(textsTo(staff).at(-1)).toBe(`${de("broadcast-edit-saved")}\n\n${de("translation-outdated", { languages: label("uk") })}\n\n${de("translation-unavailable")}`);
    expect((await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).texts).toEqual({ de: "Sprachcafé fällt aus", uk: UKRAINIAN });
  });

  it("when a forged, stale or foreign Show original button is tapped, then the reader gets a polite answer and no text", async () => {
    const author = cast.users.staffA.id;
    const sent = await t.services.announcements.create(author, {
      texts: { de: GERMAN, ar: scripted(GERMAN, "ar") },
      origins: { ar: { origin: "MACHINE", provider: "libretranslate" } },
      sourceLocale: "de",
      audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: ["ar"] },
      urgent: false,
      scheduledAt: "now",
    });
    const scheduled = await t.services.announcements.create(author, {
      texts: { de: "Noch geheim" },
      sourceLocale: "de",
      audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
      urgent: false,
      scheduledAt: new Date("2026-12-05T10:00:00Z"),
    });
    const before = t.api.callsTo("sendMessage").length;
    // Not addressed to the German reader, not sent yet, no such announcement, malformed.
    for (const [user, data] of [
      [readers.german, showOriginalButton.pack(sent.id)],
      [readers.arabic, showOriginalButton.pack(scheduled.id)],
      [readers.arabic, showOriginalButton.pack(999_999)],
      [readers.arabic, "ann:o:0x1"],
    ] as const) {
      await t.bot.handleUpdate(callbackUpdate(user, data));
    }
    expect(t.api.callsTo("answerCallbackQuery").map((c) => stripBidi(c.payload.text))).toEqual([
      de("mt-ann-original-gone"),
      inLocale("ar", "mt-ann-original-gone"),
      inLocale("ar", "mt-ann-original-gone"),
      inLocale("ar", "mt-ann-original-gone"),
    ]);
    expect(t.api.callsTo("sendMessage")).toHaveLength(before);
  });

  it("when an admin opens /stats, then the provider and this month's characters are shown", async () => {
    const admin: TestUser = { id: Number(ADMIN_TELEGRAM_ID), first_name: "Admin", language_code: "de" };
    await t.services.announcements.translateDraft(cast.users.staffA.id, { text: GERMAN, sourceLocale: "de", targets: ["ar"] });
    const usage = await t.services.translation.usage();
    await t.bot.handleUpdate(commandUpdate(admin, "stats", "2026-12"));
    const text = stripBidi(String(lastTo(admin).payload.text));
    expect(text).toContain(`<b>${de("mt-ann-stats-title")}</b>`);
    const line = usage.budget === null ? de("mt-ann-stats-usage", { provider: "LibreTranslate", chars: usage.chars }) : de("mt-ann-stats-usage-budget", { provider: "LibreTranslate", chars: usage.chars, budget: usage.budget });
    expect(text).toContain(line);
  });

  it("when a reader opens /privacy, then it says what is sent to the translation service and names it", async () => {
    await t.bot.handleUpdate(commandUpdate(readers.arabic, "privacy"));
    expect(textsTo(readers.arabic).at(-1)).toContain(inLocale("ar", "mt-ann-privacy-translation", { provider: "LibreTranslate" }));
  });
});

describe("bot: announcements without a translation service", () => {
  const { db } = useTestBot();
  it("when no provider is set, then /broadcast offers no translation, /stats shows no usage and /privacy says nothing is sent", async () => {
    const bot = createTestBot(db, { adminIds: [ADMIN_TELEGRAM_ID], translationProvider: null });
    const cast = await seedCast(db);
    const staff: TestUser = { id: Number(cast.users.staffA.telegramId), first_name: "Frau Meier", language_code: "de" };
    const de = (key: string, args?: Record<string, string | number>) => stripBidi(bot.i18n.t("de", key, args));
    const tap = async (label: string) => {
      const button = bot.api.callsTo("sendMessage").reverse().map((c) => buttons(c).find((b) => stripBidi(b.text).includes(label))).find(Boolean)!;
      await bot.bot.handleUpdate(callbackUpdate(staff, button.callback_data!));
    };
    await bot.bot.handleUpdate(commandUpdate(staff, "broadcast"));
    await bot.bot.handleUpdate(textUpdate(staff, GERMAN));
    await tap(de("broadcast-translations-done"));
    await tap(de("broadcast-audience-subscribers"));
    await tap(de("broadcast-topic-general"));
    await tap(de("broadcast-districts-done"));
    await tap(de("broadcast-districts-done"));
    expect(stripBidi(String(bot.api.callsTo("sendMessage").at(-1)!.payload.text))).toBe(de("broadcast-ask-when"));

    const admin: TestUser = { id: Number(ADMIN_TELEGRAM_ID), first_name: "Admin", language_code: "de" };
    await bot.bot.handleUpdate(commandUpdate(admin, "stats", "2026-12"));
    expect(stripBidi(String(bot.api.callsTo("sendMessage").at(-1)!.payload.text))).not.toContain(de("mt-ann-stats-title"));
    await bot.bot.handleUpdate(commandUpdate(admin, "privacy"));
    expect(stripBidi(String(bot.api.callsTo("sendMessage").at(-1)!.payload.text))).toContain(de("mt-ann-privacy-no-translation"));
    expect(JSON.stringify(bot.api.calls)).not.toContain(de("translation-translate-all"));
  });
});
