// Broadcast benchmarks: the delivery engine's throughput against a fake Bot API over HTTP on
// loopback (capped at 30/s and uncapped), and the latency of interactive replies while a
// 10,000-recipient broadcast runs through the whole app, next to the same replies without it.
// On PostgreSQL also two app instances sharing a cap of 30/s against a fake that enforces
// Telegram's limits, replies during that broadcast, and the time from confirming an
// announcement to its first delivery.
import { createHistogram } from "node:perf_hooks";
import { Api } from "grammy";
import { createApp, type App } from "../src/app.ts";
import { createAnnouncementTransport } from "../src/bot/announcement-transport.ts";
import { createI18n, translatorOf } from "../src/bot/i18n.ts";
import { parseConfig } from "../src/config.ts";
import { systemClock } from "../src/domain/clock.ts";
import { createActors } from "../src/domain/actors.ts";
import { createAnnouncementsService } from "../src/domain/announcements.ts";
import { createDeliverySender } from "../src/domain/deliveries.ts";
import type { Database } from "../src/db/index.ts";
import { WEBHOOK_PATH } from "../src/server.ts";
import { createFakeBotApi, startFakeTelegramServer, TEST_BOT_TOKEN } from "../test/support/fake-telegram.ts";
import { freePort } from "../test/support/net.ts";

export type SenderResult = {
  capped: { rate: number; sent: number; seconds: number; perSecond: number; ratio: number };
  uncapped: { sent: number; seconds: number; perSecond: number };
  interactive: { idle: { p50: number; p95: number }; duringBroadcast: { p50: number; p95: number }; broadcastSentMeanwhile: number };
  /** PostgreSQL only. */
  twoInstances?: TwoInstancesResult;
};

export type TwoInstancesResult = {
  rate: number;
  sent: number;
  seconds: number;
  perSecond: number;
  ratio: number;
  /** 429s the limiting fake answered. */
  tooManyRequests: number;
  /** /help replies through the first instance while both send the broadcast. */
  interactive: { p50: number; p95: number; samples: number };
  /** From the announcement's creation (what "Yes, send it" does) to its first delivery, ms. */
  confirmToFirstDelivery: { p50: number; p95: number; samples: number; missed: number; timeoutMs: number };
};

async function queueBroadcast(db: Database, recipients: number): Promise<void> {
  await db.prisma.delivery.deleteMany();
  await db.prisma.announcement.deleteMany();
  const existing = await db.prisma.user.count();
  if (existing < recipients) {
    await db.prisma.user.createMany({ data: Array.from({ length: recipients - existing }, (_, i) => ({ telegramId: BigInt(5_000_000 + existing + i), locale: i % 3 ? "de" : "ar" })) });
  }
  const users = await db.prisma.user.findMany({ select: { id: true, locale: true, telegramId: true }, take: recipients, orderBy: { id: "asc" } });
  // The first user writes it, as an admin by configuration.
  const actors = createActors({ db: db.prisma, adminIds: [users[0]!.telegramId] });
  const announcements = createAnnouncementsService({ db: db.prisma, clock: systemClock, actors, timezone: "Europe/Berlin", quietHours: null, subscribers: async () => users.map((u) => ({ userId: u.id, locale: u.locale })) });
  await announcements.create(users[0]!.id, {
    texts: { de: "Aktionstag Lärm, Müll und Sicherheit in Coerde am Samstag", ar: "يوم عمل حول الضوضاء والنفايات والأمان يوم السبت" },
    sourceLocale: "de",
    audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
    urgent: true,
    scheduledAt: new Date(),
  });
  await announcements.enqueueDue(new Date());
}

async function throughput(db: Database, { apiRoot, api: telegram }: Awaited<ReturnType<typeof startFakeTelegramServer>>, rate: number, count: number) {
  await queueBroadcast(db, count);
  const announcements = createAnnouncementsService({ db: db.prisma, clock: systemClock, actors: createActors({ db: db.prisma, adminIds: [] }), timezone: "Europe/Berlin", quietHours: null, subscribers: async () => [] });
  const transport = createAnnouncementTransport({ api: new Api(TEST_BOT_TOKEN, { apiRoot }), translate: translatorOf(createI18n({ defaultLocale: "de" })), announcements, botUsername: () => "bench_bot", timezone: "Europe/Berlin" });
  const sender = createDeliverySender({ db: db.prisma, clock: systemClock, transport, rate, concurrency: Number.isFinite(rate) ? 8 : 32 });
  const before = telegram.callsTo("sendMessage").length;
  const started = performance.now();
  const done = await sender.drain();
  const seconds = (performance.now() - started) / 1000;
  // With a cap, the rate between the first and the last message as Telegram sees them; without
  // one, messages over the whole drain.
  const times = telegram.callsTo("sendMessage").slice(before).map((call) => call.at);
  const perSecond = Number.isFinite(rate) ? (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000) : done.sent / seconds;
  return { sent: done.sent, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(perSecond * 10) / 10 };
}

