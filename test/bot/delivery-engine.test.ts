// The delivery engine with the real Bot API transport against the fake Bot API.
import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { createAnnouncementTransport } from "../../src/bot/announcement-transport.ts";
import { createI18n, translatorOf } from "../../src/bot/i18n.ts";
import { createActors } from "../../src/domain/actors.ts";
import { createAnnouncementsService, type Recipient } from "../../src/domain/announcements.ts";
import { fixedClock, systemClock } from "../../src/domain/clock.ts";
import { createDeliverySender, type DeliveryTransport } from "../../src/domain/deliveries.ts";
import { createFakeBotApi, TEST_BOT_TOKEN } from "../support/fake-telegram.ts";
import { queueBroadcast } from "../support/broadcast.ts";
import { useTestDatabase } from "../support/services.ts";

const i18n = createI18n({ defaultLocale: "de" });
const NOW = "2026-12-01T10:00:00Z"; // 11:00 in Berlin, outside quiet hours

describe("delivery engine", () => {
  const db = useTestDatabase();
  const clock = fixedClock(NOW);

  beforeEach(() => clock.set(NOW));

  /** n users, and an announcement to all of them, queued. Returns the telegram ids. */
  async function queue(n: number, options: { urgent?: boolean; locales?: string[] } = {}): Promise<number[]> {
    const locales = options.locales ?? ["de"];
    await db.prisma.user.createMany({
      data: Array.from({ length: n }, (_, i) => ({ telegramId: BigInt(100_000 + i), locale: locales[i % locales.length] })),
    });
    const users = await db.prisma.user.findMany({ select: { id: true, locale: true, telegramId: true }, orderBy: { id: "asc" } });
    const everyone = async (): Promise<Recipient[]> => users.map((u) => ({ userId: u.id, locale: u.locale }));
    // The first user writes it, as an admin by configuration.
    const actors = createActors({ db: db.prisma, adminIds: [users[0]!.telegramId] });
    const announcements = createAnnouncementsService({ db: db.prisma, clock, actors, timezone: "Europe/Berlin", quietHours: { startMinute: 21 * 60, endMinute: 8 * 60 }, subscribers: everyone });
    await announcements.create(users[0]!.id, {
      texts: { de: "Aktionstag in Coerde am Samstag", ar: "يوم عمل في كويردي يوم السبت" },
      sourceLocale: "de",
      audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
      urgent: options.urgent ?? false,
      scheduledAt: clock.now(),
    });
    await announcements.enqueueDue(clock.now());
    return users.map((u) => Number(u.telegramId));
  }

  function sender(api = createFakeBotApi(), extra: Partial<Parameters<typeof createDeliverySender>[0]> = {}) {
    const announcements = createAnnouncementsService({ db: db.prisma, clock, actors: createActors({ db: db.prisma, adminIds: [] }), timezone: "Europe/Berlin", quietHours: null, subscribers: async () => [] });
    const transport = createAnnouncementTransport({ api: new Api(TEST_BOT_TOKEN, { fetch: api.fetch }), translate: translatorOf(i18n), announcements, botUsername: () => "treffpunkt_test_bot", timezone: "Europe/Berlin" });
    // Waiting for retry_after or a backoff moves the fixed clock instead of sleeping.
    const engine = createDeliverySender({ db: db.prisma, clock, transport, rate: Number.POSITIVE_INFINITY, concurrency: 16, sleep: async (ms) => clock.advance(ms), ...extra });
    return { api, engine, transport };
  }

  /** Drains until nothing is left, moving the clock past backoffs. */
  async function drainAll(engine: ReturnType<typeof createDeliverySender>) {
    for (let round = 0; round < 50; round++) {
      await engine.drain();
      const next = await db.prisma.delivery.findFirst({ where: { status: { in: ["QUEUED", "SENDING"] } }, orderBy: { notBefore: "asc" } });
      if (!next) return;
      if (next.notBefore > clock.now()) clock.set(next.notBefore);
    }
    throw new Error("deliveries did not finish");
  }

  const sentTo = (api: ReturnType<typeof createFakeBotApi>) => api.delivered("sendMessage").map((c) => Number(c.payload.chat_id));

  it("when 10,000 deliveries meet 2% 429s and 1% blocked users, then nothing is lost, nothing is sent twice, and the 403s are marked", async () => {
    const chats = await queue(10_000);
    const blocked = new Set(chats.filter((_, i) => i % 100 === 7));
    let call = 0;
    const { api, engine } = sender();
    api.setFaults((method, payload) => {
      if (method !== "sendMessage") return undefined;
      if (blocked.has(Number(payload.chat_id))) return { error_code: 403, description: "Forbidden: bot was blocked by the user" };
      call++;
      return call % 50 === 0 ? { error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } } : undefined;
    });

    await drainAll(engine);

    const sent = sentTo(api);
    expect(sent).toHaveLength(9_900);
    expect(new Set(sent).size).toBe(9_900);
    expect(sent.some((chat) => blocked.has(chat))).toBe(false);
    const statuses = await db.prisma.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ SENT: 9_900, BLOCKED: 100 });
    expect(await db.prisma.user.count({ where: { blockedAt: { not: null } } })).toBe(100);
    expect(await db.prisma.delivery.count({ where: { status: "SENT", messageId: null } })).toBe(0);
  }, 180_000);

  it("when Telegram answers 429, 500 and drops connections, then every reachable recipient still gets the message exactly once", async () => {
    const chats = await queue(2_000);
    const blocked = new Set(chats.filter((_, i) => i % 200 === 3));
    let call = 0;
    const { api, engine } = sender();
    api.setFaults((method, payload) => {
      if (method !== "sendMessage") return undefined;
      if (blocked.has(Number(payload.chat_id))) return { error_code: 403, description: "Forbidden: bot was blocked by the user" };
      call++;
      if (call % 37 === 0) return "drop";
      if (call % 23 === 0) return { error_code: 500, description: "Internal Server Error" };
      if (call % 29 === 0) return { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
      return undefined;
    });

    await drainAll(engine);

    const sent = sentTo(api);
    expect(sent).toHaveLength(2_000 - blocked.size);
    expect(new Set(sent).size).toBe(sent.length);
    const statuses = await db.prisma.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ SENT: 2_000 - blocked.size, BLOCKED: blocked.size });
  }, 120_000);

  it("when the sender is stopped half-way and a new one starts, then the rest is sent with no duplicates", async () => {
    const chats = await queue(600);
    const controller = new AbortController();
    const first = sender();
    const stopping: DeliveryTransport = {
      send: async (row) => {
        if (first.api.calls.length >= 250) controller.abort();
        return first.transport.send(row);
      },
    };
    const aborted = createDeliverySender({ db: db.prisma, clock, transport: stopping, rate: Number.POSITIVE_INFINITY, concurrency: 16 });
    await aborted.drain({ signal: controller.signal });
    const before = sentTo(first.api);
    expect(before.length).toBeGreaterThan(200);
    expect(before.length).toBeLessThan(600);

    const second = sender();
    await drainAll(second.engine);
    const all = [...before, ...sentTo(second.api)];
    expect(all).toHaveLength(600);
    expect(new Set(all)).toEqual(new Set(chats));
  });

  it("when two senders run at once, then each row is sent once", async () => {
    await queue(1_000);
    const a = sender();
    const b = sender();
    await Promise.all([a.engine.drain(), b.engine.drain()]);
    const all = [...sentTo(a.api), ...sentTo(b.api)];
    expect(all).toHaveLength(1_000);
    expect(new Set(all).size).toBe(1_000);
    expect(sentTo(a.api).length).toBeGreaterThan(0);
  });

  it("when a recipient's account is deactivated or their chat is gone, then the delivery is blocked and they are marked blocked, as after a 403", async () => {
    const [deactivated, vanished, fine] = await queue(3);
    const { api, engine } = sender();
    api.setFaults((method, payload) => {
      if (method !== "sendMessage") return undefined;
      if (Number(payload.chat_id) === deactivated) return { error_code: 403, description: "Forbidden: user is deactivated" };
      if (Number(payload.chat_id) === vanished) return { error_code: 400, description: "Bad Request: chat not found" };
      return undefined;
    });

    await drainAll(engine);

    expect(sentTo(api)).toEqual([fine]);
    expect(api.callsTo("sendMessage")).toHaveLength(3); // nothing retried
    const deliveries = await db.prisma.delivery.findMany({ select: { status: true, user: { select: { telegramId: true, blockedAt: true } } } });
    const byChat = Object.fromEntries(deliveries.map((d) => [Number(d.user.telegramId), { status: d.status, blocked: d.user.blockedAt !== null }]));
    expect(byChat).toEqual({
      [deactivated!]: { status: "BLOCKED", blocked: true },
      [vanished!]: { status: "BLOCKED", blocked: true },
      [fine!]: { status: "SENT", blocked: false },
    });
  });

  it("when Telegram fails with 5xx, then the row is retried with backoff and gives up after 5 attempts", async () => {
    const [chat] = await queue(1);
    const { api, engine } = sender();
    api.setFaults((method) => (method === "sendMessage" ? { error_code: 502, description: "Bad Gateway" } : undefined));
    await drainAll(engine);
    expect(api.callsTo("sendMessage")).toHaveLength(5);
    expect(await db.prisma.delivery.findFirstOrThrow()).toMatchObject({ status: "FAILED", error: "502: Bad Gateway", attempts: 5 });
    expect(chat).toBeDefined();
  });

  it("when a recipient's language has no text, then they get the source text with a notice; others get their own", async () => {
    await queue(3, { locales: ["de", "ar", "fa"] });
    const { api, engine } = sender();
    await drainAll(engine);
    const texts = api.delivered("sendMessage").map((c) => String(c.payload.text).replace(/[\u2068\u2069]/g, ""));
    expect(texts).toContain("Aktionstag in Coerde am Samstag");
    expect(texts).toContain("يوم عمل في كويردي يوم السبت");
    expect(texts).toContain(`${i18n.t("fa", "offers-only-in", { language: "de" }).replace(/[\u2068\u2069]/g, "")}\n\nAktionstag in Coerde am Samstag`);
  });

  it("when queued during quiet hours, then non-urgent messages wait for 08:00; urgent ones go at once", async () => {
    clock.set("2026-12-01T21:30:00Z"); // 22:30 in Berlin
    await queue(2);
    const { api, engine } = sender();
    await engine.drain();
    expect(api.callsTo("sendMessage")).toHaveLength(0);
    expect((await db.prisma.delivery.findFirstOrThrow()).notBefore.toISOString()).toBe("2026-12-02T07:00:00.000Z");

    await db.reset();
    await queue(2, { urgent: true });
    await engine.drain();
    expect(api.callsTo("sendMessage")).toHaveLength(2);
  });

  it("when a sender crashed after claiming rows, then they are sent again after the claim went stale (at-least-once)", async () => {
    await queue(5);
    await db.prisma.delivery.updateMany({ data: { status: "SENDING", claimedAt: clock.now(), attempts: 1 } });
    const { api, engine } = sender();
    await engine.drain();
    expect(api.callsTo("sendMessage")).toHaveLength(0);
    clock.advance(121_000);
    await engine.drain();
    expect(sentTo(api)).toHaveLength(5);
  });
});

