// Deep links, https://t.me/<bot>?start=<payload>: one codec for every payload the bot hands out
// and reads back in /start, as callback-data.ts is for buttons. Telegram allows at most 64
// characters of A-Z, a-z, 0-9, "_" and "-". A payload that does not parse is treated as a
// plain /start.
export type DeepLink =
  /** Opens an offer's next date, for anyone, even before their first /start. */
  | { kind: "offer"; offerId: number }
  /** An admin's one-time link that makes the user staff of an organization. */
  | { kind: "invite"; token: string }
  /** A parent's link to confirm an under-16's sign-up. */
  | { kind: "guardian"; token: string }
  /** The privacy notice (linked from texts and the website). */
  | { kind: "privacy" };

const MAX_CHARS = 64;
const ALLOWED = /^[A-Za-z0-9_-]+$/;
const ID = /^[1-9]\d{0,9}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,32}$/;

/** The start payload of a link. */
export function startPayload(link: DeepLink): string {
  const payload = link.kind === "privacy" ? "privacy" : link.kind === "offer" ? `offer_${link.offerId}` : `${link.kind}_${link.token}`;
  if (payload.length > MAX_CHARS || !ALLOWED.test(payload) || !parseStartPayload(payload)) throw new Error(`not a valid ${link.kind} deep link`);
  return payload;
}

export function deepLink(botUsername: string, link: DeepLink): string {
  return `https://t.me/${botUsername}?start=${startPayload(link)}`;
}

/** What /start <payload> asks for, or undefined for a plain /start and anything else. */
export function parseStartPayload(raw: string): DeepLink | undefined {
  const payload = raw.trim();
  if (payload === "privacy") return { kind: "privacy" };
  const separator = payload.indexOf("_");
  if (separator < 0) return undefined;
  const [prefix, value] = [payload.slice(0, separator), payload.slice(separator + 1)];
  if (prefix === "offer" && ID.test(value)) return { kind: "offer", offerId: Number(value) };
  if ((prefix === "invite" || prefix === "guardian") && TOKEN.test(value)) return { kind: prefix, token: value };
  return undefined;
}

/** Telegram's "share" link: opens the chat picker with the link and an optional text. */
export function shareLink(url: string, text?: string): string {
  return `https://t.me/share/url?url=${encodeURIComponent(url)}${text === undefined ? "" : `&text=${encodeURIComponent(text)}`}`;
}
