// End to end: the whole app in webhook mode, real HTTP both ways, a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.ts";
import { testConfig } from "../support/config.ts";
import { createTestStorage, type TestStorage } from "../support/database.ts";
import { startFakeTelegramServer, stripBidi, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { freePort } from "../support/net.ts";
import type { TestUser } from "../support/updates.ts";
import { callbackUpdate, commandUpdate } from "../support/updates.ts";

const SECRET = "s3cret_for-tests";
const layla: TestUser = { id: 7001, first_name: "Layla", language_code: "ar" };

describe("journey: a user chooses a language and keeps it across a restart", () => {
  let telegram: FakeTelegramServer;
  let storage: TestStorage;
  let app: App | undefined;
  let port: number;

  const startApp = async () => {
    app = await createApp(
      testConfig({
        ...storage.env,
        BOT_MODE: "webhook",
        BOT_API_ROOT: telegram.apiRoot,
        BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`,
        BOT_WEBHOOK_SECRET: SECRET,
        SERVER_PORT: String(port),
      }),
    );
    await app.start();
    return app;
  };
  const send = async (update: Parameters<FakeTelegramServer["deliver"]>[0]) => {
    const response = await telegram.deliver(update);
    expect(response.status).toBe(200);
  };
  const { update_id: _, ...startFromLayla } = commandUpdate(layla, "start");

  beforeAll(async () => {
    telegram = await startFakeTelegramServer();
    storage = await createTestStorage();
    port = await freePort();
  });
  afterAll(async () => {
    await app?.stop();
    await telegram?.close();
    await storage?.dispose();
  });

  it("when the app starts in webhook mode, then it registers the webhook with secret and update types, and the menu per language", async () => {
    await startApp();

    expect(telegram.api.callsTo("setWebhook")[0]!.payload).toMatchObject({
      url: `http://127.0.0.1:${port}/telegram/webhook`,
      secret_token: SECRET,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
    });
    expect(telegram.api.callsTo("setMyCommands")).toHaveLength(11);
    const health = await fetch(`${app!.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  it("when a request lacks the right secret token, then it is refused with 401 and not handled", async () => {
    telegram.api.clear();
    expect((await telegram.deliver(startFromLayla, { secret: "wrong" })).status).toBe(401);
    const unsigned = await fetch(`${app!.url}/telegram/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ update_id: 1, ...startFromLayla }) });
    expect(unsigned.status).toBe(401);
    expect(telegram.api.calls).toEqual([]);
  });

  it("when a body far larger than any update arrives, then it is refused with 413", async () => {
    const huge = JSON.stringify({ update_id: 1, message: { text: "x".repeat(2 * 1024 * 1024) } });
    const response = await fetch(`${app!.url}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: huge,
    });
    expect(response.status).toBe(413);
  });

  it("when a user with Telegram in Arabic sends /start, then the greeting is Arabic", async () => {
    telegram.api.clear();
    await send(startFromLayla);

    const [greeting] = telegram.api.textsTo(layla.id);
    expect(greeting).toBe(stripBidi(app!.i18n.t("ar", "start-greeting", { firstName: "Layla" })));
    expect(greeting).toMatch(/[\u0600-\u06FF]/);
  });

  it("when they open /language and press English, then the bot answers in English from then on", async () => {
    await send(commandUpdate(layla, "language"));
    const keyboard = telegram.api.callsTo("sendMessage").at(-1)!.payload.reply_markup.inline_keyboard.flat();
    const english = keyboard.find((button: { text: string }) => button.text === "English");
    await send(callbackUpdate(layla, english.callback_data));

    telegram.api.clear();
    await send(commandUpdate(layla, "help"));
    expect(telegram.api.textsTo(layla.id)[0]).toContain(stripBidi(app!.i18n.t("en", "help-intro")));
  });

  it("when the bot restarts, then the choice of English survives", async () => {
    await app!.stop();
    await startApp();
    telegram.api.clear();

    await send(commandUpdate(layla, "help"));
    expect(telegram.api.textsTo(layla.id)[0]).toContain(stripBidi(app!.i18n.t("en", "help-intro")));
  });
});
