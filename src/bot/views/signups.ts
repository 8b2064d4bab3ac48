// Texts about sign-ups (parse_mode HTML), for handlers (ctx.t) and for the notifier, which has
// no ctx (a Translator bound to the recipient's locale). Only this code adds tags.
import type { NoticeSignup } from "../../domain/notifier.ts";
import type { MySignup } from "../../domain/signups.ts";
import { escapeHtml as esc, formatNumber, formatTimeRange, isolate, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

/** Title, time and place of the date a sign-up is for. */
export function signupEssentials(t: Translate, signup: Pick<NoticeSignup, "title" | "startsAt" | "endsAt" | "place">, dates: DateStyle): string {
  const lines = [`<b>${esc(isolate(signup.title))}</b>`, esc(t("offer-when", { date: formatTimeRange(signup.startsAt, signup.endsAt, dates) }))];
  if (signup.place) lines.push(esc(t("offer-place", { place: signup.place })));
  return lines.join("\n");
}

export function signupStatusLine(t: Translate, signup: Pick<MySignup, "status" | "seats" | "waitlistPosition">): string {
  if (signup.status === "WAITLISTED") return esc(t("my-status-waitlisted", { position: signup.waitlistPosition ?? 1 }));
  if (signup.status === "PENDING_GUARDIAN") return esc(t("my-status-pending"));
  return esc(t("my-status-confirmed", { seats: signup.seats }));
}

export function renderMySignups(t: Translate, signups: MySignup[], dates: DateStyle): string {
  if (signups.length === 0) return esc(t("my-none"));
  const cards = signups.map((s, i) => `${formatNumber(i + 1, dates.locale)}. ${signupEssentials(t, s, dates)}\n${signupStatusLine(t, s)}`);
  return [`<b>${esc(t("my-title"))}</b>`, "", cards.join("\n\n")].join("\n");
}

export function renderMySignup(t: Translate, signup: MySignup, dates: DateStyle): string {
  return [signupEssentials(t, signup, dates), "", signupStatusLine(t, signup), esc(t("my-list-name", { name: signup.listName }))].join("\n");
}
