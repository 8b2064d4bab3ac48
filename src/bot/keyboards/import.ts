// The buttons of the import conversation: "imp:<step>:<value>" (conversations/staff.ts).
import { InlineKeyboard } from "grammy";
import type { CategoryEntry, DistrictEntry } from "../../domain/catalog.ts";
import { callbackCodec, oneOf } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

/** The subscribed calendar's screen (from /myoffers) and its actions. */
export const calendarButton = callbackCodec("cal", "a", oneOf(["show", "set", "remove"] as const));

const CALENDAR_ACTIONS = { s: "show", e: "set", r: "remove" } as const;
type CalendarAction = (typeof CALENDAR_ACTIONS)[keyof typeof CALENDAR_ACTIONS];
/** An organization's subscribed calendar for admins (from /admin → the organization): "cal:o:<s|e|r>.<organizationId>". */
export const organizationCalendarButton = callbackCodec("cal", "o", {
  encode: ({ action, organizationId }: { action: CalendarAction; organizationId: number }) =>
    `${Object.entries(CALENDAR_ACTIONS).find(([, name]) => name === action)![0]}.${organizationId}`,
  decode: (raw: string) => {
    const match = /^([ser])\.([1-9]\d{0,9})$/.exec(raw);
    return match ? { action: CALENDAR_ACTIONS[match[1] as keyof typeof CALENDAR_ACTIONS], organizationId: Number(match[2]) } : undefined;
  },
});

export const IMPORT_PREFIX = "imp";
const answer = (step: string, value: string | number) => `${IMPORT_PREFIX}:${step}:${value}`;

export function importCategoryKeyboard(categories: readonly CategoryEntry[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  categories.forEach((c, i) => {
    keyboard.text(`${c.emoji} ${c.name}`, answer("cat", c.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function importDistrictKeyboard(t: Translate, districts: readonly DistrictEntry[]): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(t("import-district-none"), answer("dist", "none")).row();
  districts.forEach((d, i) => {
    keyboard.text(d.name, answer("dist", d.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function importConfirmKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("import-confirm"), answer("go", "yes"));
}

export function calendarKeyboard(t: Translate, hasCalendar: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(t("import-calendar-set"), calendarButton.pack("set"));
  return hasCalendar ? keyboard.row().text(t("import-calendar-remove"), calendarButton.pack("remove")) : keyboard;
}
