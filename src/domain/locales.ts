// The languages Treffpunkt speaks. Each has locales/<code>.ftl; its name in its own script is
// the Fluent key `language-name` in that file.
export const SUPPORTED_LOCALES = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ku", "ps", "ti"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a Telegram `language_code` (an IETF tag such as "ar", "uk-UA", "pt-br") to a supported
 * locale, or undefined. "kmr" (Kurmanji) maps to our Kurdish; "ckb" (Sorani, written in Arabic
 * script) does not, because Sorani readers largely can't read Latin-script Kurmanji: they get the
 * language picker.
 */
export function matchLocale(languageCode: string | undefined): Locale | undefined {
  if (!languageCode) return undefined;
  const primary = languageCode.toLowerCase().split(/[-_]/)[0];
  if (primary === "kmr") return "ku";
  if (primary === "prs") return "fa"; // Dari is written and read as Persian
  return isLocale(primary) ? primary : undefined;
}
