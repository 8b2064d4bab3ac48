// The feeds in the chat: an offer card links to its topic's calendar feed when PUBLIC_URL is
// set, and admins get the inventory CSV from /stats; residents pressing that button are refused.
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { openButton, EMPTY_LIST } from "../../src/bot/keyboards/offers.ts";
import { inventoryButton } from "../../src/bot/keyboards/stats.ts";
import { useTestBot } from "../support/bot.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { buttons, lastScreen } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z";
const admin: TestUser = { id: 1, first_name: "Amira", language_code: "de" };
const layla: TestUser = { id: 610, first_name: "Layla", language_code: "ar" };

describe("bot: the subscribe link on an offer card", () => {
  const { t, restart } = useTestBot({ now: NOW, publicUrl: "https://treffpunkt.stadt.example" });
  let occurrenceId: number;

  beforeEach(async () => {
    const city = await seedSmallCity(t.services);
    const offerId = (await t.services.offers.saveOffer(offerInput({ organizationId: city.orgId, categoryId: "language", startsAt: "2026-12-03T17:00:00Z" }))).id;
    occurrenceId = await t.services.offers.nextOccurrenceId(offerId);
  });

  it("when an offer is opened and PUBLIC_URL is set, then a button subscribes to its topic's calendar in the reader's language", async () => {
    await t.bot.handleUpdate(callbackUpdate(layla, openButton.pack({ occurrenceId, state: EMPTY_LIST })));
    const subscribe = buttons(lastScreen(t.api)).find((b) => b.text === "📅 الاشتراك في هذا التقويم");
    expect(subscribe?.url).toBe("https://treffpunkt.stadt.example/feeds/offers.ics?lang=ar&category=language");
  });

  it("when PUBLIC_URL is not set, then there is no subscribe button", async () => {
    restart({ publicUrl: undefined });
    await t.bot.handleUpdate(callbackUpdate(layla, openButton.pack({ occurrenceId, state: EMPTY_LIST })));
    expect(buttons(lastScreen(t.api)).some((b) => b.url?.includes("/feeds/"))).toBe(false);
  });
});

describe("bot: the inventory CSV in /stats", () => {
  const { t } = useTestBot({ now: NOW, adminIds: [1n] });
  let offerId: number;

  beforeEach(async () => {
    const city = await seedSmallCity(t.services);
    offerId = (
      await t.services.offers.saveOffer(
        offerInput({ organizationId: city.orgId, districtId: city.coerdeId, startsAt: "2026-12-03T17:00:00Z", texts: { de: { title: "@SUMME(A1)", summary: "Kurz" } } }),
      )
    ).id;
  });

  it("when an admin taps the inventory button under /stats, then a CSV document comes with one row per offer, its formula cell defused", async () => {
    await t.bot.handleUpdate(commandUpdate(admin, "stats"));
    const button = buttons(lastScreen(t.api)).find((b) => b.callback_data === inventoryButton.pack("csv"));
    expect(button?.text).toBe("📋 Angebotsliste (CSV)");
    await t.bot.handleUpdate(callbackUpdate(admin, button!.callback_data!));
    const [document] = t.api.callsTo("sendDocument");
    const content = document!.payload.document.content as string;
    expect(content.startsWith("\uFEFF")).toBe(true);
    const rows = parse(content.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.title, r.district, r.organisation])).toEqual([[String(offerId), "'@SUMME(A1)", "Coerde", "Stadt Teststadt"]]);
  });

  it("when a resident sends the same button, then it is refused and no file is sent", async () => {
    await t.bot.handleUpdate(callbackUpdate(layla, inventoryButton.pack("csv")));
    expect(t.api.callsTo("sendDocument")).toHaveLength(0);
    expect(t.api.callsTo("answerCallbackQuery").at(-1)!.payload.text).toBe(t.i18n.t("ar", "error-forbidden"));
  });
});
