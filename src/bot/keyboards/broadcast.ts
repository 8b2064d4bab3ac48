// Buttons of the staff announcement tools.
import { InlineKeyboard } from "grammy";
import { positiveId, callbackCodec } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

const id = positiveId;

/** Cancel a scheduled announcement (/announcements). */
export const cancelAnnouncementButton = callbackCodec("an", "x", id);
/** Change the text or time of a scheduled announcement. */
export const editAnnouncementButton = callbackCodec("an", "e", id);
/** "Promote this offer" on an offer date's details (staff only). */
export const promoteOfferButton = callbackCodec("an", "p", id);

/** Edit and cancel, for each scheduled announcement. */
export function announcementsKeyboard(t: Translate, scheduled: { id: number }[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const row of scheduled) {
    keyboard
      .text(`${t("broadcast-edit")} #${row.id}`, editAnnouncementButton.pack(row.id))
      .text(`${t("broadcast-cancel-scheduled")} #${row.id}`, cancelAnnouncementButton.pack(row.id))
      .row();
  }
  return keyboard;
}
