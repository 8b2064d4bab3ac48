// An iCalendar file as Google, Nextcloud or Outlook export it: VEVENTs with SUMMARY,
// DESCRIPTION, LOCATION, GEO, URL, CATEGORIES and a UID; times in UTC, with a TZID (an IANA
// zone such as Europe/Berlin, or a zone its VTIMEZONE block defines, as Outlook writes them) or
// floating (the bot's time zone); all-day events; RRULE (weekly, every two weeks, monthly …,
// UNTIL or COUNT), EXDATE and moved dates (RECURRENCE-ID).
//
// A weekly or fortnightly series with no skipped or moved dates becomes one repeating offer;
// every other series (monthly, skipped or moved dates, several weekdays) is laid out as single
// dates that share the series' UID as their group, because an offer repeats only weekly or
// fortnightly and has no skipped dates.
import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import { horizonOf } from "./columns.ts";
import { IMPORT_LIMITS, ImportFileError, type ImportItem, type ItemTexts, type ParseOptions, type ParsedSchedule, type RowError } from "./schedule.ts";

/** Outlook's Windows zone names, for files that name one without its VTIMEZONE block. */
const WINDOWS_ZONES: Record<string, string> = {
  "W. Europe Standard Time": "Europe/Berlin",
  "Central Europe Standard Time": "Europe/Budapest",
  "Romance Standard Time": "Europe/Paris",
  "GMT Standard Time": "Europe/London",
  UTC: "UTC",
};

/** Most dates one series is laid out into. */
const SERIES_MAX = 104;

type Time = InstanceType<typeof ICAL.Time>;

/** The instant a time stands for. */
function instantOf(time: Time, timezone: string): Date {
  const tzid = time.zone?.tzid ?? (time as unknown as { timezone?: string }).timezone;
  if (tzid === "UTC" || tzid === "Z") return time.toJSDate();
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  const zone = tzid && tzid !== "floating" ? (IANAZone.isValidZone(tzid) ? tzid : WINDOWS_ZONES[tzid]) : undefined;
  if (zone) return DateTime.fromObject(wall, { zone }).toJSDate();
  // A zone only its VTIMEZONE block defines: ical.js knows its offsets.
  if (tzid && tzid !== "floating" && time.zone?.component) return new Date(time.toUnixTime() * 1000);
  return DateTime.fromObject(wall, { zone: timezone }).toJSDate();
}

