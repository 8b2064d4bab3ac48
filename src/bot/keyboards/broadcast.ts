// Buttons of the staff announcement tools.
import { positiveId, callbackCodec } from "../callback-data.ts";

const id = positiveId;

/** Cancel a scheduled announcement (/announcements). */
export const cancelAnnouncementButton = callbackCodec("an", "x", id);
/** Change the text or time of a scheduled announcement. */
export const editAnnouncementButton = callbackCodec("an", "e", id);
/** "Promote this offer" on an offer date's details (staff only). */
export const promoteOfferButton = callbackCodec("an", "p", id);