describe("the fake Bot API's flood limits", () => {
  const send = (api: ReturnType<typeof createFakeBotApi>, chatId: number) => api.answer("sendMessage", { chat_id: chatId, text: "hi" });

  it("when 31 messages go out at once, then 30 pass and the 31st gets 429 with retry_after", async () => {
    const api = createFakeBotApi(undefined, { limits: true });
    const answers = await Promise.all(Array.from({ length: 31 }, (_, i) => send(api, 1_000 + i)));
    expect(answers.filter((a) => "ok" in a && a.ok)).toHaveLength(30);
    expect(answers.at(-1)).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 1 } });
    expect(api.tooManyRequests).toBe(1);
    expect(api.delivered("sendMessage")).toHaveLength(30);
  });

  it("when one chat gets two messages within a second, then the second gets 429; after the second it passes", async () => {
    const api = createFakeBotApi(undefined, { limits: { perChatPerSecond: 1 } });
    expect(await send(api, 42)).toMatchObject({ ok: true });
    expect(await send(api, 42)).toMatchObject({ ok: false, error_code: 429 });
    expect(await send(api, 43)).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect(await send(api, 42)).toMatchObject({ ok: true });
    expect(api.tooManyRequests).toBe(1);
  });

  it("when limits are off (the default), then a blast passes", async () => {
    const api = createFakeBotApi();
    const answers = await Promise.all(Array.from({ length: 100 }, () => send(api, 7)));
    expect(answers.every((a) => "ok" in a && a.ok)).toBe(true);
  });
});

