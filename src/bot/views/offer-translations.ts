// What staff see of machine translations while writing an offer (parse_mode HTML): every
// version in one compact message, each language with its title and summary, and one line per
// kind of gap (still needed by hand, service unreachable, budget used up, came out wrong).
// Everything the provider or staff wrote is escaped.
import type { Locale } from "../../domain/locales.ts";
import type { OfferTexts, TranslationGap } from "../../domain/offer-translation.ts";
import { escapeHtml as esc, formatList, isolate, languageName, truncate } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

/** Telegram's limit for one message, with room for the header and the gap lines. */
const ROOM = 3300;

/** One line per kind of gap, in the staff member's language; none when nothing is missing. */
export function translationGapLines(t: Translate, gaps: readonly TranslationGap[], locale: string): string[] {
  const names = (reasons: readonly string[]) =>
    formatList(
      gaps.filter((g) => reasons.includes(g.reason)).map((g) => languageName(g.locale, locale)),
      locale,
    );
  const has = (reason: string) => gaps.some((g) => g.reason === reason);
  const lines: string[] = [];
  if (has("unsupported")) lines.push(t("translation-by-hand", { languages: names(["unsupported"]) }));
  if (has("unavailable")) lines.push(t("translation-unavailable"));
  if (has("budget")) lines.push(t("translation-budget"));
  if (has("invalid") || has("too-long")) lines.push(t("translation-invalid", { languages: names(["invalid", "too-long"]) }));
  return lines;
}

/**
 * The machine versions (each under its language's own name) and the gaps. Summaries are cut so
 * that nine languages fit in one message; the preview before saving has the full texts counted.
 */
export function renderMachineTranslations(
  t: Translate,
  input: { versions: readonly { locale: Locale; texts: OfferTexts }[]; gaps: readonly TranslationGap[]; locale: string; ownName: (locale: string) => string },
): string {
  const parts: string[] = [];
  if (input.versions.length) {
    const share = Math.max(80, Math.floor(ROOM / input.versions.length) - 140);
    parts.push(`<b>${esc(t("mt-offer-translated"))}</b>`);
    for (const { locale, texts } of input.versions) {
      parts.push(`<b>${esc(input.ownName(locale))}</b>\n<u>${esc(isolate(texts.title))}</u>\n${esc(isolate(truncate(texts.summary, share)))}`);
    }
  }
  const gaps = translationGapLines(t, input.gaps, input.locale).map(esc);
  if (gaps.length) parts.push(gaps.join("\n"));
  return parts.join("\n\n");
}
