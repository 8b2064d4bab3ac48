import { beforeEach, describe, expect, it } from "vitest";
import type { NewOffer } from "../../src/domain/offers.ts";
import { DuplicateSignupError, GUARDIAN_HOLD_MS } from "../../src/domain/signups.ts";
import { PRIORITY } from "../../src/domain/outbox.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const START = "2026-12-05T14:00:00Z"; // Saturday 15:00 in Berlin

describe("sign-ups", () => {
  const { db, services, clock, notes, build } = useServices({ now: NOW });
  let orgId: number;

  beforeEach(async () => {
    orgId = (await seedSmallCity(services)).orgId;
  });

  async function offer(extra: Partial<Omit<NewOffer, "startsAt">> = {}, startsAt = START): Promise<number> {
    const { id } = await services.offers.saveOffer(
      offerInput({ organizationId: orgId, startsAt, signupRequired: true, capacity: 20, texts: { de: { title: "Kochkurs", summary: "s" } }, ...extra }),
    );
    return services.offers.nextOccurrenceId(id);
  }
  async function users(count: number): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) ids.push((await services.users.identify({ telegramId: BigInt(50_000 + i), firstName: `P${i}` })).id);
    return ids;
  }
  const statusOf = async (signupId: number) => (await db.prisma.signup.findUniqueOrThrow({ where: { id: signupId } })).status;

  it("when 200 people sign up at once for 20 seats, then exactly 20 are confirmed and the rest wait in order; 3 cancellations promote the next 3", async () => {
    const occurrenceId = await offer({ capacity: 20 });
    const people = await users(200);

    const outcomes = await Promise.all(
      people.map((userId, i) => services.signups.signUp({ occurrenceId, userId, seats: 1, listName: `P${i}`, ageBand: "ADULT" }).then((o) => ({ ...o, userId }))),
    );

    expect(outcomes.filter((o) => o.status === "CONFIRMED")).toHaveLength(20);
    const waiting = outcomes.filter((o) => o.status === "WAITLISTED").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(waiting.map((o) => o.waitlistPosition)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    const seats = await db.prisma.signup.aggregate({ where: { occurrenceId, status: "CONFIRMED" }, _sum: { seats: true } });
    expect(seats._sum.seats).toBe(20);

    const confirmed = outcomes.filter((o) => o.status === "CONFIRMED").slice(0, 3);
    for (const c of confirmed) await services.signups.cancel({ signupId: c.signupId, userId: c.userId });

    expect(await Promise.all(waiting.slice(0, 4).map((w) => statusOf(w.signupId)))).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    expect((await notes.notices()).filter((n) => n.kind === "signup-promoted").map((n) => ("signup" in n ? n.signup.signupId : 0))).toEqual(waiting.slice(0, 3).map((w) => w.signupId));
    const after = await db.prisma.signup.aggregate({ where: { occurrenceId, status: "CONFIRMED" }, _sum: { seats: true } });
    expect(after._sum.seats).toBe(20);
  });

  it("when seats free up, then the earliest waiting sign-up that fits is promoted, not one that does not fit", async () => {
    const occurrenceId = await offer({ capacity: 4 });
    const [a, b, family, single] = await users(4);
    const first = await services.signups.signUp({ occurrenceId, userId: a!, seats: 3, listName: "A", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId, userId: b!, seats: 1, listName: "B", ageBand: "ADULT" });
    const big = await services.signups.signUp({ occurrenceId, userId: family!, seats: 4, listName: "Familie", ageBand: "ADULT" });
    const small = await services.signups.signUp({ occurrenceId, userId: single!, seats: 2, listName: "Single", ageBand: "ADULT" });
    expect([big.waitlistPosition, small.waitlistPosition]).toEqual([1, 2]);

    await services.signups.cancel({ signupId: first.signupId, userId: a! });

    expect(await statusOf(big.signupId)).toBe("WAITLISTED");
    expect(await statusOf(small.signupId)).toBe("CONFIRMED");
    expect(await notes.kinds()).toEqual(["signup-promoted:Single"]);
  });

  it("when a user signs up twice for the same date, then the second is refused; for another date of the offer it is allowed", async () => {
    const { id } = await services.offers.saveOffer(
      offerInput({ organizationId: orgId, startsAt: START, signupRequired: true, recurrence: "WEEKLY", recurrenceUntil: new Date("2026-12-20T00:00:00Z") }),
    );
    const [first, second] = (await db.prisma.offerOccurrence.findMany({ where: { offerId: id }, orderBy: { seq: "asc" } })).map((o) => o.id);
    const [u] = await users(1);
    await services.signups.signUp({ occurrenceId: first!, userId: u!, seats: 1, listName: "X", ageBand: "ADULT" });

    await expect(services.signups.signUp({ occurrenceId: first!, userId: u!, seats: 2, listName: "X", ageBand: "ADULT" })).rejects.toBeInstanceOf(DuplicateSignupError);
    await expect(services.signups.getOptions({ occurrenceId: first!, userId: u!, locale: "de" })).rejects.toMatchObject({ code: "signup-duplicate" });
    await expect(services.signups.signUp({ occurrenceId: second!, userId: u!, seats: 1, listName: "X", ageBand: "ADULT" })).resolves.toMatchObject({ status: "CONFIRMED" });
  });

  it("when sign-up is not possible, then the reason is a domain error: closed, not needed, cancelled, too many seats, wrong age", async () => {
    const [u] = await users(1);
    const closing = await offer({ signupClosesMinutesBefore: 60 * 24 * 5 });
    await expect(services.signups.signUp({ occurrenceId: closing, userId: u!, seats: 1, listName: "X", ageBand: "ADULT" })).rejects.toMatchObject({ code: "signup-closed" });
    const walkIn = await offer({ signupRequired: false });
    await expect(services.signups.getOptions({ occurrenceId: walkIn, userId: u!, locale: "de" })).rejects.toMatchObject({ code: "signup-not-open" });
    const limited = await offer({ maxSeatsPerSignup: 2 });
    await expect(services.signups.signUp({ occurrenceId: limited, userId: u!, seats: 3, listName: "X", ageBand: "ADULT" })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(services.signups.signUp({ occurrenceId: limited, userId: u!, seats: 0, listName: "X", ageBand: "ADULT" })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(services.signups.signUp({ occurrenceId: limited, userId: u!, seats: 1, listName: "\u0000\u202E ", ageBand: "ADULT" })).rejects.toMatchObject({ code: "invalid-input" });
    const teens = await offer({ ageMin: 12, ageMax: 17 });
    await expect(services.signups.signUp({ occurrenceId: teens, userId: u!, seats: 1, listName: "X", ageBand: "ADULT" })).rejects.toMatchObject({ code: "signup-age-mismatch" });
    await expect(services.signups.signUp({ occurrenceId: 999_999, userId: u!, seats: 1, listName: "X", ageBand: "ADULT" })).rejects.toMatchObject({ code: "offer-unavailable" });
    expect(await db.prisma.signup.count()).toBe(0);
  });

  it("when the sign-up asks its questions, then getOptions gives the title in the reader's language (else the source), the free seats and the waiting list; it refuses unknown, past, closed and cancelled dates", async () => {
    const occurrenceId = await offer({
      capacity: 5,
      maxSeatsPerSignup: 4,
      ageMin: 8,
      ageMax: 14,
      texts: { de: { title: "Kochkurs", summary: "s" }, ar: { title: "دورة طبخ", summary: "s" } },
    });
    const [a, b, c, d, asking] = await users(5);
    await services.signups.signUp({ occurrenceId, userId: a!, seats: 3, listName: "A", ageBand: "ADULT", childSeats: 3 });
    await services.signups.signUp({ occurrenceId, userId: b!, seats: 1, listName: "B", ageBand: "UNDER_16" }); // holds its seat for the guardian
    await services.signups.signUp({ occurrenceId, userId: c!, seats: 2, listName: "C", ageBand: "ADULT", childSeats: 2 }); // waits
    const gone = await services.signups.signUp({ occurrenceId, userId: d!, seats: 1, listName: "D", ageBand: "UNDER_16" });
    await services.signups.cancel({ signupId: gone.signupId, userId: d! }); // frees its seat again

    const arabic = await services.signups.getOptions({ occurrenceId, userId: asking!, locale: "ar" });
    expect(arabic).toEqual({
      occurrenceId,
      offerId: expect.any(Number),
      title: "دورة طبخ",
      startsAt: START.replace("Z", ".000Z"),
      maxSeats: 4,
      ageMin: 8,
      ageMax: 14,
      guardianAge: 16,
      freeSeats: 1,
      waiting: 1,
    });
    expect((await services.signups.getOptions({ occurrenceId, userId: asking!, locale: "uk" })).title).toBe("Kochkurs");
    // The cancelled one may sign up again; the one still waiting may not.
    await expect(services.signups.getOptions({ occurrenceId, userId: d!, locale: "de" })).resolves.toMatchObject({ freeSeats: 1 });
    await expect(services.signups.getOptions({ occurrenceId, userId: c!, locale: "de" })).rejects.toMatchObject({ code: "signup-duplicate" });
    const unlimited = await offer({ capacity: undefined });
    expect(await services.signups.getOptions({ occurrenceId: unlimited, userId: asking!, locale: "de" })).toMatchObject({ freeSeats: null, waiting: 0, maxSeats: 6 });

    await expect(services.signups.getOptions({ occurrenceId: 999_999, userId: asking!, locale: "de" })).rejects.toMatchObject({ code: "offer-unavailable" });
    const closing = await offer({ signupClosesMinutesBefore: 60 * 24 * 5 });
    await expect(services.signups.getOptions({ occurrenceId: closing, userId: asking!, locale: "de" })).rejects.toMatchObject({ code: "signup-closed" });
    const cancelled = await offer();
    await db.prisma.offer.updateMany({ where: { occurrences: { some: { id: cancelled } } }, data: { status: "CANCELLED" } });
    await expect(services.signups.getOptions({ occurrenceId: cancelled, userId: asking!, locale: "de" })).rejects.toMatchObject({ code: "offer-unavailable" });
    clock.set("2026-12-05T15:00:00Z"); // after the start
    await expect(services.signups.getOptions({ occurrenceId, userId: asking!, locale: "de" })).rejects.toMatchObject({ code: "offer-unavailable" });
  });

  it("when an adult books for children on a youth offer, then it is accepted with the child seats", async () => {
    const teens = await offer({ ageMin: 12, ageMax: 17 });
    const [u] = await users(1);
    const outcome = await services.signups.signUp({ occurrenceId: teens, userId: u!, seats: 3, childSeats: 2, listName: "Mama Samira", ageBand: "ADULT" });
    expect(outcome.status).toBe("CONFIRMED");
  });

  it("when cancelling after the cancellation deadline, then it is refused; a waiting-list place can always be given up", async () => {
    const occurrenceId = await offer({ capacity: 1, cancelDeadlineMinutes: 180 });
    const [a, b] = await users(2);
    const seat = await services.signups.signUp({ occurrenceId, userId: a!, seats: 1, listName: "A", ageBand: "ADULT" });
    const wait = await services.signups.signUp({ occurrenceId, userId: b!, seats: 1, listName: "B", ageBand: "ADULT" });
    clock.set("2026-12-05T12:00:00Z"); // two hours before

    await expect(services.signups.cancel({ signupId: seat.signupId, userId: a! })).rejects.toMatchObject({ code: "signup-cancel-too-late" });
    await expect(services.signups.cancel({ signupId: seat.signupId, userId: b! })).rejects.toMatchObject({ code: "signup-not-found" });
    await services.signups.cancel({ signupId: wait.signupId, userId: b! });
    expect(await statusOf(wait.signupId)).toBe("CANCELLED");
  });

  it("when a 14-year-old signs up, then the seat is held for a guardian, who confirms through the link", async () => {
    const occurrenceId = await offer({ ageMin: 12, ageMax: 17, capacity: 1 });
    const [child, parent] = await users(2);
    const outcome = await services.signups.signUp({ occurrenceId, userId: child!, seats: 1, listName: "Emre", ageBand: "UNDER_16" });
    expect(outcome.status).toBe("PENDING_GUARDIAN");
    expect(outcome.guardianToken).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const request = await services.signups.getGuardianRequest({ token: outcome.guardianToken!, locale: "de" });
    expect(request).toMatchObject({ listName: "Emre", title: "Kochkurs", status: "PENDING_GUARDIAN" });
    await expect(services.signups.guardianDecide({ token: outcome.guardianToken!, guardianUserId: child!, confirm: true })).rejects.toMatchObject({
      code: "guardian-self",
    });

    await services.signups.guardianDecide({ token: outcome.guardianToken!, guardianUserId: parent!, confirm: true });
    expect(await statusOf(outcome.signupId)).toBe("CONFIRMED");
    expect(await notes.kinds()).toEqual(["guardian-confirmed:Emre"]);
    await expect(services.signups.getGuardianRequest({ token: outcome.guardianToken!, locale: "de" })).rejects.toMatchObject({ code: "guardian-link-invalid" });
    await expect(services.signups.getGuardianRequest({ token: "forged-token-forged-tok", locale: "de" })).rejects.toMatchObject({ code: "guardian-link-invalid" });
  });

  it("when no guardian confirms within 48 hours, then the hold lapses and the waiting list moves", async () => {
    const occurrenceId = await offer({ ageMin: 12, ageMax: 17, capacity: 1 });
    const [child, other] = await users(2);
    const held = await services.signups.signUp({ occurrenceId, userId: child!, seats: 1, listName: "Emre", ageBand: "UNDER_16" });
    const waiting = await services.signups.signUp({ occurrenceId, userId: other!, seats: 1, listName: "Lina", ageBand: "AGE_16_17" });

    await services.signups.runScheduled(new Date(new Date(NOW).getTime() + GUARDIAN_HOLD_MS - 60_000));
    expect(await statusOf(held.signupId)).toBe("PENDING_GUARDIAN");

    clock.set(new Date(new Date(NOW).getTime() + GUARDIAN_HOLD_MS));
    const result = await services.signups.runScheduled(clock.now());
    expect(result.lapsed).toBe(1);
    expect(await statusOf(held.signupId)).toBe("LAPSED");
    expect(await statusOf(waiting.signupId)).toBe("CONFIRMED");
    expect(await notes.kinds()).toEqual(["signup-lapsed:Emre", "signup-promoted:Lina"]);
  });

  it("when a guardian declines, then the seat is freed and the young person is told", async () => {
    const occurrenceId = await offer({ ageMin: 12, ageMax: 17 });
    const [child, parent] = await users(2);
    const held = await services.signups.signUp({ occurrenceId, userId: child!, seats: 1, listName: "Emre", ageBand: "UNDER_16" });
    await services.signups.guardianDecide({ token: held.guardianToken!, guardianUserId: parent!, confirm: false });
    expect(await statusOf(held.signupId)).toBe("DECLINED");
    expect(await notes.kinds()).toEqual(["guardian-declined:Emre"]);
  });

  it("when the scheduled job runs at the right times, then the reminder and “still coming?” go out once each, even when run twice", async () => {
    const occurrenceId = await offer({ reminderLeadMinutes: 24 * 60 });
    const [u] = await users(1);
    await services.signups.signUp({ occurrenceId, userId: u!, seats: 2, listName: "Anna", ageBand: "ADULT" });

    // Thursday 14:00 UTC: 48 hours before the start.
    const twoDaysBefore = new Date("2026-12-03T14:00:00Z");
    expect(await services.signups.runScheduled(twoDaysBefore)).toEqual({ lapsed: 0, reminders: 0, stillComing: 1 });
    expect(await services.signups.runScheduled(twoDaysBefore)).toEqual({ lapsed: 0, reminders: 0, stillComing: 0 });

    const dayBefore = new Date("2026-12-04T14:00:00Z");
    expect(await services.signups.runScheduled(new Date(dayBefore.getTime() - 60_000))).toMatchObject({ reminders: 0 });
    expect(await services.signups.runScheduled(dayBefore)).toMatchObject({ reminders: 1, stillComing: 0 });
    expect(await services.signups.runScheduled(dayBefore)).toMatchObject({ reminders: 0 });
    expect(await notes.kinds()).toEqual(["signup-still-coming:Anna", "signup-reminder:Anna"]);
  });

  it("when two instances run the job at the same moment, then each notice is sent by only one of them", async () => {
    const occurrenceId = await offer({ capacity: 50 });
    const people = await users(30);
    for (const userId of people) await services.signups.signUp({ occurrenceId, userId, seats: 1, listName: `P${userId}`, ageBand: "ADULT" });
    const other = build();

    const at = new Date("2026-12-04T14:00:00Z");
    const [a, b] = await Promise.all([services.signups.runScheduled(at), other.signups.runScheduled(at)]);
    expect(a.reminders + b.reminders).toBe(30);
    expect(new Set((await notes.notices()).map((n) => ("signup" in n ? n.signup.signupId : 0))).size).toBe(30);
  });

  it("when a reminder is due for someone who blocked the bot, then nothing is queued for them; the others' reminders are queued once", async () => {
    const occurrenceId = await offer();
    const [u, blocked] = await users(2);
    await services.signups.signUp({ occurrenceId, userId: u!, seats: 1, listName: "Anna", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId, userId: blocked!, seats: 1, listName: "Blocked", ageBand: "ADULT" });
    await db.prisma.user.update({ where: { id: blocked! }, data: { blockedAt: clock.now() } });

    const at = new Date("2026-12-04T14:00:00Z");
    expect((await services.signups.runScheduled(at)).reminders).toBe(1);
    expect((await services.signups.runScheduled(new Date(at.getTime() + 60_000))).reminders).toBe(0);
    expect((await notes.kinds()).filter((k) => k.startsWith("signup-reminder"))).toEqual(["signup-reminder:Anna"]);
  });

  describe("quiet hours (21:00–08:00 Berlin)", () => {
    const QUIET = { startMinute: 21 * 60, endMinute: 8 * 60 };

    it("when a reminder for 09:00 would fall into the night, then it is queued the evening before, just before the quiet hours", async () => {
      const quiet = build({ quietHours: QUIET });
      // Saturday 09:00 Berlin, reminder 2 hours before (07:00: quiet).
      const occurrenceId = await offer({ reminderLeadMinutes: 120 }, "2026-12-05T08:00:00Z");
      const [u] = await users(1);
      await services.signups.signUp({ occurrenceId, userId: u!, seats: 1, listName: "Anna", ageBand: "ADULT" });

      clock.set("2026-12-04T19:58:00Z"); // 20:58
      expect((await quiet.signups.runScheduled(clock.now())).reminders).toBe(0);
      clock.set("2026-12-04T19:59:00Z"); // 20:59
      expect((await quiet.signups.runScheduled(clock.now())).reminders).toBe(1);
      const row = (await notes.rows()).find((r) => r.kind === "signup-reminder");
      expect(row).toMatchObject({ kind: "signup-reminder", notBefore: new Date("2026-12-04T19:59:00Z") });
    });

    it("when a reminder's time is outside quiet hours, then it is queued at its time", async () => {
      const quiet = build({ quietHours: QUIET });
      const occurrenceId = await offer({ reminderLeadMinutes: 24 * 60 }); // Saturday 15:00: reminder Friday 15:00
      const [u] = await users(1);
      await services.signups.signUp({ occurrenceId, userId: u!, seats: 1, listName: "Anna", ageBand: "ADULT" });
      expect((await quiet.signups.runScheduled(new Date("2026-12-04T13:59:00Z"))).reminders).toBe(0);
      expect((await quiet.signups.runScheduled(new Date("2026-12-04T14:00:00Z"))).reminders).toBe(1);
    });

    it("when a seat becomes free at night for a date days away, then the promotion waits for the morning, ahead of announcements", async () => {
      const quiet = build({ quietHours: QUIET });
      const occurrenceId = await offer({ capacity: 1, cancelDeadlineMinutes: 0 });
      const [a, b] = await users(2);
      const seat = await quiet.signups.signUp({ occurrenceId, userId: a!, seats: 1, listName: "A", ageBand: "ADULT" });
      await quiet.signups.signUp({ occurrenceId, userId: b!, seats: 1, listName: "B", ageBand: "ADULT" });
      clock.set("2026-12-01T22:00:00Z"); // 23:00 Berlin
      await quiet.signups.cancel({ signupId: seat.signupId, userId: a! });
      const [row] = await notes.rows();
      expect(row).toMatchObject({ kind: "signup-promoted", priority: PRIORITY.transactional, notBefore: new Date("2026-12-02T07:00:00Z") });
    });

    it("when a seat becomes free at night for a date less than 12 hours away, then the promotion goes out at once", async () => {
      const quiet = build({ quietHours: QUIET });
      const occurrenceId = await offer({ capacity: 1, cancelDeadlineMinutes: 0 }, "2026-12-02T08:00:00Z"); // 09:00 the next morning
      const [a, b] = await users(2);
      const seat = await quiet.signups.signUp({ occurrenceId, userId: a!, seats: 1, listName: "A", ageBand: "ADULT" });
      await quiet.signups.signUp({ occurrenceId, userId: b!, seats: 1, listName: "B", ageBand: "ADULT" });
      clock.set("2026-12-01T22:00:00Z"); // 23:00 Berlin, 10 hours before
      await quiet.signups.cancel({ signupId: seat.signupId, userId: a! });
      const [row] = await notes.rows();
      expect(row).toMatchObject({ kind: "signup-promoted", notBefore: new Date("2026-12-01T22:00:00Z") });
    });
  });

  it("when someone answers “No” to “still coming?”, then the seat is freed at once and the next in line is promoted", async () => {
    const occurrenceId = await offer({ capacity: 1, cancelDeadlineMinutes: 60 * 24 * 5 });
    const [a, b] = await users(2);
    const seat = await services.signups.signUp({ occurrenceId, userId: a!, seats: 1, listName: "A", ageBand: "ADULT" });
    const wait = await services.signups.signUp({ occurrenceId, userId: b!, seats: 1, listName: "B", ageBand: "ADULT" });

    await expect(services.signups.cancel({ signupId: seat.signupId, userId: a! })).rejects.toMatchObject({ code: "signup-cancel-too-late" });
    await services.signups.declineAttendance({ signupId: seat.signupId, userId: a! });
    expect(await statusOf(wait.signupId)).toBe("CONFIRMED");
  });

  it("when a user lists their sign-ups, then upcoming ones appear with status and waiting position", async () => {
    const full = await offer({ capacity: 1, texts: { de: { title: "Voll", summary: "s" }, en: { title: "Full", summary: "s" } } });
    const open = await offer({ texts: { de: { title: "Frei", summary: "s" } } }, "2026-12-04T14:00:00Z");
    const [a, b] = await users(2);
    await services.signups.signUp({ occurrenceId: full, userId: a!, seats: 1, listName: "A", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId: full, userId: b!, seats: 1, listName: "B", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId: open, userId: b!, seats: 2, listName: "B", ageBand: "ADULT" });

    const mine = await services.signups.listForUser({ userId: b!, locale: "en" });
    expect(mine.map((m) => [m.title, m.status, m.waitlistPosition, m.seats])).toEqual([
      ["Frei", "CONFIRMED", null, 2],
      ["Full", "WAITLISTED", 1, 1],
    ]);
  });
});
