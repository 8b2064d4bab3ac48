// Buttons of /privacy. Erasure asks twice; the last button carries the minute it was issued,
// so a "Delete now" found days later in the chat asks again instead of deleting.
import { InlineKeyboard } from "grammy";
import { callbackCodec, oneOf } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

/** How long the last "Delete now" button stays valid. */
export const DELETE_CONFIRM_MINUTES = 10;

const minute = {
  encode: (value: number) => String(value),
  decode: (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined),
};

export const exportDataButton = callbackCodec("pv", "exp", oneOf(["x"] as const));
export const askDeleteButton = callbackCodec("pv", "del", oneOf(["ask", "again"] as const));
export const deleteNowButton = callbackCodec("pv", "now", minute);
export const keepDataButton = callbackCodec("pv", "keep", oneOf(["x"] as const));

export const minuteOf = (date: Date) => Math.floor(date.getTime() / 60_000);

export function privacyKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("privacy-export-button"), exportDataButton.pack("x"))
    .row()
    .text(t("privacy-delete-button"), askDeleteButton.pack("ask"));
}

/** First question: "Yes, delete" leads to the last question, never straight to erasure. */
export function deleteAskKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("privacy-delete-yes"), askDeleteButton.pack("again")).row().text(t("privacy-delete-keep"), keepDataButton.pack("x"));
}

export function deleteLastKeyboard(t: Translate, now: Date): InlineKeyboard {
  return new InlineKeyboard().text(t("privacy-delete-now"), deleteNowButton.pack(minuteOf(now))).row().text(t("privacy-delete-keep"), keepDataButton.pack("x"));
}