export async function benchSender(db: Database, env: Record<string, string>, quick: boolean): Promise<SenderResult> {
  const telegram = await startFakeTelegramServer();
  try {
    await db.migrate();
    const cappedRate = 30;
    const capped = await throughput(db, telegram, cappedRate, quick ? 60 : 900);
    telegram.api.clear();
    const uncapped = await throughput(db, telegram, Number.POSITIVE_INFINITY, quick ? 1_000 : 10_000);
    telegram.api.clear();
    const interactive = await interactiveDuringBroadcast(db, env, telegram, quick);
    const twoInstances = env.DATABASE_URL ? await twoInstancesOnPostgres(env, quick) : undefined;
    return { capped: { rate: cappedRate, ...capped, ratio: Math.round((capped.perSecond / cappedRate) * 1000) / 1000 }, uncapped, interactive, twoInstances };
  } finally {
    await telegram.close();
  }
}

/** The whole app in webhook mode against the fake at `apiRoot`, started. */
async function benchApp(env: Record<string, string>, apiRoot: string, extra: Record<string, string>): Promise<App> {
  const port = await freePort();
  const app = await createApp(
    parseConfig({
      ...env,
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_API_ROOT: apiRoot,
      BOT_MODE: "webhook",
      BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`,
      BOT_WEBHOOK_SECRET: "bench-webhook-secret",
      SERVER_HOST: "127.0.0.1",
      SERVER_PORT: String(port),
      LOG_LEVEL: "silent",
      ...extra,
    }),
  );
  await app.start();
  return app;
}

/** /help replies through the whole app in webhook mode: first idle, then during a broadcast. */
async function interactiveDuringBroadcast(db: Database, env: Record<string, string>, telegram: Awaited<ReturnType<typeof startFakeTelegramServer>>, quick: boolean) {
  await db.close(); // the app opens the same database itself
  const app = await benchApp(env, telegram.apiRoot, { BROADCAST_RATE: "10000" });
  const samples = quick ? 50 : 400;
  const measure = async () => {
    const histogram = createHistogram();
    for (let i = 0; i < samples; i++) {
      const user = { id: 900_000 + (i % 50), is_bot: false, first_name: "Bench", language_code: "de" };
      const update = { message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat: { id: user.id, type: "private", first_name: "Bench" }, from: user, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } };
      const started = process.hrtime.bigint();
      await telegram.deliver(update as never);
      histogram.record(Number(process.hrtime.bigint() - started) || 1);
      await new Promise((resolve) => setTimeout(resolve, 20)); // ~40 replies per second
    }
    const ms = (p: number) => Math.round((histogram.percentile(p) / 1e6) * 10) / 10;
    return { p50: ms(50), p95: ms(95) };
  };
  try {
    const idle = await measure();
    await queueBroadcast(app.db, quick ? 1_500 : 10_000);
    const before = telegram.api.callsTo("sendMessage").length;
    const duringBroadcast = await measure();
    const broadcastSentMeanwhile = telegram.api.callsTo("sendMessage").length - before - samples;
    return { idle, duringBroadcast, broadcastSentMeanwhile };
  } finally {
    await app.stop();
  }
}

const BENCH_ADMIN = 990_000_001;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN) * 10) / 10;
  return { p50: at(50), p95: at(95) };
};

/** Two app instances on one PostgreSQL database, BROADCAST_RATE=30, against a fake with Telegram's limits. */
async function twoInstancesOnPostgres(env: Record<string, string>, quick: boolean): Promise<TwoInstancesResult> {
  const telegram = await startFakeTelegramServer(createFakeBotApi(undefined, { limits: true }));
  const rate = 30;
  const apps: App[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      apps.push(await benchApp(env, telegram.apiRoot, { BOT_ADMIN_IDS: String(BENCH_ADMIN), BROADCAST_RATE: String(rate) }));
    }
    const recipients = quick ? 300 : 1_800;
    const before = telegram.api.callsTo("sendMessage").length;
    await queueBroadcast(apps[0]!.db, recipients);
    const chats = new Set((await apps[0]!.db.prisma.delivery.findMany({ select: { user: { select: { telegramId: true } } } })).map((d) => Number(d.user.telegramId)));
    const broadcast = () => telegram.api.delivered("sendMessage").slice(before).filter((call) => chats.has(Number(call.payload.chat_id)));
    await telegram.api.arrival("sendMessage", (payload) => chats.has(Number(payload.chat_id)));

    // Replies during the broadcast: /help to the first instance, every half second for 10 s,
    // each from another chat (the bot's own total limit counts them too).
    const replies: number[] = [];
    for (let i = 0; i < 20 && broadcast().length < recipients * 0.9; i++) {
      const user = { id: 990_100_000 + i, is_bot: false, first_name: "Bench", language_code: "de" };
      const update = { update_id: i + 1, message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat: { id: user.id, type: "private", first_name: "Bench" }, from: user, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } };
      const started = performance.now();
      await fetch(new URL(WEBHOOK_PATH, apps[0]!.url), { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "bench-webhook-secret" }, body: JSON.stringify(update) });
      replies.push(performance.now() - started);
      await sleep(500);
    }
    for (const started = Date.now(); broadcast().length < recipients && Date.now() - started < 300_000; ) await sleep(200);
    const times = broadcast().map((call) => call.at);
    const seconds = (times.at(-1)! - times[0]!) / 1000;
    const perSecond = Math.round(((times.length - 1) / seconds) * 10) / 10;

    // Quick runs wait 5 s at most per sample (the smoke run stays within a minute).
    const confirm = await confirmationToFirstDelivery(apps, telegram.api, quick ? 3 : 10, quick ? 5_000 : 75_000);
    return {
      rate,
      sent: times.length,
      seconds: Math.round(seconds * 10) / 10,
      perSecond,
      ratio: Math.round((perSecond / rate) * 1000) / 1000,
      tooManyRequests: telegram.api.tooManyRequests,
      interactive: { ...percentiles(replies), samples: replies.length },
      confirmToFirstDelivery: confirm,
    };
  } finally {
    for (const app of apps) await app.stop();
    await telegram.close();
  }
}

/**
 * Announcements created (as "✅ Yes, send it" does) on alternating instances, a second apart,
 * each to one subscriber of its own district; measured until the fake receives its first message.
 */
async function confirmationToFirstDelivery(apps: App[], telegram: ReturnType<typeof createFakeBotApi>, samples: number, timeoutMs: number) {
  const db = apps[0]!.db.prisma;
  await db.subscription.deleteMany(); // only the sample readers below are subscribed
  const author = await db.user.upsert({ where: { telegramId: BigInt(BENCH_ADMIN) }, create: { telegramId: BigInt(BENCH_ADMIN), locale: "de" }, update: {} });
  const readers: { chat: number; district: number }[] = [];
  for (let k = 0; k < samples; k++) {
    const district = await db.district.create({ data: { slug: `bench-confirm-${k}-${Date.now()}`, names: { de: `Bezirk ${k}` } } });
    const user = await db.user.create({ data: { telegramId: BigInt(990_200_000 + k), locale: "de" } });
    await apps[0]!.services.subscriptions.toggleTopic(user.id, "general");
    await apps[0]!.services.subscriptions.toggleDistrict(user.id, district.id);
    readers.push({ chat: 990_200_000 + k, district: district.id });
  }
  const waits = await Promise.all(
    readers.map(async ({ chat, district }, k) => {
      await sleep(k * 1_000);
      const arrived = telegram.arrival("sendMessage", (payload) => Number(payload.chat_id) === chat);
      const started = performance.now();
      await apps[k % apps.length]!.services.announcements.create(author.id, {
        texts: { de: `Bench-Ankündigung ${k}` },
        sourceLocale: "de",
        audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [district], languages: [] },
        urgent: true,
        scheduledAt: new Date(),
      });
      const call = await Promise.race([arrived, sleep(timeoutMs).then(() => undefined)]);
      return call ? call.at - started : undefined;
    }),
  );
  const measured = waits.filter((ms): ms is number => ms !== undefined);
  return { ...percentiles(measured), samples: measured.length, missed: waits.length - measured.length, timeoutMs };
}
