// Notices through the outbox: the domain queues a row, the one sender delivers it through the
// outbox transport (notice rendering from src/bot/notifier.ts) against the fake Bot API.
import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { createAnnouncementTransport } from "../../src/bot/announcement-transport.ts";
import { createI18n, translatorOf } from "../../src/bot/i18n.ts";
import { stillComingAnswer } from "../../src/bot/keyboards/signups.ts";
import { createNoticeTransport } from "../../src/bot/notifier.ts";
import { createOutboxTransport } from "../../src/bot/outbox-transport.ts";
import { createDeliverySender } from "../../src/domain/deliveries.ts";
import type { Notice } from "../../src/domain/notifier.ts";
import { encodeNotice, PRIORITY } from "../../src/domain/outbox.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { createFakeBotApi, stripBidi, TEST_BOT_TOKEN, type FakeBotApi } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const i18n = createI18n({ defaultLocale: "de" });
const START = "2026-12-05T14:00:00Z";

const signupNotice = (kind: Notice["kind"], locale?: string): Notice =>
  ({
    kind,
    to: { telegramId: 4242n, locale },
    signup: {
      signupId: 17,
      occurrenceId: 3,
      offerId: 2,
      title: "Sprachcafé <Nord>",
      startsAt: new Date(START),
      endsAt: null,
      place: "Coerde",
      seats: 2,
      listName: "Layla",
    },
  }) as Notice;

function noticeTransport(api: FakeBotApi) {
  return createNoticeTransport({ api: new Api(TEST_BOT_TOKEN, { fetch: api.fetch }), translate: translatorOf(i18n), timezone: "Europe/Berlin" });
}

describe("notice rendering", () => {
  it("when a still-coming notice goes to an Arabic user, then it is Arabic, escaped, with Yes and No buttons", async () => {
    const api = createFakeBotApi();
    const notice = signupNotice("signup-still-coming", "ar");
    const result = await noticeTransport(api).send({ id: 1, kind: notice.kind, priority: PRIORITY.notice, announcementId: null, payload: encodeNotice(notice), userId: 1, telegramId: 4242n, locale: "ar" });
    expect(result).toMatchObject({ kind: "sent" });

    const [call] = api.callsTo("sendMessage");
    expect(call!.payload.chat_id).toBe(4242);
    expect(stripBidi(call!.payload.text)).toContain(stripBidi(i18n.t("ar", "notice-still-coming")));
    expect(call!.payload.text).toContain("Sprachcafé &lt;Nord&gt;");
    const data = call!.payload.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => stillComingAnswer.unpack(b.callback_data));
    expect(data).toEqual([
      { answer: "y", signupId: 17 },
      { answer: "n", signupId: 17 },
    ]);
  });
});

