// Long polling through the grammY runner, and a clean stop with an update in flight.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.ts";
import { testConfig } from "../support/config.ts";
import { createTestStorage, type TestStorage } from "../support/database.ts";
import { startFakeTelegramServer, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { freePort } from "../support/net.ts";
import { commandUpdate, type TestUser } from "../support/updates.ts";
import { waitFor } from "../support/wait.ts";

const slow: TestUser = { id: 8001, first_name: "Slow", language_code: "en" };
const quick: TestUser = { id: 8002, first_name: "Quick", language_code: "en" };
const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

describe("polling and shutdown", () => {
  let telegram: FakeTelegramServer;
  let storage: TestStorage;
  let app: App | undefined;

  beforeEach(async () => {
    telegram = await startFakeTelegramServer();
    storage = await createTestStorage();
  });
  afterEach(async () => {
    await app?.stop();
    await telegram.close();
    await storage.dispose();
  });

  it("when polling, then a slow chat does not hold up others, and one chat's updates stay in order", async () => {
    app = await createApp(testConfig({ ...storage.env, BOT_API_ROOT: telegram.apiRoot }));
    await app.start();
    expect(telegram.api.callsTo("deleteWebhook")).toHaveLength(1);

    telegram.api.delayChat(slow.id, 800);
    telegram.api.queueUpdate(withoutId(commandUpdate(slow, "help")));
    telegram.api.queueUpdate(withoutId(commandUpdate(slow, "language")));
    telegram.api.queueUpdate(withoutId(commandUpdate(quick, "help")));

    await waitFor(() => telegram.api.textsTo(slow.id).length === 2, 10_000, "both replies to the slow chat");
    const order = telegram.api.callsTo("sendMessage").map((c) => `${c.payload.chat_id}:${String(c.payload.text).slice(0, 8)}`);
    const help = app.i18n.t("en", "help-intro").slice(0, 8);
    const language = app.i18n.t("en", "language-choose").slice(0, 8);
    // The quick chat was answered first, although its update came last; the slow chat kept its order.
    expect(order).toEqual([`${quick.id}:${help}`, `${slow.id}:${help}`, `${slow.id}:${language}`]);
  });

  it("when SIGTERM-style stop arrives during an update, then that update finishes before the database closes", async () => {
    const port = await freePort();
    app = await createApp(
      testConfig({ ...storage.env, BOT_MODE: "webhook", BOT_API_ROOT: telegram.apiRoot, BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`, BOT_WEBHOOK_SECRET: "shutdown-secret", SERVER_PORT: String(port) }),
    );
    await app.start();
    telegram.api.delayChat(slow.id, 500);

    const replying = telegram.api.arrival("sendMessage", (payload) => Number(payload.chat_id) === slow.id);
    const inFlight = telegram.deliver(withoutId(commandUpdate(slow, "help")));
    await replying; // the update is now waiting on Telegram
    await app.stop();

    expect((await inFlight).status).toBe(200);
    expect(telegram.api.textsTo(slow.id)).toHaveLength(1);
  });
});
