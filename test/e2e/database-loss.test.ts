// End to end on PostgreSQL behind a TCP proxy that we can cut: while the database is gone,
// /healthz says 503 and users get a polite apology in their language; when it is back, the
// same process recovers on its own, without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRig, type TestRig } from "../support/app.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { createTestStorage, onPostgres, type TestStorage } from "../support/database.ts";
import { startTcpProxy } from "../support/net.ts";
import { commandUpdate, type TestUser } from "../support/updates.ts";

const mariam: TestUser = { id: 9_601, first_name: "Mariam", language_code: "fa" };

describe.skipIf(!onPostgres)("journey: the database goes away and comes back", () => {
  let rig: TestRig;
  let storage: TestStorage;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;

  beforeAll(async () => {
    storage = await createTestStorage();
    const url = new URL(storage.env.DATABASE_URL!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    rig = await startTestRig({ env: { DATABASE_URL: url.href } });
  });
  afterAll(async () => {
    proxy?.restore();
    await rig?.close();
    await proxy?.close();
    await storage?.dispose();
  });

  const health = async () => (await fetch(new URL("/healthz", rig.app.url))).status;
  const lastText = () => stripBidi(rig.telegram.api.textsTo(mariam.id).at(-1) ?? "");

  it("when the connection is lost, then /healthz is 503 and a message gets an apology in Farsi; when it returns, everything works again", async () => {
    expect(await health()).toBe(200);
    await rig.telegram.deliver(commandUpdate(mariam, "start"));
    const greeting = lastText();

    proxy.cut();
    expect(await health()).toBe(503);
    const response = await rig.telegram.deliver(commandUpdate(mariam, "help"));
    expect(response.status).toBe(200); // handled (politely), so Telegram does not resend it forever
    expect(lastText()).toBe(stripBidi(rig.app.i18n.t("fa", "error-generic")));

    proxy.restore();
    for (let tries = 0; (await health()) !== 200; tries++) {
      expect(tries, "healthy again within 15 s").toBeLessThan(150);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await rig.telegram.deliver(commandUpdate(mariam, "start"));
    expect(lastText()).toBe(greeting);
  });
});
