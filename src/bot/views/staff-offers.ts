// The texts of /myoffers (parse_mode HTML): the staff member's offers, one offer, the people
// signed up for a date, and cancelling. Names people typed are escaped.
import type { Participant } from "../../domain/offer-management.ts";
import { escapeHtml as esc, formatDateTime, isolate, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

/** An offer as /myoffers lists it. */
export type OwnOffer = { offerId: number; status: string; title: string; dates: { id: number; startsAt: Date }[]; changeWaiting?: boolean };

export const STATUS_ICON: Record<string, string> = { DRAFT: "📝", PENDING_APPROVAL: "⏳", PUBLISHED: "✅", CANCELLED: "❌" };
const SIGNUP_ICON: Record<string, string> = { CONFIRMED: "✅", WAITLISTED: "⏳", PENDING_GUARDIAN: "👪" };

export function renderOwnOffers(t: Translate, offers: OwnOffer[]): string {
  return `<b>${esc(t("staff-offers-title"))}</b>${offers.length ? "" : `\n\n${esc(t("staff-offers-none"))}`}`;
}

export function renderOwnOffer(t: Translate, offer: OwnOffer): string {
  const waiting = offer.changeWaiting ? `\n${esc(t("revision-waiting-own"))}` : "";
  return `${STATUS_ICON[offer.status] ?? ""} <b>${esc(isolate(offer.title))}</b>${waiting}\n\n${esc(t("staff-offer-dates"))}`;
}

/** The people of one date; after its start, attendance can be marked (see the keyboard). */
export function renderParticipants(t: Translate, people: Participant[], timing: { startsAt: Date; started: boolean }, dates: DateStyle): string {
  const lines = people.map(
    (p, i) =>
      `${i + 1}. ${SIGNUP_ICON[p.status] ?? ""} ${esc(isolate(p.listName))} · ${p.seats}${p.childSeats ? ` (${p.childSeats} 👧)` : ""}${p.attendance ? ` · ${p.attendance === "PRESENT" ? "🙋" : "🚫"}` : ""}`,
  );
  return [
    `<b>${esc(t("staff-participants-title", { date: formatDateTime(timing.startsAt, dates) }))}</b>`,
    "",
    people.length ? lines.join("\n") : esc(t("staff-participants-none")),
    ...(people.length && !timing.started ? ["", esc(t("staff-attendance-hint"))] : []),
  ].join("\n");
}

export function renderCancelQuestion(t: Translate, title: string): string {
  return esc(t("staff-offer-cancel-confirm", { title }));
}

export function renderCancelled(t: Translate, notified: number): string {
  return esc(t("staff-offer-cancelled", { count: notified }));
}