describe("delivery engine against Telegram's limits, in real time", () => {
  const db = useTestDatabase();

  /** One sender as one instance would run it: its own Api object and Telegram, the shared database. */
  function instance(api: ReturnType<typeof createFakeBotApi>, rate: number) {
    const announcements = createAnnouncementsService({ db: db.prisma, clock: systemClock, actors: createActors({ db: db.prisma, adminIds: [] }), timezone: "Europe/Berlin", quietHours: null, subscribers: async () => [] });
    const transport = createAnnouncementTransport({ api: new Api(TEST_BOT_TOKEN, { fetch: api.fetch }), translate: translatorOf(i18n), announcements, botUsername: () => "treffpunkt_test_bot", timezone: "Europe/Berlin" });
    return createDeliverySender({ db: db.prisma, clock: systemClock, transport, rate });
  }

  /** Drains until every row is done, as the once-a-second outbox tick would. */
  async function drainUntilDone(...senders: ReturnType<typeof createDeliverySender>[]) {
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      await Promise.all(senders.map((s) => s.drain()));
      if ((await db.prisma.delivery.count({ where: { status: { in: ["QUEUED", "SENDING"] } } })) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("deliveries did not finish");
  }

  it("when two instances share BROADCAST_RATE=30, then together they send about 30 a second and Telegram answers no 429", async () => {
    await queueBroadcast(db.prisma, 240);
    const telegram = createFakeBotApi(undefined, { limits: true });
    const started = performance.now();
    await drainUntilDone(instance(telegram, 30), instance(telegram, 30));
    const seconds = (performance.now() - started) / 1000;

    expect(telegram.tooManyRequests).toBe(0);
    expect(new Set(telegram.delivered("sendMessage").map((c) => c.payload.chat_id)).size).toBe(240);
    const rate = 240 / seconds;
    console.info(`two instances at a shared cap of 30/s: ${rate.toFixed(1)}/s`);
    expect(rate).toBeGreaterThanOrEqual(24); // 240 messages: the first second's start-up weighs in
    expect(rate).toBeLessThanOrEqual(31);
  }, 60_000);

  it("when a recipient has two messages due at once, then the second waits a second and Telegram answers no 429", async () => {
    const chats = await queueBroadcast(db.prisma, 20);
    const users = await db.prisma.user.findMany({ select: { id: true, locale: true, telegramId: true } });
    const actors = createActors({ db: db.prisma, adminIds: [users[0]!.telegramId] });
    const second = createAnnouncementsService({ db: db.prisma, clock: systemClock, actors, timezone: "Europe/Berlin", quietHours: null, subscribers: async () => users.map((u) => ({ userId: u.id, locale: u.locale })) });
    await second.create(users[0]!.id, { texts: { de: "Noch eine Nachricht" }, sourceLocale: "de", audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] }, urgent: true, scheduledAt: new Date() });
    await second.enqueueDue(new Date());
    const telegram = createFakeBotApi(undefined, { limits: true });

    await drainUntilDone(instance(telegram, Number.POSITIVE_INFINITY));

    expect(telegram.tooManyRequests).toBe(0);
    for (const chat of chats) {
      const times = telegram.delivered("sendMessage").filter((c) => Number(c.payload.chat_id) === chat).map((c) => c.at);
      expect(times).toHaveLength(2);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1_000);
    }
  }, 60_000);

  it("when one instance gets a 429, then the other pauses too until retry_after has passed", async () => {
    await queueBroadcast(db.prisma, 150);
    const first = createFakeBotApi();
    const second = createFakeBotApi();
    const tooMany = first.arrival("sendMessage", () => first.callsTo("sendMessage").length >= 20);
    first.setFaults((method) => (method === "sendMessage" && first.callsTo("sendMessage").length === 21 ? { error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } } : undefined));

    const draining = drainUntilDone(instance(first, 30), instance(second, 30));
    const limitedAt = (await tooMany).at;
    await draining;

    const during = [...first.delivered("sendMessage"), ...second.delivered("sendMessage")].filter((c) => c.at > limitedAt + 300 && c.at < limitedAt + 2_000);
    expect(during).toEqual([]);
    expect(second.delivered("sendMessage").some((c) => c.at < limitedAt)).toBe(true); // it was sending before
    expect(second.delivered("sendMessage").some((c) => c.at > limitedAt + 2_000)).toBe(true); // and after
    expect(new Set([...first.delivered("sendMessage"), ...second.delivered("sendMessage")].map((c) => c.payload.chat_id)).size).toBe(150);
  }, 60_000);
});
