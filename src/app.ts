// The one place that wires db -> services -> bot -> scheduler -> server.
import { run, type RunnerHandle } from "@grammyjs/runner";
import { Api, type BotConfig } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { AddressInfo } from "node:net";
import { createBot, ALLOWED_UPDATES } from "./bot/index.ts";
import type { BotContext } from "./bot/context.ts";
import { registerCommands } from "./bot/commands.ts";
import { createI18n, translatorOf } from "./bot/i18n.ts";
import { createNoticeTransport } from "./bot/notifier.ts";
import { createOutboxTransport } from "./bot/outbox-transport.ts";
import { createQuestionTransport } from "./bot/question-transport.ts";
import { createRetryingFetch, type RetryingFetchOptions } from "./bot/telegram-fetch.ts";
import { createTelegramHttp } from "./bot/telegram-http.ts";
import type { FloodLimit } from "./bot/middlewares/rate-limit.ts";
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./db/index.ts";
import { systemClock, type Clock } from "./domain/clock.ts";
import { botServices, createServices, jobServices, webServices, type Services } from "./domain/index.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createScheduler, type Job } from "./scheduler/index.ts";
import { calendarFeedsJob } from "./scheduler/jobs/calendar-feeds.ts";
import { createAddressGuard } from "./domain/public-address.ts";
import { retentionJob } from "./scheduler/jobs/retention.ts";
import { announcementsJob, weeklyDigestJob } from "./scheduler/jobs/announcements.ts";
import { announcementTranslationsJob } from "./scheduler/jobs/announcement-translations.ts";
import { offerTranslationsJob } from "./scheduler/jobs/offer-translations.ts";
import { signupNoticesJob } from "./scheduler/jobs/signups.ts";
import { questionsJob } from "./scheduler/jobs/questions.ts";
import { startOutboxSender } from "./scheduler/outbox-sender.ts";
import { createDeliverySender } from "./domain/deliveries.ts";
import { createAnnouncementTransport } from "./bot/announcement-transport.ts";
import { unsubscribeButton } from "./bot/keyboards/subscriptions.ts";
import { createServer, WEBHOOK_PATH } from "./server.ts";
import { createTranslationProvider } from "./translation/index.ts";
import { createResponseCache } from "./web/cache.ts";

/** The PostgreSQL NOTIFY channel on which instances wake each other's outbox sender. */
export const OUTBOX_CHANNEL = "treffpunkt_outbox";
/** The channel on which an instance that changed offers (or the catalog) tells the others to forget their screen caches. */
export const OFFERS_CHANNEL = "treffpunkt_offers";

export type AppOptions = {
  logger?: Logger;
  clock?: Clock;
  /** Test seams: a recording fetch, a fixed bot identity. */
  botClient?: BotConfig<BotContext>["client"];
  botInfo?: UserFromGetMe;
  /** Per-user flood limit (default: 20 updates in 10 s). */
  floodLimit?: FloodLimit;
  /** Retry timing of replies; tests shorten the backoff. */
  retry?: Pick<RetryingFetchOptions, "retries" | "minTimeoutMs" | "maxRetryAfterSeconds">;
};

export type App = Awaited<ReturnType<typeof createApp>>;

