import { parseConfig, type Config } from "../../src/config.ts";
import { TEST_BOT_TOKEN } from "./fake-telegram.ts";

/**
 * A valid configuration for tests; pass variables to override. Test rigs serve calendars from
 * 127.0.0.1, so private calendar addresses are allowed here (CALENDAR_ALLOW_PRIVATE_URLS=on).
 * TEST_LOG_LEVEL=debug shows the apps' logs (silent otherwise).
 */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return parseConfig({ BOT_TOKEN: TEST_BOT_TOKEN, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent", SERVER_HOST: "127.0.0.1", SERVER_PORT: "0", CALENDAR_ALLOW_PRIVATE_URLS: "on", ...env });
}
