// Buttons under announcements residents receive (the delivery's own, next to "Unsubscribe").
import type { InlineKeyboardButton } from "grammy/types";
import { callbackCodec, positiveId } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

/** "Show original" under a machine-translated announcement: the announcement's id. */
export const showOriginalButton = callbackCodec("ann", "o", positiveId);

export function showOriginal(t: Translate, announcementId: number): InlineKeyboardButton.CallbackButton {
  return { text: t("translation-show-original"), callback_data: showOriginalButton.pack(announcementId) };
}
