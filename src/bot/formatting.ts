// Turning domain values into text for Telegram: HTML escaping and dates in the user's
// language and the bot's time zone.

/** Escapes text for parse_mode HTML. Everything users or staff typed goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts text to `max` characters (whole code points), adding "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Gregorian calendar and 24-hour clock for everyone: offers take place in Germany, and the
// dates must match posters and letters (Persian and Pashto would otherwise get the Solar Hijri
// calendar).
function formatter(locale: string, timezone: string, kind: "datetime" | "time" | "date"): Intl.DateTimeFormat {
  const key = `${locale}|${timezone}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === "datetime"
        ? { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }
        : kind === "time"
          ? { hour: "2-digit", minute: "2-digit" }
          : { day: "numeric", month: "long", year: "numeric" };
    format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-hc-h23`, { ...options, timeZone: timezone });
    formatters.set(key, format);
  }
  return format;
}

export type DateStyle = { locale: string; timezone: string };

/** "Sa., 6. Dez., 15:00" */
export function formatDateTime(date: Date, style: DateStyle): string {
  return formatter(style.locale, style.timezone, "datetime").format(date);
}

/** "6. Dezember 2026" */
export function formatDate(date: Date, style: DateStyle): string {
  return formatter(style.locale, style.timezone, "date").format(date);
}

/** "Sa., 6. Dez., 15:00–17:00", or both full dates when the end is on another day. */
export function formatTimeRange(start: Date, end: Date | null | undefined, style: DateStyle): string {
  const from = formatDateTime(start, style);
  if (!end) return from;
  const sameDay = formatDate(start, style) === formatDate(end, style);
  return `${from}–${sameDay ? formatter(style.locale, style.timezone, "time").format(end) : formatDateTime(end, style)}`;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** The name of a language in the user's language ("Arabisch" for ar in German). */
export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Wraps text in Unicode first-strong isolation (U+2068 … U+2069), as Fluent does for
 * placeables: a German place name or a date inside an Arabic, Farsi or Pashto line keeps its
 * own direction and does not reorder the sentence around it. Invisible in left-to-right text.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Turns Arabic-Indic (٠-٩) and Persian (۰-۹) digits into 0-9, so that numbers and dates typed
 * on an Arabic, Farsi or Pashto keyboard are understood.
 */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}
