// The text of offer messages (parse_mode HTML). Only this code adds tags; everything else,
// including translations and what staff typed, is escaped.
import type { OfferCard, OfferDetails, OfferPage } from "../../domain/offers.ts";
import type { BotContext } from "../context.ts";
import { ageRangeText, escapeHtml as esc, formatDate, formatDateTime, formatList, formatNumber, formatTimeRange, isolate, languageName, truncate, type DateStyle } from "../formatting.ts";

/** Telegram's limit for one message. */
const MESSAGE_MAX = 4096;

/** "(only in German)" when the text is not in the user's language. */
function fallbackNotice(ctx: BotContext, textLocale: string, locale: string): string | undefined {
  return textLocale === locale ? undefined : `<i>${esc(ctx.t("offers-only-in", { language: textLocale }))}</i>`;
}

/** "🤖 machine-translated" on a machine version; a human translation carries no mark. */
function machineMark(ctx: BotContext, origin: "HUMAN" | "MACHINE"): string | undefined {
  return origin === "MACHINE" ? `<i>${esc(ctx.t("translation-mark"))}</i>` : undefined;
}

export function renderCard(ctx: BotContext, card: OfferCard, dates: DateStyle, index?: number): string {
  const district = card.districtName ? isolate(card.districtName) : undefined;
  const where = district ?? (card.online ? ctx.t("offers-online") : undefined);
  const lines = [
    `${index !== undefined ? `${formatNumber(index, dates.locale)}. ` : ""}${card.emoji} <b>${esc(isolate(card.title))}</b>`,
    esc([isolate(formatDateTime(card.startsAt, dates)), where].filter(Boolean).join(" · ")),
  ];
  const notice = fallbackNotice(ctx, card.textLocale, dates.locale) ?? machineMark(ctx, card.textOrigin);
  if (notice) lines.push(notice);
  return lines.join("\n");
}

export function renderList(ctx: BotContext, page: OfferPage, activeFilters: string[], dates: DateStyle): string {
  const head = [`<b>${esc(ctx.t("offers-title", { page: page.page + 1, pages: page.more ? `${page.pageCount - 1}+` : page.pageCount }))}</b>`];
  if (activeFilters.length) head.push(esc(ctx.t("offers-filters-active", { filters: activeFilters.join(" · ") })));
  if (page.cards.length === 0) {
    return [...head, "", esc(ctx.t(activeFilters.length ? "offers-none" : "offers-none-at-all"))].join("\n");
  }
  const first = page.page * 5 + 1;
  return [...head, "", page.cards.map((card, i) => renderCard(ctx, card, dates, first + i)).join("\n\n")].join("\n");
}

export function renderSearchResults(ctx: BotContext, query: string, cards: OfferCard[], dates: DateStyle): string {
  const shown = truncate(query.replace(/\s+/g, " ").trim(), 50);
  if (cards.length === 0) return esc(ctx.t("search-none", { query: shown }));
  return [esc(ctx.t("search-results", { query: shown })), "", cards.map((card) => renderCard(ctx, card, dates)).join("\n\n")].join("\n");
}

/**
 * One offer. `original`: the texts in the author's language ("Show original"), under a header
 * that names it.
 */
export function renderDetails(ctx: BotContext, offer: OfferDetails, dates: DateStyle, options: { original?: boolean } = {}): string {
  const t = (key: string, args?: Record<string, string | number>) => esc(ctx.t(key, args));
  const lines: string[] = options.original ? [`<i>${t("translation-original-header", { language: languageName(offer.textLocale, dates.locale) })}</i>`] : [];
  lines.push(`${offer.emoji} <b>${esc(isolate(offer.title))}</b>`);
  const notice = options.original ? undefined : (fallbackNotice(ctx, offer.textLocale, dates.locale) ?? machineMark(ctx, offer.textOrigin));
  if (notice) lines.push(notice);
  lines.push("", esc(isolate(offer.summary)), "");

  lines.push(t("offer-when", { date: formatTimeRange(offer.startsAt, offer.endsAt, dates) }));
  if (offer.recurrence !== "NONE" && offer.recurrenceUntil) {
    lines.push(t(offer.recurrence === "WEEKLY" ? "offer-recurs-weekly" : "offer-recurs-biweekly", { until: formatDate(offer.recurrenceUntil, dates) }));
  }
  const place = [offer.districtName, offer.address].filter(Boolean).join(" · ");
  if (place) lines.push(t("offer-place", { place }));
  if (offer.onlineUrl) lines.push(t("offer-online-link", { url: offer.onlineUrl }));
  lines.push(offer.costText ? t("offer-cost", { cost: offer.costText }) : t("offer-cost-free"));
  const ages = ageRangeText(t, offer.ageMin, offer.ageMax);
  if (ages) lines.push(ages);
  if (offer.languages.length) {
    lines.push(t("offer-languages", { languages: formatList(offer.languages.map((code) => languageName(code, dates.locale)), dates.locale) }));
  }
  if (offer.accessibility) lines.push(t("offer-accessibility", { text: offer.accessibility }));
  if (offer.signupRequired) {
    lines.push(offer.capacity ? t("offer-signup-needed", { capacity: offer.capacity }) : t("offer-signup-needed-open"));
  } else {
    lines.push(t("offer-signup-not-needed"));
  }
  lines.push(t("offer-organizer", { name: offer.organizationName }));
  if (offer.organizationContact) lines.push(t("offer-contact", { contact: offer.organizationContact }));

  const body = lines.join("\n");
  if (!offer.details) return body;
  // The staff's long text goes last and is the part that gets shortened to fit one message.
  const room = MESSAGE_MAX - body.length - 2;
  return room > 20 ? `${body}\n\n${esc(isolate(truncate(offer.details, Math.floor(room / 1.3))))}` : body;
}
