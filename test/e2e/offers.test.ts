// End to end over HTTP: residents find offers in their language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { listButton, openButton } from "../../src/bot/keyboards/offers.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { stripBidi, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons, lastScreen, screens, type Button } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z"; // Tuesday, 11:00 in Berlin
const oksana: TestUser = { id: 9101, first_name: "Oksana", language_code: "uk" };
const dariush: TestUser = { id: 9102, first_name: "Dariush", language_code: "fa" };
const jonas: TestUser = { id: 9103, first_name: "Jonas", language_code: "de" };
const newcomer: TestUser = { id: 9104, first_name: "Mariam", language_code: "ar" };

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

describe("journey: finding offers", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;
  let cafeOfferId: number;

  const send = async (update: Parameters<typeof withoutId>[0]) => expect((await telegram.deliver(withoutId(update))).status).toBe(200);
  const press = (user: TestUser, button: Button, messageId = 1000) => send(callbackUpdate(user, button.callback_data!, messageId));

  beforeAll(async () => {
    rig = await startTestRig({ app: { clock: fixedClock(NOW) } });
    ({ app, telegram } = rig);

    const { catalog, offers } = app.services;
    const org = await catalog.saveOrganization({ name: "Stadt Münster – Integrationsbüro" });
    const coerde = await catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde", uk: "Кьорде" } });
    const hafen = await catalog.saveDistrict({ slug: "hafen", sortOrder: 2, names: { de: "Hafen", uk: "Гавань" } });
    const save = (startsAt: string, extra: Partial<Parameters<typeof offerInput>[0]>) => offers.saveOffer(offerInput({ organizationId: org.id, startsAt, ...extra }));
    for (let day = 2; day <= 7; day++) {
      await save(`2026-12-0${day}T09:00:00Z`, { districtId: hafen.id, texts: { de: { title: `Hafenfest ${day}`, summary: "s" } } });
    }
    cafeOfferId = (
      await save("2026-12-03T17:00:00Z", {
        districtId: coerde.id,
        categoryId: "language",
        address: "Haus der Offenen Tür, Dachsleite 80",
        texts: {
          de: { title: "Sprachcafé", summary: "Bei Kaffee Deutsch sprechen." },
          uk: { title: "Мовне кафе", summary: "Говоримо німецькою за кавою." },
        },
      })
    ).id;
    await save("2026-12-20T17:00:00Z", { districtId: coerde.id, texts: { de: { title: "Weihnachtsmarkt Coerde", summary: "s" } } });
    await save("2026-12-04T16:00:00Z", {
      districtId: coerde.id,
      ageMin: 12,
      ageMax: 17,
      texts: { de: { title: "Fußball für Jugendliche", summary: "Training" }, en: { title: "Football for teens", summary: "Training" } },
    });
  });
  afterAll(() => rig?.close());

  it("when a Ukrainian user pages, filters by district and this week, and opens an offer, then the card is correct and Ukrainian", async () => {
    await send(commandUpdate(oksana, "offers"));
    let screen = lastScreen(telegram.api, oksana.id);
    expect(stripBidi(screen.payload.text)).toContain(stripBidi(app.i18n.t("uk", "offers-title", { page: 1, pages: 2 })));

    await press(oksana, buttons(screen).find((b) => b.text === app.i18n.t("uk", "offers-next"))!);
    screen = lastScreen(telegram.api, oksana.id);
    expect(screen.method).toBe("editMessageText");
    expect(stripBidi(screen.payload.text)).toContain(stripBidi(app.i18n.t("uk", "offers-title", { page: 2, pages: 2 })));

    await press(oksana, buttons(screen).find((b) => b.text === app.i18n.t("uk", "offers-filter-district"))!);
    await press(oksana, buttons(lastScreen(telegram.api, oksana.id)).find((b) => b.text === "📍 Кьорде")!);
    await press(oksana, buttons(lastScreen(telegram.api, oksana.id)).find((b) => b.text === app.i18n.t("uk", "offers-filter-when"))!);
    await press(oksana, buttons(lastScreen(telegram.api, oksana.id)).find((b) => b.text === app.i18n.t("uk", "offers-when-week"))!);

    screen = lastScreen(telegram.api, oksana.id);
    const list = stripBidi(screen.payload.text);
    expect(list).toContain("📍 Кьорде");
    expect(list).toContain("Мовне кафе");
    expect(list).toContain("Fußball für Jugendliche");
    expect(list).not.toContain("Hafenfest");
    expect(list).not.toContain("Weihnachtsmarkt");
    expect(listButton.unpack(buttons(screen).find((b) => b.text.includes("Мовне кафе"))!.callback_data)).toBeUndefined();

    await press(oksana, buttons(screen).find((b) => b.text.includes("Мовне кафе"))!);
    const card = stripBidi(lastScreen(telegram.api, oksana.id).payload.text);
    expect(card).toContain("📚 <b>Мовне кафе</b>");
    expect(card).toContain("Говоримо німецькою за кавою.");
    expect(card).toContain("📅 чт, 3 груд., 18:00");
    expect(card).toContain("📍 Кьорде · Haus der Offenen Tür, Dachsleite 80");
    expect(card).toContain(stripBidi(app.i18n.t("uk", "offer-cost-free")));
    expect(card).not.toContain(stripBidi(app.i18n.t("uk", "offers-only-in", { language: "de" })));
  });

  it("when the same offer is opened by a Farsi user, then it is shown in German with the notice, and embedded values are isolated", async () => {
    const occurrenceId = await app.services.offers.nextOccurrenceId(cafeOfferId);
    await send(callbackUpdate(dariush, openButton.pack({ occurrenceId, state: { page: 0 } })));

    const raw = lastScreen(telegram.api, dariush.id).payload.text as string;
    expect(stripBidi(raw)).toContain("<b>Sprachcafé</b>");
    expect(stripBidi(raw)).toContain(stripBidi(app.i18n.t("fa", "offers-only-in", { language: "de" })));
    // Right-to-left screen: the Latin title and the district are isolated from the Persian text.
    expect(raw).toContain("<b>\u2068Sprachcafé\u2069</b>");
    expect(raw).toMatch(/\u2068Coerde · Haus der Offenen Tür, Dachsleite 80\u2069/);
    expect(raw).toMatch(/[\u0600-\u06FF]/);
  });

  it("when someone types “football”, then the German “Fußball” offer is found", async () => {
    await send(textUpdate(jonas, "football"));
    const screen = lastScreen(telegram.api, jonas.id);
    expect(stripBidi(screen.payload.text)).toContain("Fußball für Jugendliche");
    expect(buttons(screen)[0]!.text).toBe("⚽ Fußball für Jugendliche");
  });

  it("when a brand-new user opens a share link, then the offer opens at once", async () => {
    await send(commandUpdate(newcomer, "start", `offer_${cafeOfferId}`));
    const [details] = screens(telegram.api, newcomer.id);
    expect(stripBidi(details!.payload.text)).toContain("<b>Sprachcafé</b>");
    expect(stripBidi(details!.payload.text)).toContain(stripBidi(app.i18n.t("ar", "offers-only-in", { language: "de" })));
    expect(await app.services.users.findByTelegramId(BigInt(newcomer.id))).toBeDefined();
  });

  it("when a button of an offer that was cancelled meanwhile is pressed, then the reply is polite and a fresh list follows", async () => {
    const occurrenceId = await app.services.offers.nextOccurrenceId(cafeOfferId);
    await app.services.offers.setStatus(cafeOfferId, "CANCELLED");
    telegram.api.clear();

    await send(callbackUpdate(jonas, openButton.pack({ occurrenceId, state: { page: 0 } })));
    expect(telegram.api.callsTo("answerCallbackQuery")[0]!.payload.text).toBe(app.i18n.t("de", "offers-unavailable"));
    expect(stripBidi(lastScreen(telegram.api, jonas.id).payload.text)).toContain(stripBidi(app.i18n.t("de", "offers-title", { page: 1, pages: 2 })));
  });
  it("when a resident presses a list button, then the button is answered in the webhook's response after the screen was edited, not by a request of its own", async () => {
    await send(commandUpdate(jonas, "offers"));
    const before = telegram.api.calls.length;
    const next = buttons(lastScreen(telegram.api, jonas.id)).find((b) => b.text === app.i18n.t("de", "offers-next"))!;

    const response = await telegram.deliver(withoutId(callbackUpdate(jonas, next.callback_data!, 1000)));

    expect(JSON.parse(await response.text())).toMatchObject({ method: "answerCallbackQuery" });
    const methods = telegram.api.calls.slice(before).map((call) => call.method);
    expect(methods).toEqual(["editMessageText", "answerCallbackQuery"]);
  });

  it("when a list was shown and the offer is then cancelled, then the next list leaves it out and the public feed too", async () => {
    const { offers, catalog } = app.services;
    const org = await catalog.saveOrganization({ name: "Stadtteilbüro" });
    const fest = await offers.saveOffer(offerInput({ organizationId: org.id, startsAt: "2026-12-01T12:00:00Z", texts: { de: { title: "Lichterfest", summary: "s" } } }));
    await send(commandUpdate(jonas, "offers"));
    expect(lastScreen(telegram.api, jonas.id).payload.text).toContain("Lichterfest");
    expect(await (await fetch(new URL("/feeds/offers.json", app.url))).text()).toContain("Lichterfest");

    await offers.setStatus(fest.id, "CANCELLED");

    await send(commandUpdate(jonas, "offers"));
    expect(lastScreen(telegram.api, jonas.id).payload.text).not.toContain("Lichterfest");
    const feed = JSON.parse(await (await fetch(new URL("/feeds/offers.json", app.url))).text()) as { name: string; eventStatus: string }[];
    expect(feed.find((event) => event.name === "Lichterfest")?.eventStatus).toMatch(/Cancelled/);
  });
});
