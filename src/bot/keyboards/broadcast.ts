// Buttons of the staff announcement tools.
import { callbackCodec } from "../callback-data.ts";

const id = {
  encode: (value: number) => String(value),
  decode: (raw: string) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined),
};

/** Cancel a scheduled announcement (/announcements). */
export const cancelAnnouncementButton = callbackCodec("an", "x", id);
/** Change the text or time of a scheduled announcement. */
export const editAnnouncementButton = callbackCodec("an", "e", id);
/** "Promote this offer" on an offer date's details (staff only). */
export const promoteOfferButton = callbackCodec("an", "p", id);