describe("notices through the outbox", () => {
  const { db, services, clock, notes } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let api: FakeBotApi;

  beforeEach(async () => {
    cast = await seedCast(db);
    api = createFakeBotApi();
  });

  function engine(options: { concurrency?: number } = {}) {
    const outboxApi = new Api(TEST_BOT_TOKEN, { fetch: api.fetch });
    const transport = createOutboxTransport({
      announcements: createAnnouncementTransport({ api: outboxApi, translate: translatorOf(i18n), announcements: services.announcements, botUsername: () => "treffpunkt_test_bot", timezone: "Europe/Berlin" }),
      notices: createNoticeTransport({ api: outboxApi, translate: translatorOf(i18n), timezone: "Europe/Berlin" }),
    });
    // Waiting for a backoff moves the fixed clock instead of sleeping.
    return createDeliverySender({ db: db.prisma, clock, transport, rate: Number.POSITIVE_INFINITY, concurrency: options.concurrency ?? 8, sleep: async (ms) => clock.advance(ms) });
  }

  /** Drains until nothing is left, moving the clock past backoffs. */
  async function drainAll(sender: ReturnType<typeof engine>) {
    for (let round = 0; round < 20; round++) {
      await sender.drain();
      const next = await db.prisma.delivery.findFirst({ where: { status: { in: ["QUEUED", "SENDING"] } }, orderBy: { notBefore: "asc" } });
      if (!next) return;
      if (next.notBefore > clock.now()) clock.set(next.notBefore);
    }
    throw new Error("deliveries did not finish");
  }

  /** An offer of organization A with the resident signed up; staff A cancels it. */
  async function cancelWithResidentSignedUp(): Promise<void> {
    const { id } = await services.offers.saveOffer(
      offerInput({ organizationId: cast.orgs.A, startsAt: START, signupRequired: true, capacity: 5, texts: { de: { title: "Fußball", summary: "s" } } }),
    );
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    await services.signups.signUp({ occurrenceId, userId: cast.users.resident.id, seats: 1, listName: "Resident", ageBand: "ADULT" });
    expect(await services.offerManagement.cancel(cast.users.staffA.id, id)).toEqual({ notified: 1 });
  }

  const toResident = () => api.delivered("sendMessage").filter((c) => BigInt(c.payload.chat_id) === cast.users.resident.telegramId);

  it("when the first two attempts of a cancellation notice fail with 500 and a dropped connection, then it arrives exactly once", async () => {
    await cancelWithResidentSignedUp();
    expect(await notes.kinds()).toEqual(["offer-cancelled:Fußball"]);
    api.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });
    api.failNext("sendMessage", "drop");

    await drainAll(engine());

    expect(api.callsTo("sendMessage")).toHaveLength(3);
    expect(toResident()).toHaveLength(1);
    expect(stripBidi(toResident()[0]!.payload.text)).toContain(stripBidi(i18n.t("de", "notice-offer-cancelled")));
    const [row] = await notes.rows();
    expect(row).toMatchObject({ status: "SENT", attempts: 3, priority: PRIORITY.transactional });
  });

  it("when the recipient blocked the bot, then they are marked blocked and the notice is not retried", async () => {
    await cancelWithResidentSignedUp();
    api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });

    await drainAll(engine());
    clock.advance(3_600_000);
    await drainAll(engine());

    expect(api.callsTo("sendMessage")).toHaveLength(1);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: cast.users.resident.id } })).blockedAt).not.toBeNull();
    expect((await notes.rows())[0]).toMatchObject({ status: "BLOCKED", attempts: 1 });
  });

  it("when a transactional notice is queued after 1,000 announcement rows, then it goes out first", async () => {
    await db.prisma.user.createMany({ data: Array.from({ length: 1000 }, (_, i) => ({ telegramId: BigInt(500_000 + i), locale: "de" })) });
    const readers = await db.prisma.user.findMany({ where: { telegramId: { gte: 500_000n } }, select: { id: true } });
    const announcement = await db.prisma.announcement.create({
      data: { texts: { de: "Stadtfest" }, sourceLocale: "de", scheduledAt: clock.now(), status: "SENDING", enqueuedAt: clock.now(), authorUserId: cast.users.staffA.id },
    });
    await db.prisma.delivery.createMany({ data: readers.map((r) => ({ announcementId: announcement.id, userId: r.id, locale: "de", notBefore: clock.now() })) });
    await cancelWithResidentSignedUp();

    await engine({ concurrency: 1 }).drain({ maxRows: 1 });

    const [first] = api.callsTo("sendMessage");
    expect(BigInt(first!.payload.chat_id)).toBe(cast.users.resident.telegramId);
  });

  it("when every delivery of an announcement is done, then its author gets one short report in their language", async () => {
    const announcement = await db.prisma.announcement.create({
      data: { texts: { de: "Stadtfest" }, sourceLocale: "de", scheduledAt: clock.now(), status: "SENDING", enqueuedAt: clock.now(), authorUserId: cast.users.staffA.id },
    });
    await db.prisma.delivery.createMany({
      data: [
        { announcementId: announcement.id, userId: cast.users.resident.id, locale: "de", notBefore: clock.now(), status: "SENT" },
        { announcementId: announcement.id, userId: cast.users.staffB.id, locale: "de", notBefore: clock.now(), status: "BLOCKED" },
      ],
    });
    expect(await services.announcements.markFinished()).toBe(1);
    expect(await services.announcements.markFinished()).toBe(0);
    expect(await notes.kinds()).toEqual([`announcement-report:#${announcement.id}`]);

    await drainAll(engine());
    const reports = api.delivered("sendMessage").filter((c) => BigInt(c.payload.chat_id) === cast.users.staffA.telegramId);
    expect(reports.map((c) => stripBidi(c.payload.text))).toEqual([stripBidi(i18n.t("de", "notice-announcement-report", { id: announcement.id, sent: 1, failed: 0, blocked: 1 }))]);
  });
});

describe("notifier: announcement decisions", () => {
  it("when an author's announcement was returned, then they get it in their language with the escaped excerpt, the time and the reason", async () => {
    const api = createFakeBotApi();
    const returned: Notice = {
      kind: "announcement-rejected",
      to: { telegramId: 4242n, locale: "uk" },
      announcement: { announcementId: 9, excerpt: "Знижки <50%>", scheduledAt: new Date("2026-12-05T14:00:00Z") },
      reason: "Без реклами",
    };
    const row = { id: 1, kind: returned.kind, priority: PRIORITY.notice, announcementId: null, payload: encodeNotice(returned), userId: 1, telegramId: 4242n, locale: "uk" };
    expect(await noticeTransport(api).send(row)).toMatchObject({ kind: "sent" });
    const text = stripBidi(api.callsTo("sendMessage")[0]!.payload.text);
    expect(text).toContain(stripBidi(i18n.t("uk", "notice-announcement-rejected")));
    expect(text).toContain("Знижки &lt;50%&gt;");
    expect(text).toContain(stripBidi(i18n.t("uk", "notice-offer-reason", { reason: "Без реклами" })));
    expect(text).toContain(stripBidi(i18n.t("uk", "notice-announcement-when", { date: "" })).trim());
    expect(text).toContain("15:00"); // 14:00 UTC in Berlin
  });
});

describe("notifier: imports waiting for approval", () => {
  it("when an import left offers waiting, then the admin gets one message in their language with the escaped organization and the number", async () => {
    const api = createFakeBotApi();
    const summary: Notice = { kind: "import-pending", to: { telegramId: 4242n, locale: "ar" }, organizationName: "Café <Nord> & Co", count: 40 };
    const row = { id: 1, kind: summary.kind, priority: PRIORITY.notice, announcementId: null, payload: encodeNotice(summary), userId: 1, telegramId: 4242n, locale: "ar" };
    expect(await noticeTransport(api).send(row)).toMatchObject({ kind: "sent" });
    const [call] = api.callsTo("sendMessage");
    expect(call!.payload.parse_mode).toBe("HTML");
    const text = stripBidi(call!.payload.text);
    expect(text).toBe(stripBidi(i18n.t("ar", "import-pending-notice", { organization: "Café &lt;Nord&gt; &amp; Co", count: 40 })));
    expect(text).toContain("Café &lt;Nord&gt; &amp; Co");
  });
});
