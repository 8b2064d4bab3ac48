// One I18n instance, used for handlers, inside conversations, and by code without a ctx
// (scheduler, notifier) through i18n.t(locale, key, args).
import path from "node:path";
import { I18n } from "@grammyjs/i18n";
import { matchLocale, type Locale } from "../domain/locales.ts";
import type { BaseContext } from "./context.ts";

export const LOCALES_DIR = path.resolve(import.meta.dirname, "../../locales");

/** The user's chosen language, else their Telegram app's language, else the default. */
export function negotiateLocale(ctx: Pick<BaseContext, "user" | "from">, defaultLocale: Locale): Locale {
  return ctx.user?.locale ?? matchLocale(ctx.from?.language_code) ?? defaultLocale;
}

export function createI18n(options: { defaultLocale: Locale }): I18n<BaseContext> {
  const i18n = new I18n<BaseContext>({
    defaultLocale: options.defaultLocale,
    useSession: false,
    localeNegotiator: (ctx) => negotiateLocale(ctx, options.defaultLocale),
    // Fluent wraps placeables in Unicode isolation marks (U+2068/U+2069), which keeps a
    // German place name from scrambling an Arabic sentence. Keep it on.
    fluentBundleOptions: { useIsolating: true },
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}
