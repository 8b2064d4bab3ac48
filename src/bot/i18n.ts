// One I18n instance, used for handlers, inside conversations, and by code without a ctx
// (scheduler, notifier, announcement transport, command menu), which gets a Translator.
import path from "node:path";
import { I18n } from "@grammyjs/i18n";
import { matchLocale, type Locale } from "../domain/locales.ts";
import { PROJECT_ROOT } from "../paths.ts";
import type { BaseContext } from "./context.ts";

export const LOCALES_DIR = path.join(PROJECT_ROOT, "locales");

export type TranslationArgs = Record<string, string | number>;
/** A text in the language of the update at hand (ctx.t). */
export type Translate = (key: string, args?: TranslationArgs) => string;
/** A text in any language: what adapters without a ctx are given instead of the I18n object. */
export type Translator = (locale: string, key: string, args?: TranslationArgs) => string;

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
  memoizeBundleMatching(i18n);
  return i18n;
}

/**
 * @grammyjs/i18n 1.1.2 negotiates the language again on every single translation
 * (Fluent.matchBundles: @fluent/langneg over all bundles' locales, ~10 µs), which was 5–9 % of
 * the CPU of an update in the bench's profile: a screen has a dozen strings. The bundles are
 * fixed once the locales are loaded, so the answer for a list of locales never changes; it is
 * remembered here (the lists are our ten locales, so the map stays small; a bound keeps it so).
 */
function memoizeBundleMatching(i18n: I18n<BaseContext>): void {
  type Matching = { matchBundles(locales: string[]): unknown };
  const fluent = i18n.fluent as unknown as Matching;
  if (typeof fluent.matchBundles !== "function") return; // a future version: nothing to do
  const match = fluent.matchBundles.bind(fluent);
  const known = new Map<string, unknown>();
  fluent.matchBundles = (locales) => {
    const key = locales.join("\u0000");
    let bundles = known.get(key);
    if (bundles === undefined) {
      bundles = match(locales);
      if (known.size < 256) known.set(key, bundles);
    }
    return bundles;
  };
}

/** The translate function handed to adapters. */
export function translatorOf(i18n: Pick<I18n<BaseContext>, "t">): Translator {
  return (locale, key, args) => i18n.t(locale, key, args);
}

/** ctx.t as a plain function, for views and keyboards. */
export const translateIn = (ctx: Pick<BaseContext, "t">): Translate => ctx.t.bind(ctx);

/** The date style of this update: the user's language, the bot's time zone. */
export async function dateStyleOf(ctx: Pick<BaseContext, "i18n">, timezone: string): Promise<{ locale: string; timezone: string }> {
  return { locale: await ctx.i18n.getLocale(), timezone };
}
