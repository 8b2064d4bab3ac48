// Calendar files (.ics) for sign-ups, built with ical-generator, with a reminder inside.
import ical, { ICalAlarmType } from "ical-generator";
import { InputFile } from "grammy";
import type { NoticeSignup } from "../domain/notifier.ts";

/** Events without an end get this length in the calendar. */
const DEFAULT_LENGTH_MS = 2 * 3_600_000;

export function signupCalendar(input: {
  signup: NoticeSignup;
  reminderLeadMinutes: number;
  /** Where the event can be opened again (the offer's share link). */
  url: string;
  /** Text of the reminder and description, in the user's language. */
  description: string;
  host: string;
}): InputFile {
  const { signup } = input;
  const calendar = ical({ name: "Treffpunkt", prodId: { company: "Treffpunkt", product: "treffpunkt-bot", language: "DE" } });
  const event = calendar.createEvent({
    id: `signup-${signup.signupId}@${input.host}`,
    start: signup.startsAt,
    end: signup.endsAt ?? new Date(signup.startsAt.getTime() + DEFAULT_LENGTH_MS),
    summary: signup.title,
    location: signup.place ?? null,
    description: input.description,
    url: input.url,
  });
  event.createAlarm({ type: ICalAlarmType.display, trigger: Math.max(5, input.reminderLeadMinutes) * 60, description: signup.title });
  return new InputFile(Buffer.from(calendar.toString(), "utf8"), `treffpunkt-${signup.signupId}.ics`);
}
