// Parsers of what staff type, shared by the conversations.
import { DateTime } from "luxon";
import { latinDigits } from "./formatting.ts";

/** Parses "12.12. 17:00", "12.12.2026 17:00" or "2026-12-12 17:00" as Berlin (bot) time. */
export function parseStaffDateTime(text: string, now: Date, timezone: string): Date | undefined {
  const input = latinDigits(text).trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?\s*,?\s+(\d{1,2})[:.](\d{2})$/.exec(input);
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/.exec(input);
  const local = DateTime.fromJSDate(now, { zone: timezone });
  let parsed: DateTime | undefined;
  if (german) {
    const [, d, m, y, hh, mm] = german;
    parsed = DateTime.fromObject({ year: y ? Number(y) : local.year, month: Number(m), day: Number(d), hour: Number(hh), minute: Number(mm) }, { zone: timezone });
    // "12.01. 17:00" typed in December means next January.
    if (!y && parsed.isValid && parsed < local) parsed = parsed.plus({ years: 1 });
  } else if (iso) {
    const [, y, m, d, hh, mm] = iso;
    parsed = DateTime.fromObject({ year: Number(y), month: Number(m), day: Number(d), hour: Number(hh), minute: Number(mm) }, { zone: timezone });
  }
  return parsed?.isValid ? parsed.toJSDate() : undefined;
}

/** A future date and time typed by staff (see parseStaffDateTime), else undefined. */
export function parseFutureDateTime(text: string | undefined, nowMs: number, timezone: string): Date | undefined {
  const at = text ? parseStaffDateTime(text, new Date(nowMs), timezone) : undefined;
  return at && at.getTime() > nowMs ? at : undefined;
}
