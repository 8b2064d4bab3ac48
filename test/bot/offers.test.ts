import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_LIST, listButton, openButton } from "../../src/bot/keyboards/offers.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { buttons, lastScreen } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z"; // Tuesday
const anna: TestUser = { id: 601, first_name: "Anna", language_code: "de" };
const sam: TestUser = { id: 602, first_name: "Sam", language_code: "en" };


describe("bot: finding offers", () => {
  const { db, t } = useTestBot({ now: NOW });
  let city: Awaited<ReturnType<typeof seedSmallCity>>;

  beforeEach(async () => {
    city = await seedSmallCity(t.services);
  });

  const save = (startsAt: string, extra: Partial<Parameters<typeof offerInput>[0]> = {}) =>
    t.services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt, ...extra }));

  it("when there are 7 offers, then /offers shows the first 5 as cards with dates in Berlin time and a ▶ button", async () => {
    for (let i = 0; i < 7; i++) {
      await save(`2026-12-0${i + 2}T17:00:00Z`, { districtId: city.coerdeId, texts: { de: { title: `Treff ${i + 1}`, summary: "s" } } });
    }
    await t.bot.handleUpdate(commandUpdate(anna, "offers"));

    const screen = lastScreen(t.api);
    expect(screen.payload.parse_mode).toBe("HTML");
    const text = stripBidi(screen.payload.text);
    expect(text).toContain("Seite 1 von 2");
    expect(text).toContain("1. ⚽ <b>Treff 1</b>\nMi., 2. Dez., 18:00 · Coerde");
    expect(text).toContain("5. ⚽ <b>Treff 5</b>");
    expect(text).not.toContain("Treff 6");
    const labels = buttons(screen).map((b) => b.text);
    expect(labels).toContain("Weiter ▶️");
    expect(labels).not.toContain("◀️ Zurück");

    const next = buttons(screen).find((b) => b.text === "Weiter ▶️")!;
    await t.bot.handleUpdate(callbackUpdate(anna, next.callback_data!, 1000));
    const edited = lastScreen(t.api);
    expect(edited.method).toBe("editMessageText");
    expect(stripBidi(edited.payload.text)).toContain("7. ⚽ <b>Treff 7</b>");
  });

  it("when staff typed HTML or Markdown in a title, then it shows literally", async () => {
    await save("2026-12-02T17:00:00Z", { texts: { de: { title: "<b>Yoga</b> & *Tee* </i>", summary: "<script>" } } });
    await t.bot.handleUpdate(commandUpdate(anna, "offers"));

    expect(stripBidi(lastScreen(t.api).payload.text)).toContain("<b>&lt;b&gt;Yoga&lt;/b&gt; &amp; *Tee* &lt;/i&gt;</b>");
  });

  it("when the category filter is chosen, then the list shows only that category and names the active filter", async () => {
    await save("2026-12-02T17:00:00Z", { categoryId: "sport", texts: { de: { title: "Fußball", summary: "s" } } });
    await save("2026-12-03T17:00:00Z", { categoryId: "culture", texts: { de: { title: "Theater", summary: "s" } } });

    await t.bot.handleUpdate(commandUpdate(anna, "offers"));
    const categoryMenu = buttons(lastScreen(t.api)).find((b) => b.text === "🏷 Thema")!;
    await t.bot.handleUpdate(callbackUpdate(anna, categoryMenu.callback_data!));
    const culture = buttons(lastScreen(t.api)).find((b) => b.text.includes("Kultur"))!;
    await t.bot.handleUpdate(callbackUpdate(anna, culture.callback_data!));

    const text = stripBidi(lastScreen(t.api).payload.text);
    expect(text).toContain("Filter: 🎭 Kultur &amp; Freizeit");
    expect(text).toContain("Theater");
    expect(text).not.toContain("Fußball");
    expect(buttons(lastScreen(t.api)).map((b) => b.text)).toContain("✖️ Filter löschen");
  });

  it("when no offer matches, then the user is told so with a button to clear the filters", async () => {
    await t.bot.handleUpdate(callbackUpdate(anna, listButton.pack({ ...EMPTY_LIST, categoryId: "women", when: "today" })));

    const screen = lastScreen(t.api);
    expect(stripBidi(screen.payload.text)).toContain(stripBidi(t.i18n.t("de", "offers-none")));
    const clear = buttons(screen).find((b) => b.text === "✖️ Filter löschen")!;
    expect(listButton.unpack(clear.callback_data)).toEqual(EMPTY_LIST);
  });

  it("when an offer is opened, then the details, a map pin, a share link and a way back are shown", async () => {
    const { id } = await save("2026-12-02T17:00:00Z", {
      districtId: city.hafenId,
      address: "Hafenstraße 1",
      latitude: 51.96,
      longitude: 7.62,
      languages: ["de", "ar"],
      signupRequired: true,
      capacity: 12,
      texts: { de: { title: "Nähcafé", summary: "Zusammen nähen", details: "Bitte Stoff mitbringen." }, en: { title: "Sewing café", summary: "Sewing together" } },
    });
    const occurrenceId = await t.services.offers.nextOccurrenceId(id);
    await t.bot.handleUpdate(callbackUpdate(sam, openButton.pack({ occurrenceId, state: { page: 0, youth: true } })));

    const details = stripBidi(lastScreen(t.api).payload.text);
    expect(details).toContain("⚽ <b>Sewing café</b>");
    expect(details).toContain("📅 Wed, Dec 2, 18:00");
    expect(details).toContain("📍 Harbour · Hafenstraße 1");
    expect(details).toContain("🗣 Languages spoken: German and Arabic");
    expect(details).toContain("✍️ Sign-up needed · 12 places");
    expect(details).not.toContain("(only in");
    const [venue] = t.api.callsTo("sendVenue");
    expect(venue!.payload).toMatchObject({ latitude: 51.96, longitude: 7.62, title: "Sewing café" });
    const share = buttons(lastScreen(t.api)).find((b) => b.url)!;
    expect(decodeURIComponent(share.url!)).toContain(`https://t.me/treffpunkt_test_bot?start=offer_${id}`);
    const back = buttons(lastScreen(t.api)).find((b) => b.text === "◀️ Back to the list")!;
    expect(listButton.unpack(back.callback_data)).toEqual({ page: 0, youth: true });
  });

  it("when a button of a cancelled offer is pressed, then the user is told politely and gets a fresh list", async () => {
    const { id } = await save("2026-12-02T17:00:00Z", { externalRef: "gone", texts: { de: { title: "Abgesagt bald", summary: "s" } } });
    await save("2026-12-03T17:00:00Z", { texts: { de: { title: "Findet statt", summary: "s" } } });
    const occurrenceId = await t.services.offers.nextOccurrenceId(id);
    await t.services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: "2026-12-02T17:00:00Z", externalRef: "gone", status: "CANCELLED" }));

    await t.bot.handleUpdate(callbackUpdate(anna, openButton.pack({ occurrenceId, state: EMPTY_LIST })));

    expect(t.api.callsTo("answerCallbackQuery")[0]!.payload.text).toBe(t.i18n.t("de", "offers-unavailable"));
    expect(stripBidi(lastScreen(t.api).payload.text)).toContain("Findet statt");
  });

  it.each(["of:o:abc:-.-.-.0.0", "of:o:1:zzz", "of:l:SPORT.-.-.0.0", "of:l:-.-.x.0.0", "of:f:q:-.-.-.0.0", "of:o:99999999999:-.-.-.0.0"])(
    "when forged callback data %s arrives, then it is answered politely and nothing breaks",
    async (data) => {
      await t.bot.handleUpdate(callbackUpdate(anna, data));
      const answers = t.api.callsTo("answerCallbackQuery");
      expect(answers).toHaveLength(1);
      expect([t.i18n.t("de", "error-stale-button"), t.i18n.t("de", "offers-unavailable")]).toContain(answers[0]!.payload.text);
    },
  );

  it("when a word is typed, then it searches and offers buttons to open the matches", async () => {
    await save("2026-12-02T17:00:00Z", { texts: { de: { title: "Fußball für Jugendliche", summary: "s" }, en: { title: "Football for teens", summary: "s" } } });

    await t.bot.handleUpdate(textUpdate(sam, "fussball"));
    const screen = lastScreen(t.api);
    expect(stripBidi(screen.payload.text)).toContain("Football for teens");
    expect(buttons(screen).map((b) => b.text)).toEqual(["⚽ Football for teens", "📅 All offers"]);

    await t.bot.handleUpdate(textUpdate(sam, "<b>nothing</b> {here}"));
    expect(stripBidi(lastScreen(t.api).payload.text)).toContain("“&lt;b&gt;nothing&lt;/b&gt; {here}”");
  });

  it("when a brand-new user opens a share link, then they see the offer and the main menu", async () => {
    const { id } = await save("2026-12-02T17:00:00Z", { texts: { de: { title: "Stadtspaziergang", summary: "s" } } });
    await t.bot.handleUpdate(commandUpdate({ id: 777, first_name: "Neu", language_code: "de" }, "start", `offer_${id}`));

    const [details, welcome] = t.api.callsTo("sendMessage");
    expect(details!.payload.text).toContain("Stadtspaziergang");
    expect(welcome!.payload.reply_markup.keyboard.flat().map((b: { text: string }) => b.text)).toContain("📅 Angebote");
  });

  it("when a share link points to an offer that is over, then the user is told and sees the list", async () => {
    const { id } = await save("2026-11-02T17:00:00Z", { texts: { de: { title: "Vorbei", summary: "s" } } });
    await t.bot.handleUpdate(commandUpdate(anna, "start", `offer_${id}`));

    const texts = t.api.textsTo(anna.id);
    expect(texts[0]).toBe(t.i18n.t("de", "offers-unavailable"));
    expect(texts[1]).toContain("Was ist los?");
  });

  it("when the main-menu button is tapped, then the list appears (one tap from /start)", async () => {
    await save("2026-12-02T17:00:00Z", { texts: { de: { title: "Lesecafé", summary: "s" } } });
    await t.bot.handleUpdate(commandUpdate(anna, "start"));
    const menu = t.api.callsTo("sendMessage")[0]!.payload.reply_markup.keyboard.flat().map((b: { text: string }) => b.text);

    await t.bot.handleUpdate(textUpdate(anna, menu[0]));
    expect(stripBidi(lastScreen(t.api).payload.text)).toContain("Lesecafé");
  });
});
