import { beforeEach, describe, expect, it } from "vitest";
import { languageChoice } from "../../src/bot/keyboards/languages.ts";
import {
  onboardingAnswer,
  subscriptionsScreen,
  switchButton,
  toggleDigestButton,
  toggleDistrictButton,
  toggleTopicButton,
  unsubscribeButton,
} from "../../src/bot/keyboards/subscriptions.ts";
import { GENERAL_TOPIC } from "../../src/domain/subscriptions.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { seedSmallCity } from "../support/offers.ts";
import { buttons, labels } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const mina: TestUser = { id: 801, first_name: "Mina", language_code: "en" };
const jonas: TestUser = { id: 802, first_name: "Jonas", language_code: "de" };
const SCREEN_MESSAGE = 4242;


describe("bot: announcement subscriptions", () => {
  const { db, t } = useTestBot();
  let hafen: number;

  beforeEach(async () => {
    ({ hafenId: hafen } = await seedSmallCity(t.services));
  });

  const send = (update: Parameters<typeof t.bot.handleUpdate>[0]) => t.bot.handleUpdate(update);
  const press = (user: TestUser, data: string, messageId = SCREEN_MESSAGE) => send(callbackUpdate(user, data, messageId));
  const en = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("en", key, args));
  const lastSent = (user: TestUser) => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === user.id).at(-1);
  const lastEdit = () => t.api.callsTo("editMessageText").at(-1);
  const settingsOf = async (user: TestUser) => {
    const profile = await t.services.users.findByTelegramId(BigInt(user.id));
    return t.services.subscriptions.get(profile!.id);
  };
  const englishCategories = () => t.services.catalog.listCategories("en");

  it("when Mina sends /subscriptions, then one message shows the master switch, every topic, general news, the digest and districts, all off", async () => {
    await send(commandUpdate(mina, "subscriptions"));

    const [screen] = t.api.callsTo("sendMessage");
    expect(t.api.callsTo("sendMessage")).toHaveLength(1);
    expect(stripBidi(screen!.payload.text)).toContain(en("subscriptions-status-off"));
    const categoryBoxes = (await englishCategories()).map((c) => `⬜ ${c.emoji} ${c.name}`);
    expect(labels(screen)).toEqual([
      `⬜ ${en("subscriptions-switch")}`,
      ...categoryBoxes,
      `⬜ ${en("subscriptions-general")}`,
      `⬜ ${en("subscriptions-digest")}`,
      en("subscriptions-districts", { count: 0 }),
    ]);
    for (const button of buttons(screen)) expect(Buffer.byteLength(button.callback_data!)).toBeLessThanOrEqual(64);
  });

  it("when Mina taps the main-menu button, then she gets the same screen", async () => {
    await send(textUpdate(mina, en("menu-subscriptions")));

    expect(labels(lastSent(mina))).toContain(`⬜ ${en("subscriptions-general")}`);
  });

  it("when Mina ticks a topic, then the same message is edited with the tick, announcements are on, and it is stored", async () => {
    const [sport] = await englishCategories();
    await press(mina, toggleTopicButton.pack(sport!.id));

    expect(t.api.callsTo("sendMessage")).toHaveLength(0);
    const edit = lastEdit()!;
    expect(edit.payload).toMatchObject({ chat_id: mina.id, message_id: SCREEN_MESSAGE });
    expect(stripBidi(edit.payload.text)).toContain(en("subscriptions-status-on"));
    expect(labels(edit)).toContain(`✅ ${sport!.emoji} ${sport!.name}`);
    expect(labels(edit)).toContain(`✅ ${en("subscriptions-switch")}`);
    expect(await settingsOf(mina)).toMatchObject({ enabled: true, topics: [sport!.id] });

    await press(mina, toggleTopicButton.pack(sport!.id));
    expect(labels(lastEdit())).toContain(`⬜ ${sport!.emoji} ${sport!.name}`);
    expect(stripBidi(lastEdit()!.payload.text)).toContain(en("subscriptions-status-empty"));
    expect((await settingsOf(mina)).topics).toEqual([]);
  });

  it("when Mina ticks general news and the digest, then both show ticked and are stored", async () => {
    await press(mina, toggleTopicButton.pack(GENERAL_TOPIC));
    await press(mina, toggleDigestButton.pack("x"));

    expect(labels(lastEdit())).toEqual(expect.arrayContaining([`✅ ${en("subscriptions-general")}`, `✅ ${en("subscriptions-digest")}`]));
    expect(await settingsOf(mina)).toMatchObject({ enabled: true, topics: [GENERAL_TOPIC], digest: true });
  });

  it("when Mina turns the master switch off, then the choices stay ticked but announcements are off", async () => {
    await press(mina, toggleTopicButton.pack(GENERAL_TOPIC));
    const switchOff = buttons(lastEdit()).find((b) => stripBidi(b.text) === `✅ ${en("subscriptions-switch")}`)!;
    await press(mina, switchOff.callback_data!);

    expect(labels(lastEdit())).toEqual(expect.arrayContaining([`⬜ ${en("subscriptions-switch")}`, `✅ ${en("subscriptions-general")}`]));
    expect(stripBidi(lastEdit()!.payload.text)).toContain(en("subscriptions-status-off"));
    expect(await settingsOf(mina)).toMatchObject({ enabled: false, topics: [GENERAL_TOPIC] });
  });

  it("when Mina opens districts and ticks the harbour, then only it is ticked, and back on the main screen it says 1 chosen", async () => {
    await press(mina, subscriptionsScreen.pack("districts"));
    expect(labels(lastEdit())).toEqual([`✅ ${en("subscriptions-districts-all")}`, "⬜ 📍 Coerde", "⬜ 📍 Harbour", en("subscriptions-back")]);

    await press(mina, toggleDistrictButton.pack(hafen));
    expect(labels(lastEdit())).toEqual([`⬜ ${en("subscriptions-districts-all")}`, "⬜ 📍 Coerde", "✅ 📍 Harbour", en("subscriptions-back")]);
    expect((await settingsOf(mina)).districtIds).toEqual([hafen]);

    await press(mina, subscriptionsScreen.pack("main"));
    expect(labels(lastEdit())).toContain(en("subscriptions-districts", { count: 1 }));

    await press(mina, toggleDistrictButton.pack("all"));
    expect(labels(lastEdit())[0]).toBe(`✅ ${en("subscriptions-districts-all")}`);
    expect((await settingsOf(mina)).districtIds).toEqual([]);
    expect(t.api.callsTo("sendMessage")).toHaveLength(0);
  });

  it("when Mina sends /stop, then announcements are off, her topics are kept, and she is told how to turn them on again", async () => {
    await press(mina, toggleTopicButton.pack(GENERAL_TOPIC));
    await send(commandUpdate(mina, "stop"));

    expect(t.api.textsTo(mina.id).at(-1)).toBe(en("subscriptions-stopped"));
    expect(en("subscriptions-stopped")).toContain("/subscriptions");
    expect(await settingsOf(mina)).toMatchObject({ enabled: false, topics: [GENERAL_TOPIC] });
  });

  it("when Mina taps “Unsubscribe” under an announcement, then that topic goes, the others stay, and she is told which one", async () => {
    const [sport, language] = await englishCategories();
    await press(mina, toggleTopicButton.pack(sport!.id));
    await press(mina, toggleTopicButton.pack(language!.id));
    const button = unsubscribeButton((key) => en(key), sport!.id);
    expect(button.text).toBe(en("subscriptions-unsubscribe"));

    await press(mina, button.callback_data, 77);

    expect(await settingsOf(mina)).toMatchObject({ enabled: true, topics: [language!.id] });
    expect(t.api.textsTo(mina.id).at(-1)).toBe(en("subscriptions-unsubscribed", { topic: `${sport!.emoji} ${sport!.name}` }));
    expect(t.api.callsTo("editMessageText").filter((c) => c.payload.message_id === 77)).toHaveLength(0);
  });

  describe("the question after the first language choice", () => {
    const choose = async (user: TestUser, locale: "en" | "de") => {
      await press(user, languageChoice.pack(locale), 1);
    };
    const asked = () => t.api.callsTo("sendMessage").filter((c) => stripBidi(c.payload.text) === en("subscriptions-ask"));

    it("when a new user picks a language for the first time, then they are asked once, in that language, after the menu", async () => {
      await send(commandUpdate(jonas, "start"));
      await choose(jonas, "en");

      const question = lastSent(jonas)!;
      expect(stripBidi(question.payload.text)).toBe(en("subscriptions-ask"));
      expect(labels(question)).toEqual([en("subscriptions-ask-yes"), en("subscriptions-ask-no")]);
      expect((await settingsOf(jonas)).asked).toBe(true);

      await choose(jonas, "de");
      await choose(jonas, "en");
      expect(asked()).toHaveLength(1);
    });

    it("when the user answers yes, then the question becomes the settings screen", async () => {
      await choose(mina, "en");
      await press(mina, onboardingAnswer.pack("yes"), 55);

      const edit = lastEdit()!;
      expect(edit.payload.message_id).toBe(55);
      expect(labels(edit)).toContain(`⬜ ${en("subscriptions-general")}`);
    });

    it("when the user answers no, then they get a friendly answer and nothing is switched on", async () => {
      await choose(mina, "en");
      await press(mina, onboardingAnswer.pack("no"), 55);

      expect(stripBidi(lastEdit()!.payload.text)).toBe(en("subscriptions-ask-declined"));
      expect(await settingsOf(mina)).toMatchObject({ enabled: false, topics: [], asked: true });
    });

    it("when a user who chose a language before changes it, then they are not asked", async () => {
      await send(commandUpdate(mina, "start"));
      const profile = await t.services.users.findByTelegramId(BigInt(mina.id));
      await t.services.users.setLocale(profile!.id, "de");
      await choose(mina, "en");

      expect(asked()).toHaveLength(0);
    });

    it("when the user already set up announcements before choosing a language, then they are not asked", async () => {
      await press(mina, toggleTopicButton.pack(GENERAL_TOPIC));
      await choose(mina, "en");

      expect(asked()).toHaveLength(0);
    });
  });

  it.each([
    ["a topic that does not exist", "sub:t:casino"],
    ["an empty topic", "sub:t:"],
    ["a district that does not exist", "sub:d:999999"],
    ["a district that is not a number", "sub:d:abc"],
    ["a switch value that is not on or off", "sub:on:2"],
    ["an unknown screen", "sub:s:settings"],
    ["an unknown answer", "sub:ask:maybe"],
    ["an unknown action", "sub:zz:1"],
    ["an overlong payload", `sub:t:${"a".repeat(70)}`],
  ])("when a forged button with %s arrives, then the user gets the stale-button answer and nothing changes", async (_what, data) => {
    await press(mina, data);

    expect(t.api.callsTo("answerCallbackQuery").map((c) => c.payload.text)).toEqual([en("error-stale-button")]);
    expect(t.api.callsTo("editMessageText")).toHaveLength(0);
    expect(await db.prisma.subscription.count()).toBe(0);
  });
});
