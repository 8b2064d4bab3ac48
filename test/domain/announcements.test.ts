import { beforeEach, describe, expect, it } from "vitest";
import { createActors } from "../../src/domain/actors.ts";
import { afterQuietHours, createAnnouncementsService, nextRepeat, type Recipient } from "../../src/domain/announcements.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { watchOverlappingQueries } from "../support/database.ts";
import { useTestDatabase } from "../support/services.ts";

const TZ = "Europe/Berlin";
const QUIET = { startMinute: 21 * 60, endMinute: 8 * 60 };

describe("announcement rules", () => {
  it.each([
    ["2026-12-01T19:59:00Z", "2026-12-01T19:59:00.000Z"], // 20:59 Berlin: not quiet
    ["2026-12-01T20:00:00Z", "2026-12-02T07:00:00.000Z"], // 21:00: wait for 08:00
    ["2026-12-02T02:00:00Z", "2026-12-02T07:00:00.000Z"], // 03:00: wait for 08:00 the same day
    ["2026-12-02T07:00:00Z", "2026-12-02T07:00:00.000Z"], // 08:00: go
    ["2026-07-01T19:30:00Z", "2026-07-02T06:00:00.000Z"], // summer time: 21:30 CEST -> 08:00 CEST
  ])("when a message is due at %s, then it may go at %s", (now, expected) => {
    expect(afterQuietHours(new Date(now), QUIET, TZ).toISOString()).toBe(expected);
  });

  it("when quiet hours are off, then messages go at once", () => {
    expect(afterQuietHours(new Date("2026-12-01T23:00:00Z"), null, TZ).toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });

  it("when an announcement repeats weekly or monthly, then the next run keeps the local time across the clock change", () => {
    // Thursdays at 18:00 Berlin; after 29 Oct the clocks went back.
    expect(nextRepeat("weekly:4:18:00", new Date("2026-10-22T16:00:00Z"), TZ).toISOString()).toBe("2026-10-29T17:00:00.000Z");
    expect(nextRepeat("weekly:4:18:00", new Date("2026-10-20T10:00:00Z"), TZ).toISOString()).toBe("2026-10-22T16:00:00.000Z");
    expect(nextRepeat("monthly:15:09:00", new Date("2026-12-15T08:00:00Z"), TZ).toISOString()).toBe("2027-01-15T08:00:00.000Z");
  });
});

describe("announcements service", () => {
  const db = useTestDatabase();
  const clock = fixedClock("2026-12-01T10:00:00Z");
  let people: Recipient[];

  beforeEach(async () => {
    clock.set("2026-12-01T10:00:00Z");
    // The first is staff of a trusted organization (the author); all three are subscribers.
    const org = await db.prisma.organization.create({ data: { name: "Treff", trusted: true } });
    await db.prisma.user.createMany({
      data: [1, 2, 3].map((n) => ({ telegramId: BigInt(n), locale: n === 3 ? "ar" : "de", role: n === 1 ? ("STAFF" as const) : ("RESIDENT" as const), organizationId: n === 1 ? org.id : null })),
    });
    people = (await db.prisma.user.findMany({ orderBy: { id: "asc" } })).map((u) => ({ userId: u.id, locale: u.locale }));
  });

  let wakes = 0;
  beforeEach(() => void (wakes = 0));
  const service = (sendRate?: number) =>
    createAnnouncementsService({ db: db.prisma, clock, actors: createActors({ db: db.prisma, adminIds: [] }), timezone: TZ, quietHours: QUIET, subscribers: async () => people, wake: () => void wakes++, sendRate });
  const author = () => people[0]!.userId;
  const draft = (extra: Partial<Parameters<ReturnType<typeof service>["create"]>[1]> = {}) => ({
    texts: { de: "Hallo" },
    sourceLocale: "de" as const,
    audience: { kind: "SUBSCRIBERS" as const, topic: "general", districtIds: [], languages: [] },
    urgent: false,
    scheduledAt: clock.now(),
    ...extra,
  });

  it("when a resident or bad input tries to create one, then it is refused", async () => {
    await expect(service().create(people[1]!.userId, draft())).rejects.toMatchObject({ code: "forbidden" });
    await expect(service().create(author(), draft({ texts: { en: "Hi" } }))).rejects.toMatchObject({ code: "invalid-input" });
    await expect(service().create(author(), draft({ texts: { de: "x".repeat(5000) } }))).rejects.toMatchObject({ code: "invalid-input" });
    await expect(service().create(author(), draft({ scheduledAt: new Date("2026-11-30T10:00:00Z") }))).rejects.toMatchObject({ code: "announcement-time-passed" });
    await expect(service().create(author(), draft({ repeatRule: "daily:9" }))).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.prisma.announcement.count()).toBe(0);
  });

  it("when two instances queue due announcements at once, then each recipient gets one delivery", async () => {
    await service().create(author(), draft({ scheduledAt: new Date("2026-12-01T10:05:00Z") }));
    await service().create(author(), draft({ texts: { de: "Zweite" }, scheduledAt: new Date("2026-12-01T10:05:00Z") }));
    expect(await db.prisma.delivery.count()).toBe(0);
    clock.set("2026-12-01T10:05:00Z");
    const [a, b] = await Promise.all([service().enqueueDue(clock.now()), service().enqueueDue(clock.now())]);
    expect(a + b).toBe(6);
    expect(await db.prisma.delivery.count()).toBe(6);
  });

  it("when an announcement reaches 12,000 people, then each gets one delivery, and no statement waits on a busy connection (pg 9 refuses that)", async () => {
    await db.prisma.user.createMany({ data: Array.from({ length: 12_000 }, (_, i) => ({ telegramId: BigInt(900_000 + i), locale: i % 2 ? "de" : "uk" })) });
    people = (await db.prisma.user.findMany({ orderBy: { id: "asc" } })).map((u) => ({ userId: u.id, locale: u.locale }));
    await service().create(author(), draft({ scheduledAt: new Date("2026-12-01T10:05:00Z") }));
    clock.set("2026-12-01T10:05:00Z");
    // Every query on one pg connection must start after the one before ended: pg 8 queues the
    // rest with a deprecation warning, pg 9 will refuse them. (On PGlite there is one connection
    // and its adapter serializes; the count below is what counts there.)
    const overlaps = await watchOverlappingQueries(() => service().enqueueDue(clock.now()));
    expect(await db.prisma.delivery.count()).toBe(12_003);
    expect(await db.prisma.delivery.groupBy({ by: ["userId"], having: { userId: { _count: { gt: 1 } } } })).toEqual([]);
    expect(overlaps).toBe(0);
  });

  it("when a repeating announcement is queued, then the next one is scheduled; a cancelled one is never queued", async () => {
    await service().create(author(), draft({ repeatRule: "weekly:2:11:00", scheduledAt: new Date("2026-12-01T10:30:00Z") }));
    const { id: cancelled } = await service().create(author(), draft({ scheduledAt: new Date("2026-12-01T12:00:00Z") }));
    await service().cancel(author(), cancelled);
    await expect(service().cancel(author(), cancelled)).rejects.toMatchObject({ code: "announcement-not-editable" });

    clock.set("2026-12-01T12:30:00Z");
    expect(await service().enqueueDue(clock.now())).toBe(3);
    const scheduled = await service().listScheduled(author());
    expect(scheduled.map((s) => s.scheduledAt.toISOString())).toEqual(["2026-12-08T10:00:00.000Z"]);
  });

  it("when an announcement is edited before it starts, then the change is kept; after it started, editing is refused", async () => {
    const { id } = await service().create(author(), draft({ scheduledAt: new Date("2026-12-02T10:00:00Z") }));
    await service().edit(author(), id, { texts: { de: "Neu" }, scheduledAt: new Date("2026-12-03T10:00:00Z") });
    expect((await service().listScheduled(author()))[0]).toMatchObject({ texts: { de: "Neu" } });
    clock.set("2026-12-03T10:00:00Z");
    await service().enqueueDue(clock.now());
    await expect(service().edit(author(), id, { texts: { de: "Zu spät" } })).rejects.toMatchObject({ code: "announcement-not-editable" });
  });

  it("when staff confirm “Send now” after reading the preview for 90 seconds, then it is queued at the confirmation and the sender is woken", async () => {
    clock.advance(90_000);
    const { id } = await service().create(author(), draft({ scheduledAt: "now" }));
    const announcement = await db.prisma.announcement.findUniqueOrThrow({ where: { id } });
    expect(announcement).toMatchObject({ status: "SENDING", scheduledAt: clock.now(), enqueuedAt: clock.now() });
    expect(await db.prisma.delivery.count({ where: { announcementId: id, notBefore: clock.now() } })).toBe(3);
    expect(wakes).toBe(1);
  });

  it("when a chosen time passed less than a minute ago, then it goes now; more than a minute ago, the time is asked again and nothing is stored", async () => {
    const chosen = clock.now();
    clock.advance(30_000);
    const { id } = await service().create(author(), draft({ scheduledAt: chosen }));
    expect(await db.prisma.delivery.count({ where: { announcementId: id } })).toBe(3);
    clock.advance(60_000);
    await expect(service().create(author(), draft({ scheduledAt: chosen }))).rejects.toMatchObject({ code: "announcement-time-passed" });
    expect(await db.prisma.announcement.count()).toBe(1);
  });

  it("when a broadcast is under way, then its progress shows what is sent, waiting and for the morning, with an estimated end at the sender's rate", async () => {
    const { id } = await service().create(author(), draft({ scheduledAt: "now" }));
    await db.prisma.delivery.updateMany({ where: { announcementId: id, userId: people[0]!.userId }, data: { status: "SENT" } });
    const [progress] = await service(1).recentStats(author(), 5);
    expect(progress).toEqual({ id, queued: 2, sent: 1, failed: 0, blocked: 0, waitingForMorning: 0, estimatedEnd: new Date(clock.now().getTime() + 2000) });

    // At night: held back until 08:00, then two more seconds at 1/s.
    clock.set("2026-12-01T22:00:00Z");
    const night = await service().create(author(), draft({ scheduledAt: "now" }));
    const [latest] = await service(1).recentStats(author(), 5);
    expect(latest).toMatchObject({ id: night.id, queued: 0, waitingForMorning: 3, estimatedEnd: new Date(new Date("2026-12-02T07:00:00Z").getTime() + 5000) });
  });
});
