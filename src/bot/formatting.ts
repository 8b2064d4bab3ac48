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

/**
 * Where ICU's short weekday and month names are cryptic abbreviations ("6 brf, yşm" in
 * Kurmanji, "ሰን፣ 6 ታሕ" in Tigrinya), dates use the full names.
 */
const FULL_NAMES_LOCALES: ReadonlySet<string> = new Set(["ku", "ti"]);

// Gregorian calendar and 24-hour clock for everyone: offers take place in Germany, and the
// dates must match posters and letters (Persian and Pashto would otherwise get the Solar Hijri
// calendar).
function formatter(locale: string, timezone: string, kind: "datetime" | "time" | "date"): Intl.DateTimeFormat {
  const key = `${locale}|${timezone}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const names = FULL_NAMES_LOCALES.has(locale) ? "long" : "short";
    const options: Intl.DateTimeFormatOptions =
      kind === "datetime"
        ? { weekday: names, day: "numeric", month: names, hour: "2-digit", minute: "2-digit" }
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
 * A language as a reader of another language can tell it: its name in the reader's language
 * with its own name after it ("Arabisch (العربية)" for a German reader), or only its own name
 * when the reader speaks it or ICU has no name for it in the reader's language.
 */
export function languageLabel(code: string, readerLocale: string, ownName: string): string {
  if (code === readerLocale) return ownName;
  const name = languageName(code, readerLocale);
  if (name === code || name.toLocaleLowerCase(readerLocale) === ownName.toLocaleLowerCase(readerLocale)) return ownName;
  // "Kurdî (Kurmancî)" has brackets of its own: "Kurdisch – Kurdî (Kurmancî)".
  return ownName.includes("(") ? `${name} – ${ownName}` : `${name} (${ownName})`;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "Deutsch, Englisch und Arabisch"; "A، B، و C" in Farsi: a list joined as the reader's language does. */
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat([locale], { type: "conjunction", style: "long" });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the reader's digits: "۶" in Farsi and Pashto, "6" elsewhere (as Fluent shows
 * numeric variables). For numbers the bot puts on buttons or into text itself.
 */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat([locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * An offer's age range in words ("👥 Ages 12 to 17", "👥 From age 60"), or undefined when the
 * offer is for all ages.
 */
export function ageRangeText(t: (key: string, args: Record<string, number>) => string, min: number | null | undefined, max: number | null | undefined): string | undefined {
  if (min != null && max != null) return t("offer-ages-range", { min, max });
  if (min != null) return t("offer-ages-min", { min });
  if (max != null) return t("offer-ages-max", { max });
  return undefined;
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
