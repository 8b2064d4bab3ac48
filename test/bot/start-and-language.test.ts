import { describe, expect, it } from "vitest";
import { registerCommands } from "../../src/bot/commands.ts";
import { translatorOf } from "../../src/bot/i18n.ts";
import { languageChoice } from "../../src/bot/keyboards/languages.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { SUPPORTED_LOCALES } from "../../src/domain/locales.ts";
import { createLogger } from "../../src/logger.ts";
import { useTestBot } from "../support/bot.ts";
import { blockedUpdate, callbackUpdate, commandUpdate, groupCommandUpdate, stickerUpdate, type TestUser } from "../support/updates.ts";

const layla: TestUser = { id: 501, first_name: "Layla", language_code: "ar" };
const olena: TestUser = { id: 502, first_name: "Olena", language_code: "uk-UA" };
const nobody: TestUser = { id: 503, first_name: "Sam", language_code: "ja" };

describe("bot: start, language, help and the error boundary", () => {
  const { db, t } = useTestBot();

  const en = (key: string, args?: Record<string, string>) => t.i18n.t("en", key, args).replace(/[\u2068\u2069]/g, "");
  const inLocale = (locale: string, key: string) => t.i18n.t(locale, key).replace(/[\u2068\u2069]/g, "");

  it("when a user with Telegram in Arabic sends /start, then they are greeted in Arabic and offered all ten languages", async () => {
    await t.bot.handleUpdate(commandUpdate(layla, "start"));

    const [greeting, choose] = t.api.callsTo("sendMessage");
    expect(greeting!.payload.text.replace(/[\u2068\u2069]/g, "")).toBe(
      t.i18n.t("ar", "start-greeting", { firstName: "Layla" }).replace(/[\u2068\u2069]/g, ""),
    );
    expect(greeting!.payload.text).toMatch(/[\u0600-\u06FF]/);
    const buttons = choose!.payload.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b: { text: string }) => b.text)).toEqual(SUPPORTED_LOCALES.map((l) => t.i18n.t(l, "language-name")));
    expect(buttons.map((b: { text: string }) => b.text)).toContain("العربية");
    expect(buttons.map((b: { callback_data: string }) => b.callback_data)).toContain("language:set:en");
  });

  it("when Telegram's language is a regional variant, then the base language is used", async () => {
    await t.bot.handleUpdate(commandUpdate(olena, "help"));
    expect(t.api.textsTo(olena.id)[0]).toContain(inLocale("uk", "help-intro"));
  });

  it("when Telegram's language is not supported, then the default language (German) is used", async () => {
    await t.bot.handleUpdate(commandUpdate(nobody, "help"));
    expect(t.api.textsTo(nobody.id)[0]).toContain(inLocale("de", "help-intro"));
  });

  it("when the user presses English, then it is stored and every later reply is English", async () => {
    await t.bot.handleUpdate(commandUpdate(layla, "language"));
    await t.bot.handleUpdate(callbackUpdate(layla, languageChoice.pack("en")));

    expect(t.api.callsTo("answerCallbackQuery")[0]!.payload.text).toBe(en("language-changed"));
    const edited = t.api.callsTo("editMessageText")[0]!.payload;
    expect(edited.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toContain("✅ English");
    expect((await t.services.users.findByTelegramId(501n))?.locale).toBe("en");

    t.api.clear();
    await t.bot.handleUpdate(commandUpdate(layla, "help"));
    const help = t.api.textsTo(layla.id)[0]!;
    expect(help).toContain(en("help-intro"));
    expect(help).toContain(`/language – ${en("command-language")}`);
  });

  it("when a returning user who chose a language sends /start, then they get the help instead of the language choice", async () => {
    await t.bot.handleUpdate(callbackUpdate(layla, languageChoice.pack("tr")));
    t.api.clear();

    await t.bot.handleUpdate(commandUpdate(layla, "start"));
    const texts = t.api.textsTo(layla.id);
    expect(texts[0]).toBe(t.i18n.t("tr", "start-greeting", { firstName: "Layla" }).replace(/[\u2068\u2069]/g, ""));
    expect(texts[1]).toContain(inLocale("tr", "help-intro"));
  });

  it.each(["language:set:xx", "language:set:", "language:set:en:extra", "nonsense", "language:set:" + "e".repeat(80)])(
    "when a forged or stale button %s arrives, then the user gets a polite answer and nothing changes",
    async (data) => {
      await t.bot.handleUpdate(callbackUpdate(layla, data));

      expect(t.api.callsTo("answerCallbackQuery")[0]!.payload.text).toBe(inLocale("ar", "error-stale-button"));
      expect((await t.services.users.findByTelegramId(501n))?.locale).toBeUndefined();
    },
  );

  it("when a user sends a sticker, then they get a pointer to search and the offers in their language", async () => {
    await t.bot.handleUpdate(stickerUpdate(layla));

    expect(t.api.textsTo(layla.id)).toEqual([inLocale("ar", "fallback-not-understood")]);
  });

  it("when a command is sent in a group, then the bot points to the private chat and stays silent otherwise", async () => {
    await t.bot.handleUpdate(groupCommandUpdate(layla, -100, "start"));

    const [reply] = t.api.callsTo("sendMessage");
    expect(Number(reply!.payload.chat_id)).toBe(-100);
    expect(reply!.payload.text).toContain("\u2068@treffpunkt_test_bot\u2069"); // isolated as one unit, so Telegram links the mention
    expect(t.api.calls).toHaveLength(1);
  });

  it("when a domain error escapes a handler, then the user gets its localized message and the bot keeps running", async () => {
    t.botServices.users.setLocale = async () => {
      throw new DomainError("forbidden");
    };
    await t.bot.handleUpdate(callbackUpdate(layla, languageChoice.pack("en")));

    expect(t.api.textsTo(layla.id)).toEqual([inLocale("ar", "error-forbidden")]);
  });

  it("when an unexpected error escapes a handler, then the user gets the generic apology and later updates still work", async () => {
    t.botServices.users.setLocale = async () => {
      throw new TypeError("boom");
    };
    await t.bot.handleUpdate(callbackUpdate(layla, languageChoice.pack("en")));
    expect(t.api.textsTo(layla.id)).toEqual([inLocale("ar", "error-generic")]);

    await t.bot.handleUpdate(commandUpdate(layla, "help"));
    expect(t.api.textsTo(layla.id)[1]).toContain(inLocale("ar", "help-intro"));
  });

  it("when sending the reply itself fails with a Telegram error, then the update does not throw", async () => {
    t.api.failNext("sendMessage", { error_code: 400, description: "Bad Request: message is too long" });
    await expect(t.bot.handleUpdate(commandUpdate(layla, "help"))).resolves.toBeUndefined();
    expect(t.api.callsTo("sendMessage")).toHaveLength(2); // the failed reply, then the apology
  });

  it.each([
    [403, "Forbidden: user is deactivated"],
    [400, "Bad Request: chat not found"],
  ])("when the reply fails with %i %s, then the user is marked blocked and no apology is attempted", async (error_code, description) => {
    await t.bot.handleUpdate(commandUpdate(layla, "start"));
    t.api.clear();
    t.api.failNext("sendMessage", { error_code, description });

    await expect(t.bot.handleUpdate(commandUpdate(layla, "help"))).resolves.toBeUndefined();

    expect(t.api.callsTo("sendMessage")).toHaveLength(1);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 501n } })).blockedAt).not.toBeNull();
  });

  it("when the user blocks the bot, then they are marked blocked, and unblocking clears it", async () => {
    await t.bot.handleUpdate(commandUpdate(layla, "start"));
    await t.bot.handleUpdate(blockedUpdate(layla, "kicked"));
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 501n } })).blockedAt).not.toBeNull();

    await t.bot.handleUpdate(blockedUpdate(layla, "member"));
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 501n } })).blockedAt).toBeNull();
  });

  it("when the command menu is registered, then every language gets its own list, and a failure only warns", async () => {
    const log = createLogger({ level: "silent" });
    expect(await registerCommands(t.bot.api, translatorOf(t.i18n), "de", log)).toBe(0);

    const calls = t.api.callsTo("setMyCommands");
    expect(calls).toHaveLength(SUPPORTED_LOCALES.length + 1);
    expect(calls.map((c) => c.payload.language_code ?? "default").sort()).toEqual([...SUPPORTED_LOCALES, "default"].sort());
    const english = calls.find((c) => c.payload.language_code === "en")!.payload.commands;
    expect(english).toEqual([
      { command: "offers", description: en("command-offers") },
      { command: "my", description: en("command-my") },
      { command: "ask", description: en("command-ask") },
      { command: "subscriptions", description: en("command-subscriptions") },
      { command: "stop", description: en("command-stop") },
      { command: "language", description: en("command-language") },
      { command: "privacy", description: en("command-privacy") },
      { command: "help", description: en("command-help") },
      { command: "start", description: en("command-start") },
    ]);

    t.api.failNext("setMyCommands", { error_code: 500, description: "Internal Server Error" });
    expect(await registerCommands(t.bot.api, translatorOf(t.i18n), "de", log)).toBe(1);
  });
});
