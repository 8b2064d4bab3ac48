import { describe, expect, it } from "vitest";
import { expandOccurrences, MAX_OCCURRENCES } from "../../src/domain/recurrence.ts";

const berlinTime = (date: Date) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", weekday: "short", hour: "2-digit", minute: "2-digit" }).format(date);

describe("recurrence", () => {
  it("when a weekly offer crosses the end of summer time, then it stays at 18:00 Berlin time and moves by an hour in UTC", () => {
    // Sunday 25 Oct 2026, 03:00 CEST -> 02:00 CET.
    const dates = expandOccurrences({
      startsAt: new Date("2026-10-15T16:00:00Z"), // Thu 18:00 CEST
      endsAt: new Date("2026-10-15T18:00:00Z"),
      recurrence: "WEEKLY",
      until: new Date("2026-11-05T23:00:00Z"),
      timezone: "Europe/Berlin",
    });

    expect(dates.map((d) => d.startsAt.toISOString())).toEqual([
      "2026-10-15T16:00:00.000Z",
      "2026-10-22T16:00:00.000Z",
      "2026-10-29T17:00:00.000Z",
      "2026-11-05T17:00:00.000Z",
    ]);
    expect(dates.map((d) => berlinTime(d.startsAt))).toEqual(["Do., 18:00", "Do., 18:00", "Do., 18:00", "Do., 18:00"]);
    expect(dates.map((d) => berlinTime(d.endsAt!))).toEqual(["Do., 20:00", "Do., 20:00", "Do., 20:00", "Do., 20:00"]);
    expect(dates.map((d) => d.seq)).toEqual([0, 1, 2, 3]);
  });

  it("when a bi-weekly offer crosses the start of summer time, then it keeps its local time every second week", () => {
    // Sunday 29 Mar 2026, 02:00 CET -> 03:00 CEST.
    const dates = expandOccurrences({
      startsAt: new Date("2026-03-14T09:30:00Z"), // Sat 10:30 CET
      endsAt: null,
      recurrence: "BIWEEKLY",
      until: new Date("2026-04-12T00:00:00Z"),
      timezone: "Europe/Berlin",
    });
    expect(dates.map((d) => d.startsAt.toISOString())).toEqual(["2026-03-14T09:30:00.000Z", "2026-03-28T09:30:00.000Z", "2026-04-11T08:30:00.000Z"]);
    expect(dates.every((d) => d.endsAt === null)).toBe(true);
  });

  it("when an offer does not repeat or has no end date, then it has exactly its first date", () => {
    const once = { startsAt: new Date("2026-12-01T10:00:00Z"), endsAt: null, until: null, timezone: "Europe/Berlin" };
    expect(expandOccurrences({ ...once, recurrence: "NONE" })).toHaveLength(1);
    expect(expandOccurrences({ ...once, recurrence: "WEEKLY" })).toHaveLength(1);
  });

  it("when the end date is years away, then the number of dates is capped", () => {
    const dates = expandOccurrences({
      startsAt: new Date("2026-01-01T10:00:00Z"),
      endsAt: null,
      recurrence: "WEEKLY",
      until: new Date("2036-01-01T00:00:00Z"),
      timezone: "Europe/Berlin",
    });
    expect(dates).toHaveLength(MAX_OCCURRENCES);
  });
});
