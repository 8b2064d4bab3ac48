// Webhook mode: stopping while an update is still running after its HTTP request ended (the
// client hung up, or the 20 s timeout answered early). The update must finish before the
// database closes.
import { afterAll, describe, expect, it } from "vitest";
import { languageChoice } from "../../src/bot/keyboards/languages.ts";
import { WEBHOOK_PATH } from "../../src/server.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { callbackUpdate, type TestUser } from "../support/updates.ts";

const newcomer: TestUser = { id: 9_701, first_name: "Hevin", language_code: "ku" };

describe("webhook: stop with an update still running", () => {
  let rig: TestRig | undefined;
  afterAll(async () => {
    await rig?.telegram.close();
    await rig?.storage.dispose();
  });

  it("when the request was abandoned and the app stops, then the update still finishes its database work and replies", async () => {
    rig = await startTestRig({ env: { BOT_WEBHOOK_SECRET: "s3cret" } });
    const { app, telegram } = rig;
    // Choosing a language edits the message (slow here), then asks once about announcements,
    // which reads and writes the database.
    telegram.api.delayChat(newcomer.id, 600);
    const abandoned = fetch(new URL(WEBHOOK_PATH, app.url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cret" },
      body: JSON.stringify(callbackUpdate(newcomer, languageChoice.pack("ku"))),
      signal: AbortSignal.timeout(100),
    }).catch(() => "hung up");
    expect(await abandoned).toBe("hung up");

    await app.stop();

    const texts = telegram.api.textsTo(newcomer.id);
    expect(texts.at(-1)).toBe(app.i18n.t("ku", "subscriptions-ask").replace(/[\u2068\u2069]/g, ""));
  });
});
