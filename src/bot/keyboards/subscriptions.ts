// Buttons of the announcement settings. Each button carries the one thing it changes, so any
// bot instance can answer it and an old settings message still works.
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { CategoryEntry, DistrictEntry } from "../../domain/catalog.ts";
import { GENERAL_TOPIC, type SubscriptionSettings } from "../../domain/subscriptions.ts";
import { callbackCodec, oneOf } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

/** Category ids (see catalog.saveCategory) and "general"; whether it exists is the service's check. */
const topic = {
  encode: (value: string) => value,
  decode: (raw: string) => (/^[a-z][a-z0-9-]{0,31}$/.test(raw) ? raw : undefined),
};
const district = {
  encode: (value: number | "all") => String(value),
  decode: (raw: string): number | "all" | undefined => (raw === "all" ? "all" : /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : undefined),
};
const onOff = {
  encode: (value: boolean) => (value ? "1" : "0"),
  decode: (raw: string) => (raw === "1" ? true : raw === "0" ? false : undefined),
};

export const subscriptionsScreen = callbackCodec("sub", "s", oneOf(["main", "districts"] as const));
export const toggleTopicButton = callbackCodec("sub", "t", topic);
export const toggleDistrictButton = callbackCodec("sub", "d", district);
export const toggleDigestButton = callbackCodec("sub", "w", oneOf(["x"] as const));
/** The master switch carries the wanted state, so a double tap does not flip it back. */
export const switchButton = callbackCodec("sub", "on", onOff);
export const onboardingAnswer = callbackCodec("sub", "ask", oneOf(["yes", "no"] as const));
export const unsubscribeTopicButton = callbackCodec("sub", "u", topic);

const box = (on: boolean, label: string) => `${on ? "✅" : "⬜"} ${label}`;

function twoPerRow(buttons: InlineKeyboardButton[]): InlineKeyboardButton[][] {
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

/** The settings screen: master switch, one box per topic, general news, digest, districts. */
export function subscriptionsKeyboard(
  t: Translate,
  settings: SubscriptionSettings,
  categories: CategoryEntry[],
  showDistricts: boolean,
): InlineKeyboard {
  const topics = categories.map((c) => InlineKeyboard.text(box(settings.topics.includes(c.id), `${c.emoji} ${c.name}`), toggleTopicButton.pack(c.id)));
  const rows = [
    [InlineKeyboard.text(box(settings.enabled, t("subscriptions-switch")), switchButton.pack(!settings.enabled))],
    ...twoPerRow(topics),
    [InlineKeyboard.text(box(settings.topics.includes(GENERAL_TOPIC), t("subscriptions-general")), toggleTopicButton.pack(GENERAL_TOPIC))],
    [InlineKeyboard.text(box(settings.digest, t("subscriptions-digest")), toggleDigestButton.pack("x"))],
  ];
  if (showDistricts) {
    rows.push([InlineKeyboard.text(t("subscriptions-districts", { count: settings.districtIds.length }), subscriptionsScreen.pack("districts"))]);
  }
  return InlineKeyboard.from(rows);
}

export function districtsKeyboard(t: Translate, settings: SubscriptionSettings, districts: DistrictEntry[]): InlineKeyboard {
  const all = settings.districtIds.length === 0;
  const buttons = districts.map((d) => InlineKeyboard.text(box(settings.districtIds.includes(d.id), `📍 ${d.name}`), toggleDistrictButton.pack(d.id)));
  return InlineKeyboard.from([
    [InlineKeyboard.text(box(all, t("subscriptions-districts-all")), toggleDistrictButton.pack("all"))],
    ...twoPerRow(buttons),
    [InlineKeyboard.text(t("subscriptions-back"), subscriptionsScreen.pack("main"))],
  ]);
}

export function onboardingKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("subscriptions-ask-yes"), onboardingAnswer.pack("yes")).row().text(t("subscriptions-ask-no"), onboardingAnswer.pack("no"));
}

/** "🔕 Unsubscribe from this topic", for under announcements; t is in the recipient's language. */
export function unsubscribeButton(t: Translate, topicId: string): InlineKeyboardButton.CallbackButton {
  return InlineKeyboard.text(t("subscriptions-unsubscribe"), unsubscribeTopicButton.pack(topicId));
}
