// The end-to-end rig: the whole app in webhook mode against the fake Bot API over HTTP, on a
// fresh database (embedded or PostgreSQL, see database.ts).
import { createApp, type App, type AppOptions } from "../../src/app.ts";
import { testConfig } from "./config.ts";
import { createTestStorage, type TestStorage } from "./database.ts";
import { startFakeTelegramServer, type FakeTelegramServer } from "./fake-telegram.ts";
import { freePort } from "./net.ts";
import { SCRIPTED_USERS } from "./bot.ts";

export type TestRig = {
  app: App;
  telegram: FakeTelegramServer;
  storage: TestStorage;
  /** Starts the app again on the same database and port (a restart). */
  restart(): Promise<App>;
  close(): Promise<void>;
};

export async function startTestRig(options: { env?: Record<string, string>; app?: AppOptions } = {}): Promise<TestRig> {
  const telegram = await startFakeTelegramServer();
  const storage = await createTestStorage();
  const port = await freePort();
  const config = testConfig({
    ...storage.env,
    BOT_MODE: "webhook",
    BOT_API_ROOT: telegram.apiRoot,
    BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`,
    BOT_WEBHOOK_SECRET: "test-webhook-secret",
    SERVER_PORT: String(port),
    ...options.env,
  });
  const start = async () => {
    const app = await createApp(config, { floodLimit: SCRIPTED_USERS, ...options.app });
    await app.start();
    return app;
  };
  const rig: TestRig = {
    app: await start(),
    telegram,
    storage,
    async restart() {
      await rig.app.stop();
      rig.app = await start();
      return rig.app;
    },
    async close() {
      await rig.app.stop();
      await telegram.close();
      await storage.dispose();
    },
  };
  return rig;
}
