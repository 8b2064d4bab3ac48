// The machine translation provider chosen by TRANSLATE_PROVIDER. Infrastructure like src/db:
// the domain defines the port (TranslationProvider in src/domain/machine-translation.ts) and
// never imports this folder; src/app.ts hands the provider in.
//
// A third provider (say an OpenAI-compatible endpoint a city hosts itself) is one more file
// here implementing TranslationProvider (name, targets, translate; failures as ProviderError),
// one more case below and one more value of TRANSLATE_PROVIDER in src/config.ts.
import type { TranslationProvider } from "../domain/machine-translation.ts";
import { createDeepLProvider } from "./deepl.ts";
import { createLibreTranslateProvider } from "./libretranslate.ts";

export type TranslationConfig = Readonly<{
  provider: "off" | "libretranslate" | "deepl";
  url: string | undefined;
  apiKey: string | undefined;
  timeoutMs: number;
}>;

/** The configured provider, or null when machine translation is off. */
export function createTranslationProvider(config: TranslationConfig): TranslationProvider | null {
  switch (config.provider) {
    case "off":
      return null;
    case "libretranslate":
      if (!config.url) throw new Error("TRANSLATE_URL is required for LibreTranslate");
      return createLibreTranslateProvider({ url: config.url, apiKey: config.apiKey });
    case "deepl":
      if (!config.apiKey) throw new Error("TRANSLATE_API_KEY is required for DeepL");
      return createDeepLProvider({ apiKey: config.apiKey, url: config.url, timeoutMs: config.timeoutMs });
  }
}