/** Opens the database, applies migrations and builds everything; `start` then goes live. */
export async function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? createLogger({ level: config.log.level });
  const clock = options.clock ?? systemClock;

  const db: Database = await openDatabase({ databaseUrl: config.database.url, dataDir: config.database.dataDir, preparedStatements: config.database.preparedStatements });
  let closed = false;
  try {
    const applied = await db.migrate();
    logger.info({ backend: db.backend, applied: applied.length }, "database ready");
  } catch (error) {
    await db.close();
    throw error;
  }

  const i18n = createI18n({ defaultLocale: config.i18n.defaultLocale });
  const translate = translatorOf(i18n);
  // Every Bot API call, the bot's and the outbox's, goes through one keep-alive pool (telegram-http.ts).
  const telegramHttp = createTelegramHttp();
  const client = { apiRoot: config.bot.apiRoot, fetch: telegramHttp, ...options.botClient };
  // Replies, edits and notices retry what is safe to retry (telegram-fetch.ts) and give up
  // after 30 s instead of grammY's default 500 s. The announcement sender has its own retries.
  const interactiveClient = {
    ...client,
    // Webhook mode: the answer to a button press rides in the webhook's response (bot/middlewares/answer-last.ts).
    ...(config.bot.mode === "webhook" ? { canUseWebhookReply: (method: string) => method === "answerCallbackQuery" } : {}),
    timeoutSeconds: 30,
    fetch: createRetryingFetch({ fetch: client.fetch as typeof fetch, log: logger, ...options.retry }),
  };
  // Everything the bot sends on its own is an outbox row. Whoever queues one that is due now
  // wakes the sender here and, through the database, on every other instance.
  let outbox: ReturnType<typeof startOutboxSender> | undefined;
  const wakeOutbox = () => {
    outbox?.wake();
    db.notify(OUTBOX_CHANNEL).catch((error: unknown) => logger.warn({ err: error }, "could not notify the other instances"));
  };
  // Subscribed calendars: public hosts only (unless CALENDAR_ALLOW_PRIVATE_URLS), when registered and at every fetch.
  const calendarAddresses = createAddressGuard({ allowPrivate: config.calendar.allowPrivateUrls });
  const services: Services = createServices({
    db: db.prisma,
    sql: db.query,
    clock,
    adminIds: config.bot.adminIds,
    timezone: config.i18n.timezone,
    retentionDays: config.privacy.retentionDays,
    questionRetentionDays: config.privacy.questionRetentionDays,
    privacyContact: config.privacy.contact,
    quietHours: config.broadcast.quietHours,
    signups: config.signups,
    youthAges: config.offers.youthAges,
    invitationValidityMs: config.staff.invitationValidityMs,
    defaultLocale: config.i18n.defaultLocale,
    wakeOutbox,
    sendRate: config.broadcast.rate,
    translationProvider: createTranslationProvider(config.translation),
    translation: { monthlyChars: config.translation.monthlyChars, timeoutMs: config.translation.timeoutMs },
    calendarAddresses,
    log: logger,
  });
  // The bot sees only guarded use cases; the scheduler and the outbox only system work.
  const jobs = jobServices(services);
  const bot = createBot({
    token: config.bot.token,
    services: botServices(services),
    i18n,
    logger,
    timezone: config.i18n.timezone,
    defaultLocale: config.i18n.defaultLocale,
    floodLimit: options.floodLimit,
    botInfo: options.botInfo,
    client: interactiveClient,
    clock,
    publicUrl: config.web.publicUrl,
    webhookReply: config.bot.mode === "webhook",
  });
  // Announcements and notices go out through their own Api object and a rate cap, so a
  // broadcast to thousands never queues in front of a resident's reply.
  const outboxApi = new Api(config.bot.token, client);
  const sender = createDeliverySender({
    db: db.prisma,
    clock,
    rate: config.broadcast.rate,
    log: logger,
    transport: createOutboxTransport({
      announcements: createAnnouncementTransport({
        api: outboxApi,
        translate,
        announcements: jobs.announcements,
        botUsername: () => bot.botInfo.username,
        timezone: config.i18n.timezone,
        unsubscribeButton,
      }),
      notices: createNoticeTransport({ api: outboxApi, translate, timezone: config.i18n.timezone }),
      questions: createQuestionTransport({ api: outboxApi, translate, questions: jobs.questions, log: logger }),
    }),
  });
  const scheduled: Job[] = [signupNoticesJob(jobs, logger), retentionJob(jobs, logger), announcementsJob(jobs, logger), announcementTranslationsJob(jobs, logger), weeklyDigestJob(jobs, logger, config.broadcast.digest), offerTranslationsJob(jobs, logger), calendarFeedsJob(jobs, logger, { timezone: config.i18n.timezone, addresses: calendarAddresses }), questionsJob(jobs, logger)];
  const scheduler = createScheduler({ jobs: scheduled, timezone: config.i18n.timezone, logger, claim: jobs.jobRuns.claim });
  const webhookMode = config.bot.mode === "webhook";
  // The public feeds and page answer from this cache; invalidate() forgets it (offers changed).
  const webCache = createResponseCache();
  // Offers changed here (services.screens.changed() after the commit): the web cache forgets
  // too, and so do the other instances, through the database.
  services.screens.setOnChange(() => {
    webCache.invalidate();
    db.notify(OFFERS_CHANNEL).catch((error: unknown) => logger.warn({ err: error }, "could not tell the other instances that offers changed"));
  });
  const server = createServer({
    logger,
    ping: db.ping,
    webhook: webhookMode ? { bot, secret: config.bot.webhookSecret } : undefined,
    web: {
      services: webServices(services),
      translate,
      botUsername: () => bot.botInfo.username,
      clock,
      timezone: config.i18n.timezone,
      defaultLocale: config.i18n.defaultLocale,
      publicPage: config.web.publicPage,
      publicUrl: config.web.publicUrl,
      cache: webCache,
    },
  });
  let runner: RunnerHandle | undefined;

  return {
    config,
    logger,
    db,
    services,
    i18n,
    bot,
    scheduler,
    sender,
    server,
    webCache,

    /** The HTTP address, once started (useful with SERVER_PORT=0). */
    get url(): string {
      const address = server.server.address() as AddressInfo | null;
      if (!address) throw new Error("server not started");
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`;
    },

    async start(): Promise<void> {
      await bot.init(); // getMe: fails fast on a wrong token
      await registerCommands(bot.api, translate, config.i18n.defaultLocale, logger);
      await server.listen({ host: config.server.host, port: config.server.port });
      if (webhookMode) {
        await bot.api.setWebhook(new URL(WEBHOOK_PATH, config.bot.webhookUrl).href, {
          secret_token: config.bot.webhookSecret,
          allowed_updates: [...ALLOWED_UPDATES],
        });
      } else {
        // getUpdates is refused while a webhook is set, e.g. after switching modes.
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      }
      scheduler.start();
      outbox = startOutboxSender({ sender, logger });
      db.listen(OUTBOX_CHANNEL, () => outbox?.wake());
      db.listen(OFFERS_CHANNEL, () => {
        services.screens.clear();
        webCache.invalidate();
      });
      logger.info({ mode: config.bot.mode, username: bot.botInfo.username }, "treffpunkt started");
    },

    /** Finishes updates in flight, stops the scheduler, closes the database. Idempotent. */
    async stop(): Promise<void> {
      if (closed) return;
      closed = true;
      if (runner?.isRunning()) await runner.stop();
      await server.close(); // waits for webhook requests in flight
      await bot.idle(); // and for updates that outlived their request
      await scheduler.stop();
      await outbox?.stop();
      await telegramHttp.close();
      await db.close();
      logger.info("treffpunkt stopped");
    },
  };
}
