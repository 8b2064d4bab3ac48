// How announcements show machine translation: the text a reader gets (their version with the
// "machine-translated" mark, or the source with "(only in …)"), the notes staff get about
// languages that were not translated, and the provider's name as people know it. One home for
// the delivery (announcement-transport.ts), the preview and the edit of /broadcast.
import type { TranslationFailure } from "../../domain/machine-translation.ts";
import { pickText } from "../../domain/translations.ts";
import { formatList } from "../formatting.ts";
import type { Translate } from "../i18n.ts";

export type AnnouncementVersions = {
  texts: Readonly<Record<string, string | undefined>>;
  /** Per language: who made it; a version without an entry counts as typed by staff. */
  textOrigins: Readonly<Record<string, { origin: string } | undefined>>;
  sourceLocale: string;
};

/**
 * What a reader of `reader` gets: their own version (a machine-made one with the mark under it),
 * else the source text after "(only in …)". `machine` says whether "Show original" belongs to it.
 */
export function announcementBody(t: Translate, content: AnnouncementVersions, reader: string): { text: string; machine: boolean } {
  const picked = pickText(content.texts, reader, content.sourceLocale);
  if (picked && picked.locale === reader) {
    const machine = reader !== content.sourceLocale && content.textOrigins[reader]?.origin === "MACHINE";
    return { text: machine ? `${picked.text}\n\n${t("translation-mark")}` : picked.text, machine };
  }
  return { text: `${t("offers-only-in", { language: picked?.locale ?? content.sourceLocale })}\n\n${picked?.text ?? ""}`, machine: false };
}

/** A provider's name as its makers write it ("deepl" → "DeepL"); others as configured. */
export function providerLabel(name: string): string {
  return ({ deepl: "DeepL", libretranslate: "LibreTranslate" } as Record<string, string>)[name] ?? name;
}

/**
 * One line per kind of failure, for staff: languages still needed by hand, the service
 * unreachable, the budget used up, results that did not come out right. `languageOf` names a
 * language in the reader's language.
 */
export function translationNotes(t: Translate, failures: readonly { locale: string; reason: TranslationFailure }[], languageOf: (code: string) => string, locale: string): string[] {
  const of = (...reasons: TranslationFailure[]) => failures.filter((f) => reasons.includes(f.reason)).map((f) => languageOf(f.locale));
  const lines: string[] = [];
  const byHand = of("unsupported");
  if (byHand.length) lines.push(t("translation-by-hand", { languages: formatList(byHand, locale) }));
  if (of("unavailable").length) lines.push(t("translation-unavailable"));
  if (of("budget").length) lines.push(t("translation-budget"));
  const invalid = of("invalid", "too-long");
  if (invalid.length) lines.push(t("translation-invalid", { languages: formatList(invalid, locale) }));
  return lines;
}
