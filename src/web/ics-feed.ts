// The calendar feed (/feeds/offers.ics): one VEVENT per offer, a repeating one as RRULE with
// UNTIL and its dropped dates as EXDATE, a cancelled one as STATUS:CANCELLED. Times carry the
// bot's time zone (with its VTIMEZONE), so a weekly 18:00 stays at 18:00 after the clocks change.
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import type { Listing } from "../domain/feeds.ts";

/** Events without an end get this length in the calendar (as the sign-up .ics does). */
const DEFAULT_LENGTH_MS = 2 * 3_600_000;

export type IcsFeedInput = {
  listings: readonly Listing[];
  /** X-WR-CALNAME, in the reader's language. */
  name: string;
  timezone: string;
  /** The host part of UIDs (`offer-12@host`), stable across deployments of one city. */
  host: string;
  /** Where an offer opens (the bot's deep link). */
  url(offerId: number): string;
  /** The description's last line, e.g. "Sign up in Telegram: https://t.me/…". */
  signupLine(offerId: number): string;
};

export function icsFeed(input: IcsFeedInput): string {
  const { timezone } = input;
  const calendar = ical({
    name: input.name,
    prodId: { company: "Treffpunkt", product: "treffpunkt-feeds", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP, LAST-MODIFIED and
    // UNTIL in local time, where RFC 5545 wants UTC. Each event names its zone; the generator
    // adds that zone's VTIMEZONE.
    timezone: { name: "", generator: vtimezone },
    ttl: 3_600,
    x: { "X-WR-TIMEZONE": timezone },
  });
  const local = (date: Date) => DateTime.fromJSDate(date, { zone: timezone });
  for (const offer of input.listings) {
    const repeating = offer.recurrence !== "NONE" && offer.recurrenceUntil !== undefined;
    // A series starts at its first date; a single offer at its one date.
    const start = repeating ? offer.startsAt : (offer.dates[0]?.startsAt ?? offer.startsAt);
    const end = repeating ? offer.endsAt : offer.dates[0] ? offer.dates[0].endsAt : offer.endsAt;
    const place = offer.onlineUrl ?? [offer.address, offer.district?.name].filter(Boolean).join(", ");
    calendar.createEvent({
      id: `offer-${offer.offerId}@${input.host}`,
      start: local(start),
      end: local(end ?? new Date(start.getTime() + DEFAULT_LENGTH_MS)),
      timezone,
      summary: offer.title,
      description: [offer.summary, offer.details, offer.accessibility ? `♿ ${offer.accessibility}` : undefined, input.signupLine(offer.offerId)].filter(Boolean).join("\n\n"),
      location: place
        ? { title: place, ...(offer.latitude !== undefined && offer.longitude !== undefined ? { geo: { lat: offer.latitude, lon: offer.longitude } } : {}) }
        : null,
      url: input.url(offer.offerId),
      categories: [{ name: offer.category.name }],
      status: offer.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: offer.updatedAt,
      stamp: offer.updatedAt,
      repeating: repeating
        ? {
            freq: ICalEventRepeatingFreq.WEEKLY,
            interval: offer.recurrence === "BIWEEKLY" ? 2 : 1,
            until: offer.recurrenceUntil!,
            ...(offer.cancelledDates.length ? { exclude: offer.cancelledDates.map(local) } : {}),
          }
        : null,
    });
  }
  return calendar.toString();
}

const zones = new Map<string, string>();

/**
 * A VTIMEZONE with the zone's real transitions from two years back to five years ahead,
 * computed from the zone database (luxon, Intl), so any BOT_TIMEZONE works.
 */
export function vtimezone(zone: string): string {
  const cached = zones.get(zone);
  if (cached) return cached;
  const year = DateTime.utc().year;
  const start = DateTime.fromObject({ year: year - 2, month: 1, day: 1 }, { zone });
  const end = DateTime.fromObject({ year: year + 5, month: 12, day: 31 }, { zone });
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const transitions: { at: number; from: number; to: number }[] = [];
  const DAY_MS = 86_400_000;
  for (let t = start.toMillis(); t < end.toMillis(); t += DAY_MS) {
    const [before, after] = [offsetAt(t), offsetAt(t + DAY_MS)];
    if (before === after) continue;
    // Bisect to the minute at which the offset changes.
    let [lo, hi] = [t, t + DAY_MS];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    transitions.push({ at: hi, from: before, to: after });
  }
  const offset = (minutes: number) => `${minutes < 0 ? "-" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
  // DTSTART of a transition is the wall-clock time it happens at, in the offset before it.
  const wall = (ms: number, minutes: number) => DateTime.fromMillis(ms + minutes * 60_000, { zone: "utc" }).toFormat("yyyyLLdd'T'HHmmss");
  const name = (ms: number) => DateTime.fromMillis(ms, { zone }).offsetNameShort ?? offset(offsetAt(ms));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const first = start.toMillis();
  const firstOffset = offsetAt(first);
  const firstIsDst = DateTime.fromMillis(first, { zone }).isInDST;
  lines.push(
    `BEGIN:${firstIsDst ? "DAYLIGHT" : "STANDARD"}`,
    `DTSTART:${wall(first, firstOffset)}`,
    `TZOFFSETFROM:${offset(firstOffset)}`,
    `TZOFFSETTO:${offset(firstOffset)}`,
    `TZNAME:${name(first)}`,
    `END:${firstIsDst ? "DAYLIGHT" : "STANDARD"}`,
  );
  for (const transition of transitions) {
    const kind = DateTime.fromMillis(transition.at, { zone }).isInDST ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wall(transition.at, transition.from)}`,
      `TZOFFSETFROM:${offset(transition.from)}`,
      `TZOFFSETTO:${offset(transition.to)}`,
      `TZNAME:${name(transition.at)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  const text = lines.join("\r\n");
  zones.set(zone, text);
  return text;
}
