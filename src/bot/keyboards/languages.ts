import type { I18n } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import { SUPPORTED_LOCALES, type Locale } from "../../domain/locales.ts";
import { callbackCodec, oneOf } from "../callback-data.ts";

export const languageChoice = callbackCodec("language", "set", oneOf(SUPPORTED_LOCALES));

/** Every language in its own name and script, two a row; the current one is ticked. */
export function languageKeyboard(i18n: I18n<never>, current: Locale | undefined): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  SUPPORTED_LOCALES.forEach((locale, index) => {
    const name = i18n.t(locale, "language-name");
    keyboard.text(locale === current ? `✅ ${name}` : name, languageChoice.pack(locale));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}
