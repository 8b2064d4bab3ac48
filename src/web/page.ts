// The public "What's on" page (GET /): upcoming dates by day in one of the ten languages, a plain
// GET form to filter, and per offer a link into the bot to sign up. Server-rendered, no
// JavaScript, a few lines of inline CSS: it must load quickly on a cheap phone and read well in
// a screen reader. Every text from the database is escaped here.
import { DateTime } from "luxon";
import type { CategoryEntry, DistrictEntry } from "../domain/catalog.ts";
import type { Listing } from "../domain/feeds.ts";
import { SUPPORTED_LOCALES, type Locale } from "../domain/locales.ts";
import type { Translator } from "../bot/i18n.ts";
import type { ParsedQuery } from "./query.ts";

/** Scripts written right to left. */
export const RTL_LOCALES: ReadonlySet<string> = new Set(["ar", "fa", "ps"]);
/** The most dates one page shows; the rest is counted. */
export const PAGE_MAX_DATES = 150;
/** How many days ahead the day picker offers. */
const DAY_CHOICES = 14;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const esc = escapeHtml;

// Text #1b1b1b and links #0a4fb5 on white: contrast about 17:1 and 7.6:1 (WCAG AAA for text).
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;color:#1b1b1b;background:#fff}
header,main{max-width:44rem;margin:0 auto;padding:0 1rem}
a{color:#0a4fb5}
a:focus-visible,button:focus-visible,select:focus-visible{outline:3px solid #b3461b;outline-offset:2px}
.langs{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;padding:0;margin:.75rem 0}
.langs a[aria-current]{font-weight:700;color:#1b1b1b}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #d0d0d0}
h3{font-size:1.05rem;margin:0 0 .25rem}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;padding:.75rem;background:#f2f2f2;border-radius:.5rem}
label{display:block;font-weight:600}
select,button{font:inherit;padding:.4rem;min-height:2.5rem;border:1px solid #6b6b6b;border-radius:.25rem;background:#fff;color:#1b1b1b}
button{background:#0a4fb5;color:#fff;border-color:#0a4fb5;padding:.4rem 1rem}
.offer{border:1px solid #d0d0d0;border-radius:.5rem;padding:.75rem;margin:.5rem 0}
.offer p{margin:.25rem 0}
.meta{color:#3d3d3d}
.signup{display:inline-block;margin-top:.5rem;font-weight:600}
`;

export type PageInput = {
  query: ParsedQuery;
  listings: readonly Listing[];
  categories: readonly CategoryEntry[];
  districts: readonly DistrictEntry[];
  translate: Translator;
  timezone: string;
  now: Date;
  /** The bot's deep link of an offer. */
  offerUrl(offerId: number): string;
  /** The calendar feed with this page's filters. */
  calendarUrl: string;
};

export function renderPage(input: PageInput): string {
  const { query, translate, timezone } = input;
  const locale = query.locale;
  const t = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
  const dir = RTL_LOCALES.has(locale) ? "rtl" : "ltr";
  const intl = `${locale}-u-ca-gregory-hc-h23`;
  const dayFormat = new Intl.DateTimeFormat(intl, { weekday: "long", day: "numeric", month: "long", timeZone: timezone });
  const timeFormat = new Intl.DateTimeFormat(intl, { hour: "2-digit", minute: "2-digit", timeZone: timezone });
  const dayKey = (date: Date) => DateTime.fromJSDate(date, { zone: timezone }).toISODate()!;

  // Every date of every offer, soonest first, grouped by day.
  const dated = input.listings
    .flatMap((offer) => offer.dates.map((date) => ({ offer, date })))
    .sort((a, b) => a.date.startsAt.getTime() - b.date.startsAt.getTime() || a.offer.offerId - b.offer.offerId);
  const shown = dated.slice(0, PAGE_MAX_DATES);
  const days = new Map<string, typeof shown>();
  for (const item of shown) {
    const key = dayKey(item.date.startsAt);
    days.set(key, [...(days.get(key) ?? []), item]);
  }

  const linkWith = (overrides: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const current = { lang: query.canonical.lang, category: query.canonical.category, district: query.canonical.district, date: query.canonical.from, ...overrides };
    for (const [key, value] of Object.entries(current)) if (value) params.set(key, value);
    return `/?${params.toString()}`;
  };
  const languageLinks = SUPPORTED_LOCALES.map((code: Locale) => {
    const current = code === locale ? ` aria-current="true"` : "";
    return `<li><a href="${esc(linkWith({ lang: code }))}" lang="${code}" hreflang="${code}" dir="${RTL_LOCALES.has(code) ? "rtl" : "ltr"}"${current}>${esc(translate(code, "language-name"))}</a></li>`;
  }).join("");

  const option = (value: string, label: string, selected: boolean) => `<option value="${esc(value)}"${selected ? " selected" : ""}>${esc(label)}</option>`;
  const today = DateTime.fromJSDate(input.now, { zone: timezone }).startOf("day");
  const dayChoices = Array.from({ length: DAY_CHOICES }, (_, i) => today.plus({ days: i }));
  const form = `<form method="get" action="/">
<input type="hidden" name="lang" value="${esc(locale)}">
<div><label for="f-category">${esc(t("page-filter-category"))}</label><select id="f-category" name="category">${option("", t("page-filter-all"), !query.canonical.category)}${input.categories
    .map((c) => option(c.id, `${c.emoji} ${c.name}`, c.id === query.canonical.category))
    .join("")}</select></div>
<div><label for="f-district">${esc(t("page-filter-district"))}</label><select id="f-district" name="district">${option("", t("page-filter-all"), !query.canonical.district)}${input.districts
    .map((d) => option(d.slug, d.name, d.slug === query.canonical.district))
    .join("")}</select></div>
<div><label for="f-date">${esc(t("page-filter-date"))}</label><select id="f-date" name="date">${option("", t("page-filter-any-day"), !query.canonical.from)}${dayChoices
    .map((d) => option(d.toISODate()!, dayFormat.format(d.toJSDate()), d.toISODate() === query.canonical.from))
    .join("")}</select></div>
<div><button type="submit">${esc(t("page-filter-submit"))}</button></div>
</form>`;

  const offerHtml = ({ offer, date }: (typeof shown)[number]) => {
    const id = `o-${date.occurrenceId}`;
    // The offer's texts may be in another language than the page: say which, for screen readers and fonts.
    const textLang = offer.textLocale !== locale ? ` lang="${esc(offer.textLocale)}" dir="${RTL_LOCALES.has(offer.textLocale) ? "rtl" : "ltr"}"` : "";
    const time = date.endsAt ? `${timeFormat.format(date.startsAt)}–${timeFormat.format(date.endsAt)}` : timeFormat.format(date.startsAt);
    const place = offer.onlineUrl ? t("offers-online") : [offer.address, offer.district?.name].filter(Boolean).join(", ");
    const ages =
      offer.ageMin !== undefined && offer.ageMax !== undefined
        ? t("offer-ages-range", { min: offer.ageMin, max: offer.ageMax })
        : offer.ageMin !== undefined
          ? t("offer-ages-min", { min: offer.ageMin })
          : offer.ageMax !== undefined
            ? t("offer-ages-max", { max: offer.ageMax })
            : undefined;
    const cost = offer.free ? t("offer-cost-free") : t("offer-cost", { cost: offer.costText ?? "" });
    return `<article class="offer" aria-labelledby="${id}">
<h3 id="${id}"><span aria-hidden="true">${esc(offer.category.emoji)}</span> <span${textLang}>${esc(offer.title)}</span></h3>
<p class="meta"><time datetime="${esc(date.startsAt.toISOString())}">${esc(time)}</time>${place ? ` · ${esc(place)}` : ""}</p>
${offer.summary ? `<p${textLang}>${esc(offer.summary)}</p>` : ""}${textLang ? `<p class="meta">${esc(t("offers-only-in", { language: offer.textLocale }))}</p>` : ""}
<p class="meta">${esc(t("page-organizer", { organization: offer.organization.name }))}</p>
<p class="meta">${esc(cost)}${ages ? ` · ${esc(ages)}` : ""}</p>
<a class="signup" href="${esc(input.offerUrl(offer.offerId))}" aria-describedby="${id}">${esc(t(offer.signupRequired ? "page-signup" : "page-open"))}</a>
</article>`;
  };

  const sections = [...days.entries()]
    .map(([key, items]) => `<section aria-labelledby="d-${key}">\n<h2 id="d-${key}">${esc(dayFormat.format(items[0]!.date.startsAt))}</h2>\n${items.map(offerHtml).join("\n")}\n</section>`)
    .join("\n");
  const more = dated.length - shown.length;

  return `<!doctype html>
<html lang="${esc(locale)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t("page-title"))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<nav aria-label="${esc(t("page-languages"))}"><ul class="langs">${languageLinks}</ul></nav>
<h1>${esc(t("page-heading"))}</h1>
<p>${esc(t("page-intro"))}</p>
</header>
<main>
${form}
<p><a href="${esc(input.calendarUrl)}">${esc(t("page-subscribe"))}</a></p>
${sections || `<p>${esc(t("page-empty"))}</p>`}
${more > 0 ? `<p>${esc(t("page-more", { count: more }))}</p>` : ""}
</main>
</body>
</html>
`;
}
