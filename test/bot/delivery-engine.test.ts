// The delivery engine with the real Bot API transport against the fake Bot API.
import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { createAnnouncementTransport } from "../../src/bot/announcement-transport.ts";
import { createI18n, translatorOf } from "../../src/bot/i18n.ts";
import { createActors } from "../../src/domain/actors.ts";
import { createAnnouncementsService, type Recipient } from "../../src/domain/announcements.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { createDeliverySender, type DeliveryTransport } from "../../src/domain/deliveries.ts";
import { createFakeBotApi, TEST_BOT_TOKEN } from "../support/fake-telegram.ts";
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
