// The bot tier: the real bot, in process, against a real database, with the fake Bot API as
// its fetch. Updates go through bot.handleUpdate; nothing touches the network.
import { beforeEach } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { createI18n } from "../../src/bot/i18n.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { botServices } from "../../src/domain/index.ts";
import type { Locale } from "../../src/domain/locales.ts";
import type { TranslationProvider } from "../../src/domain/machine-translation.ts";
import type { AddressGuard } from "../../src/domain/public-address.ts";
import type { FloodLimit } from "../../src/bot/middlewares/rate-limit.ts";

/** Tests script whole conversations in milliseconds; the flood limit has its own test. */
export const SCRIPTED_USERS: FloodLimit = { updates: 100_000, windowMs: 10_000 };
import { createLogger, type Logger } from "../../src/logger.ts";
import type { TestDatabase } from "./database.ts";
import { createFakeBotApi, TEST_BOT_INFO, TEST_BOT_TOKEN } from "./fake-telegram.ts";
import { outboxNotes, type OutboxNotes } from "./notifier.ts";
import { buildServices, live, TEST_NOW, useTestDatabase } from "./services.ts";

export type TestBotOptions = { adminIds?: bigint[]; defaultLocale?: Locale; now?: string; floodLimit?: FloodLimit; logger?: Logger; translationProvider?: TranslationProvider | null; publicUrl?: string; calendarAddresses?: AddressGuard };

export function createTestBot(db: TestDatabase, options: TestBotOptions = {}) {
  const api = createFakeBotApi();
  const clock = fixedClock(options.now ?? TEST_NOW);
  const services = buildServices(db, clock, { adminIds: options.adminIds ?? [], translationProvider: options.translationProvider, ...(options.calendarAddresses ? { calendarAddresses: options.calendarAddresses } : {}) });
  // `services` arranges data; the bot sees only the guarded use cases (tests may stub those).
  const forBot = botServices(services);
  const i18n = createI18n({ defaultLocale: options.defaultLocale ?? "de" });
  const logger = options.logger ?? createLogger({ level: "silent" });
  const bot = createBot({ token: TEST_BOT_TOKEN, services: forBot, i18n, logger, timezone: "Europe/Berlin", defaultLocale: options.defaultLocale ?? "de", floodLimit: options.floodLimit ?? SCRIPTED_USERS, botInfo: TEST_BOT_INFO, client: { fetch: api.fetch }, clock, publicUrl: options.publicUrl });
  return { bot, api, services, botServices: forBot, clock, i18n };
}

export type TestBot = ReturnType<typeof createTestBot>;

/**
 * A database for the file and a fresh bot on it for every test, with the notices it queued in
 * the outbox (`notes`). Like useServices, `t` and `notes` always mean the current test's ones.
 */
export function useTestBot(options: TestBotOptions = {}) {
  const db = useTestDatabase();
  let t: TestBot | undefined;
  let notes: OutboxNotes | undefined;
  beforeEach(() => {
    notes = outboxNotes(db.prisma);
    t = createTestBot(db, options);
  });
  return {
    db,
    t: live(() => t, "the test bot"),
    notes: live(() => notes, "notes"),
    /** A new bot process on the same database, nothing in memory; `t` means it from now on. */
    restart(extra: TestBotOptions = {}): void {
      t = createTestBot(db, { ...options, ...extra });
    },
  };
}
