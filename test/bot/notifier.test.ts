import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { createI18n, translatorOf } from "../../src/bot/i18n.ts";
import { stillComingAnswer } from "../../src/bot/keyboards/signups.ts";
import { createBotNotifier } from "../../src/bot/notifier.ts";
import type { Notice } from "../../src/domain/notifier.ts";
import { createLogger } from "../../src/logger.ts";
import { createFakeBotApi, stripBidi, TEST_BOT_TOKEN } from "../support/fake-telegram.ts";

const i18n = createI18n({ defaultLocale: "de" });

function setup() {
  const api = createFakeBotApi();
  const gone: bigint[] = [];
  const notifier = createBotNotifier({
    api: new Api(TEST_BOT_TOKEN, { fetch: api.fetch }),
    translate: translatorOf(i18n),
    defaultLocale: "de",
    timezone: "Europe/Berlin",
    logger: createLogger({ level: "silent" }),
    onGone: async (id) => void gone.push(id),
  });
  return { api, notifier, gone };
}

const notice = (kind: Notice["kind"], locale?: string): Notice =>
  ({
    kind,
    to: { telegramId: 4242n, locale },
    signup: {
      signupId: 17,
      occurrenceId: 3,
      offerId: 2,
      title: "Sprachcafé <Nord>",
      startsAt: new Date("2026-12-05T14:00:00Z"),
      endsAt: null,
      place: "Coerde",
      seats: 2,
      listName: "Layla",
    },
  }) as Notice;

describe("notifier", () => {
  it("when a still-coming notice goes to an Arabic user, then it is Arabic, escaped, with Yes and No buttons", async () => {
    const { api, notifier } = setup();
    expect(await notifier.send(notice("signup-still-coming", "ar"))).toBe("sent");

    const [call] = api.callsTo("sendMessage");
    expect(call!.payload.chat_id).toBe(4242);
    expect(stripBidi(call!.payload.text)).toContain(stripBidi(i18n.t("ar", "notice-still-coming")));
    expect(call!.payload.text).toContain("Sprachcafé &lt;Nord&gt;");
    const data = call!.payload.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => stillComingAnswer.unpack(b.callback_data));
    expect(data).toEqual([
      { answer: "y", signupId: 17 },
      { answer: "n", signupId: 17 },
    ]);
  });

  it("when the user blocked the bot, then the notice is gone and the user is marked; a 429 or 500 is retried later", async () => {
    const { api, notifier, gone } = setup();
    api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(await notifier.send(notice("signup-reminder"))).toBe("gone");
    expect(gone).toEqual([4242n]);

    api.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 5", parameters: { retry_after: 5 } });
    expect(await notifier.send(notice("signup-reminder"))).toBe("retry");
    api.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });
    expect(await notifier.send(notice("signup-reminder"))).toBe("retry");
    expect(await notifier.send(notice("signup-reminder"))).toBe("sent");
  });
});

describe("notifier: announcement decisions", () => {
  it("when an author's announcement was returned, then they get it in their language with the escaped excerpt, the time and the reason", async () => {
    const { api, notifier } = setup();
    const returned: Notice = {
      kind: "announcement-rejected",
      to: { telegramId: 4242n, locale: "uk" },
      announcement: { announcementId: 9, excerpt: "Знижки <50%>", scheduledAt: new Date("2026-12-05T14:00:00Z") },
      reason: "Без реклами",
    };
    expect(await notifier.send(returned)).toBe("sent");
    const text = stripBidi(api.callsTo("sendMessage")[0]!.payload.text);
    expect(text).toContain(stripBidi(i18n.t("uk", "notice-announcement-rejected")));
    expect(text).toContain("Знижки &lt;50%&gt;");
    expect(text).toContain(stripBidi(i18n.t("uk", "notice-offer-reason", { reason: "Без реклами" })));
    expect(text).toContain(stripBidi(i18n.t("uk", "notice-announcement-when", { date: "" })).trim());
    expect(text).toContain("15:00"); // 14:00 UTC in Berlin
  });
});
