// Buttons of /myoffers (staff only). Every payload is an id; the domain checks that the offer,
// date or sign-up belongs to the staff member's organization.
import { InlineKeyboard } from "grammy";
import type { Participant } from "../../domain/offer-management.ts";
import { callbackCodec, positiveId } from "../callback-data.ts";
import { calendarButton } from "./import.ts";
import { formatDateTime, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";
import { STATUS_ICON, type OwnOffer } from "../views/staff-offers.ts";

const id = positiveId;
export const staffOfferButton = callbackCodec("so", "v", id);
export const staffDateButton = callbackCodec("so", "d", id);
export const staffExportButton = callbackCodec("so", "e", id);
export const staffCancelButton = callbackCodec("so", "c", id);
export const staffCancelConfirmButton = callbackCodec("so", "x", id);
export const staffListButton = callbackCodec("so", "l", id);
export const staffRescheduleButton = callbackCodec("so", "t", id);
export const staffEditButton = callbackCodec("so", "w", id);
export const attendanceButton = callbackCodec("so", "a", {
  encode: ({ signupId, present: here }: { signupId: number; present: boolean }) => `${here ? "p" : "n"}${signupId}`,
  decode: (raw: string) => {
    const match = /^([pn])([1-9]\d{0,9})$/.exec(raw);
    return match ? { signupId: Number(match[2]), present: match[1] === "p" } : undefined;
  },
});

export function ownOffersKeyboard(t: Translate, offers: OwnOffer[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const offer of offers) keyboard.text(`${STATUS_ICON[offer.status] ?? ""} ${offer.title.slice(0, 40)}`, staffOfferButton.pack(offer.offerId)).row();
  // The organization's subscribed calendar (features/import.ts).
  return keyboard.text(t("import-calendar-button"), calendarButton.pack("show"));
}

export function ownOfferKeyboard(t: Translate, offer: OwnOffer, dates: DateStyle): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const date of offer.dates) keyboard.text(`📅 ${formatDateTime(date.startsAt, dates)}`, staffDateButton.pack(date.id)).row();
  if (offer.status !== "CANCELLED") {
    keyboard.text(t("staff-offer-edit"), staffEditButton.pack(offer.offerId)).text(t("staff-offer-reschedule"), staffRescheduleButton.pack(offer.offerId)).row();
    keyboard.text(t("staff-offer-cancel"), staffCancelButton.pack(offer.offerId)).row();
  }
  return keyboard.text(t("staff-back"), staffListButton.pack(1));
}

/** Attendance buttons for confirmed people once the date has started, and the CSV export. */
export function participantsKeyboard(t: Translate, people: Participant[], started: boolean, occurrenceId: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (started) {
    for (const p of people.filter((x) => x.status === "CONFIRMED")) {
      keyboard
        .text(`✅ ${p.listName.slice(0, 20)}`, attendanceButton.pack({ signupId: p.signupId, present: true }))
        .text(`❌ ${p.listName.slice(0, 20)}`, attendanceButton.pack({ signupId: p.signupId, present: false }))
        .row();
    }
  }
  if (people.length) keyboard.text(t("staff-participants-export"), staffExportButton.pack(occurrenceId)).row();
  return keyboard;
}

export function cancelOfferKeyboard(t: Translate, offerId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("staff-offer-cancel-yes"), staffCancelConfirmButton.pack(offerId)).row().text(t("staff-back"), staffOfferButton.pack(offerId));
}

export function backToOwnOffersKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("staff-back"), staffListButton.pack(1));
}