/** Start and end of one date; an all-day event runs from midnight to the end of its last day. */
function span(start: Time, end: Time | null, timezone: string): { startsAt: Date; endsAt: Date | null } {
  if (start.isDate) {
    const day = DateTime.fromObject({ year: start.year, month: start.month, day: start.day }, { zone: timezone });
    const last = end && end.isDate ? DateTime.fromObject({ year: end.year, month: end.month, day: end.day }, { zone: timezone }).minus({ days: 1 }) : day;
    return { startsAt: day.toJSDate(), endsAt: (last < day ? day : last).set({ hour: 23, minute: 59 }).toJSDate() };
  }
  return { startsAt: instantOf(start, timezone), endsAt: end ? instantOf(end, timezone) : null };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The offer fields an event carries (a moved date may carry its own). */
function fieldsOf(event: InstanceType<typeof ICAL.Event>) {
  const component = event.component;
  const title = clip(str(event.summary), 200);
  const description = clip(str(event.description), 1000);
  const location = str(event.location);
  const url = str(component.getFirstPropertyValue("url"));
  const geo = component.getFirstPropertyValue("geo") as unknown as [number, number] | null;
  const categories = component.getAllProperties("categories").flatMap((p) => p.getValues().map((v) => String(v).trim())).filter(Boolean);
  const isLink = (v: string) => /^https?:\/\/\S+$/i.test(v);
  const onlineUrl = isLink(location) ? location : !location && isLink(url) ? url : null;
  return {
    texts: (title ? { source: { title, ...(description ? { summary: description } : {}) } } : {}) as Record<string, ItemTexts>,
    address: location && !isLink(location) ? clip(location, 300) : null,
    onlineUrl: onlineUrl && onlineUrl.length <= 500 ? onlineUrl : null,
    latitude: Array.isArray(geo) && Number.isFinite(Number(geo[0])) ? Number(geo[0]) : null,
    longitude: Array.isArray(geo) && Number.isFinite(Number(geo[1])) ? Number(geo[1]) : null,
    categoryHints: categories,
    cancelled: str(component.getFirstPropertyValue("status")).toUpperCase() === "CANCELLED",
  };
}

/** A weekly or fortnightly rule on the start's weekday with nothing skipped or moved: one repeating offer. */
function simpleWeekly(component: InstanceType<typeof ICAL.Component>, rule: InstanceType<typeof ICAL.Recur>, exceptions: number): "WEEKLY" | "BIWEEKLY" | undefined {
  if (rule.freq !== "WEEKLY" || exceptions > 0 || component.hasProperty("exdate") || component.hasProperty("rdate")) return undefined;
  const interval = rule.interval ?? 1;
  if (interval !== 1 && interval !== 2) return undefined;
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  const other = Object.keys(parts).filter((k) => k !== "BYDAY" && (parts[k]?.length ?? 0) > 0);
  if (other.length > 0) return undefined;
  const byday = parts.BYDAY ?? [];
  if (byday.length > 1) return undefined;
  if (byday.length === 1) {
    const start = component.getFirstPropertyValue("dtstart") as unknown as Time;
    const days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
    if (String(byday[0]) !== days[start.dayOfWeek() - 1]) return undefined;
  }
  return interval === 1 ? "WEEKLY" : "BIWEEKLY";
}

export function parseIcs(bytes: Uint8Array, options: ParseOptions): ParsedSchedule {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) throw new ImportFileError("too-big", IMPORT_LIMITS.bytes);
  const text = Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "");
  if (!/BEGIN:VCALENDAR/i.test(text)) throw new ImportFileError("unreadable");
  let calendar: InstanceType<typeof ICAL.Component>;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as never);
  } catch {
    throw new ImportFileError("unreadable");
  }
  // Zones the file defines (Outlook's "W. Europe Standard Time"), known before any time is read.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = str(zone.getFirstPropertyValue("tzid"));
    if (tzid && !IANAZone.isValidZone(tzid) && !ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.register(zone);
  }
  const events = calendar.getAllSubcomponents("vevent");
  if (events.length > IMPORT_LIMITS.rows) throw new ImportFileError("too-many-rows", IMPORT_LIMITS.rows);
  const exceptions = new Map<string, InstanceType<typeof ICAL.Component>[]>();
  for (const event of events) {
    if (!event.hasProperty("recurrence-id")) continue;
    const uid = str(event.getFirstPropertyValue("uid"));
    exceptions.set(uid, [...(exceptions.get(uid) ?? []), event]);
  }
  const items: ImportItem[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const horizon = horizonOf(options).toJSDate();
  const { timezone, now } = options;
  events.forEach((component, index) => {
    const row = index + 1;
    if (component.hasProperty("recurrence-id")) return;
    try {
      const moved = exceptions.get(str(component.getFirstPropertyValue("uid"))) ?? [];
      const event = new ICAL.Event(component, { strictExceptions: false, exceptions: moved });
      const uid = str(event.uid) || `event-${row}`;
      const fields = fieldsOf(event);
      if (!event.startDate) return void errors.push({ row, code: "start-missing" });
      if (!fields.texts.source) return void errors.push({ row, code: "title-missing" });
      if (seen.has(uid)) return void errors.push({ row, code: "duplicate-id", value: uid });
      seen.add(uid);
      const { cancelled, ...carried } = fields;
      if (cancelled) return;
      const first = span(event.startDate, event.endDate ?? null, timezone);
      if (first.endsAt && first.endsAt < first.startsAt) return void errors.push({ row, code: "end-before-start" });
      if (!event.isRecurring()) {
        items.push({ row, key: uid, ...carried, ...first, recurrence: "NONE", recurrenceUntil: null });
        return;
      }
      const rule = component.getFirstPropertyValue("rrule") as unknown as InstanceType<typeof ICAL.Recur>;
      const repeat = rule ? simpleWeekly(component, rule, moved.length) : undefined;
      const iterator = event.iterator();
      if (repeat) {
        // One repeating offer: from its first date (or the first this year, for a long-running
        // series) to its last one, or the horizon when it runs on.
        const yearStart = DateTime.fromJSDate(now, { zone: timezone }).startOf("year").toJSDate();
        let anchor: { startsAt: Date; endsAt: Date | null } | undefined;
        let last: Date | undefined;
        let count = 0;
        for (let next = iterator.next(); next && count < 10_000; next = iterator.next(), count++) {
          const at = instantOf(next, timezone);
          if (at > horizon) break;
          if (!anchor && at >= yearStart) {
            const details = event.getOccurrenceDetails(next);
            anchor = span(details.startDate, details.endDate, timezone);
          }
          if (anchor) last = at;
        }
        if (!anchor || !last || last < now) return;
        const until = DateTime.fromJSDate(last, { zone: timezone }).endOf("day").toJSDate();
        items.push({ row, key: uid, ...carried, ...anchor, recurrence: repeat, recurrenceUntil: until });
        return;
      }
      let laid = 0;
      let count = 0;
      for (let next = iterator.next(); next && laid < SERIES_MAX && count < 10_000; next = iterator.next(), count++) {
        const details = event.getOccurrenceDetails(next);
        const dates = span(details.startDate, details.endDate, timezone);
        if (instantOf(details.recurrenceId, timezone) > horizon && dates.startsAt > horizon) break;
        if (dates.startsAt < now) continue;
        const own = details.item === event ? fields : fieldsOf(details.item);
        if (own.cancelled) continue;
        const { cancelled: _, ...ownCarried } = own;
        const id = DateTime.fromJSDate(instantOf(details.recurrenceId, timezone), { zone: timezone }).toFormat("yyyyLLdd'T'HHmm");
        items.push({ row, key: `${uid}#${id}`, group: uid, ...ownCarried, ...dates, recurrence: "NONE", recurrenceUntil: null });
        laid++;
      }
    } catch {
      errors.push({ row, code: "event-invalid" });
    }
  });
  return { format: "ics", items, errors, rows: events.filter((e) => !e.hasProperty("recurrence-id")).length, hasCategory: false, hasDistrict: false };
}
