// Expands a weekly or bi-weekly offer into its dates. Repeats keep the local wall-clock time
// in the bot's time zone: a language café at 18:00 stays at 18:00 after the clocks change,
// which moves it by an hour in UTC.
import { DateTime } from "luxon";

export type RecurrenceRule = "NONE" | "WEEKLY" | "BIWEEKLY";
export type OccurrenceTimes = { seq: number; startsAt: Date; endsAt: Date | null };

/** Upper bound of dates per offer, so a typo in the end date cannot create thousands of rows. */
export const MAX_OCCURRENCES = 104;

export function expandOccurrences(input: {
  startsAt: Date;
  endsAt: Date | null;
  recurrence: RecurrenceRule;
  until: Date | null;
  timezone: string;
}): OccurrenceTimes[] {
  const first = { seq: 0, startsAt: input.startsAt, endsAt: input.endsAt };
  if (input.recurrence === "NONE" || !input.until) return [first];
  const stepWeeks = input.recurrence === "WEEKLY" ? 1 : 2;
  const start = DateTime.fromJSDate(input.startsAt, { zone: input.timezone });
  const end = input.endsAt ? DateTime.fromJSDate(input.endsAt, { zone: input.timezone }) : null;
  const until = input.until.getTime();
  const dates: OccurrenceTimes[] = [];
  for (let seq = 0; seq < MAX_OCCURRENCES; seq++) {
    const startsAt = start.plus({ weeks: seq * stepWeeks }).toJSDate();
    if (startsAt.getTime() > until) break;
    dates.push({ seq, startsAt, endsAt: end ? end.plus({ weeks: seq * stepWeeks }).toJSDate() : null });
  }
  return dates.length ? dates : [first];
}
