import { InlineKeyboard } from "grammy";
import { SUPPORTED_LOCALES, type Locale } from "../../domain/locales.ts";
import { callbackCodec, oneOf } from "../callback-data.ts";
import type { Translator } from "../i18n.ts";

export const languageChoice = callbackCodec("language", "set", oneOf(SUPPORTED_LOCALES));

/** Every language in its own name and script, two a row; the current one is ticked. */
export function languageKeyboard(translate: Translator, current: Locale | undefined): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  SUPPORTED_LOCALES.forEach((locale, index) => {
    const name = translate(locale, "language-name");
    keyboard.text(locale === current ? `✅ ${name}` : name, languageChoice.pack(locale));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}
