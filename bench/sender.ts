// Broadcast benchmarks: the delivery engine's throughput against a fake Bot API over HTTP on
// loopback (capped at 30/s and uncapped), and the latency of interactive replies while a
// 10,000-recipient broadcast runs through the whole app, next to the same replies without it.
import { createHistogram } from "node:perf_hooks";
import { Api } from "grammy";
import { createApp } from "../src/app.ts";
import { createAnnouncementTransport } from "../src/bot/announcement-transport.ts";
import { createI18n, translatorOf } from "../src/bot/i18n.ts";
import { parseConfig } from "../src/config.ts";
import { systemClock } from "../src/domain/clock.ts";
import { createActors } from "../src/domain/actors.ts";
import { createAnnouncementsService } from "../src/domain/announcements.ts";
import { createDeliverySender } from "../src/domain/deliveries.ts";
import type { Database } from "../src/db/index.ts";
import { startFakeTelegramServer, TEST_BOT_TOKEN } from "../test/support/fake-telegram.ts";
import { freePort } from "../test/support/net.ts";

export type SenderResult = {
  capped: { rate: number; sent: number; seconds: number; perSecond: number; ratio: number };
  uncapped: { sent: number; seconds: number; perSecond: number };
  interactive: { idle: { p50: number; p95: number }; duringBroadcast: { p50: number; p95: number }; broadcastSentMeanwhile: number };
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

async function throughput(db: Database, apiRoot: string, rate: number, count: number) {
  await queueBroadcast(db, count);
  const announcements = createAnnouncementsService({ db: db.prisma, clock: systemClock, actors: createActors({ db: db.prisma, adminIds: [] }), timezone: "Europe/Berlin", quietHours: null, subscribers: async () => [] });
  const transport = createAnnouncementTransport({ api: new Api(TEST_BOT_TOKEN, { apiRoot }), translate: translatorOf(createI18n({ defaultLocale: "de" })), announcements, botUsername: () => "bench_bot", timezone: "Europe/Berlin" });
  const sender = createDeliverySender({ db: db.prisma, clock: systemClock, transport, rate, concurrency: Number.isFinite(rate) ? 8 : 32 });
  const started = performance.now();
  const done = await sender.drain();
  const seconds = (performance.now() - started) / 1000;
  return { sent: done.sent, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round((done.sent / seconds) * 10) / 10 };
}

export async function benchSender(db: Database, env: Record<string, string>, quick: boolean): Promise<SenderResult> {
  const telegram = await startFakeTelegramServer();
  try {
    await db.migrate();
    const cappedRate = 30;
    const capped = await throughput(db, telegram.apiRoot, cappedRate, quick ? 60 : 900);
    telegram.api.clear();
    const uncapped = await throughput(db, telegram.apiRoot, Number.POSITIVE_INFINITY, quick ? 1_000 : 10_000);
    telegram.api.clear();
    const interactive = await interactiveDuringBroadcast(db, env, telegram, quick);
    return { capped: { rate: cappedRate, ...capped, ratio: Math.round((capped.perSecond / cappedRate) * 1000) / 1000 }, uncapped, interactive };
  } finally {
    await telegram.close();
  }
}

/** /help replies through the whole app in webhook mode: first idle, then during a broadcast. */
async function interactiveDuringBroadcast(db: Database, env: Record<string, string>, telegram: Awaited<ReturnType<typeof startFakeTelegramServer>>, quick: boolean) {
  const port = await freePort();
  await db.close(); // the app opens the same database itself
  const app = await createApp(
    parseConfig({
      ...env,
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_API_ROOT: telegram.apiRoot,
      BOT_MODE: "webhook",
      BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`,
      BOT_WEBHOOK_SECRET: "bench-webhook-secret",
      SERVER_HOST: "127.0.0.1",
      SERVER_PORT: String(port),
      LOG_LEVEL: "silent",
      BROADCAST_RATE: "10000",
    }),
  );
  await app.start();
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
