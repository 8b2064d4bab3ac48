// An in-process translation provider for bot and domain tests that are about the flows, not the
// wire: it "translates" by prefixing every text node with the target language, «ar» Sprachcafé,
// keeps tags and protected spans, and can be switched off or told to lack languages. The wire
// formats (LibreTranslate, DeepL) are tested against their fakes over HTTP.
import type { Locale } from "../../src/domain/locales.ts";
import { SUPPORTED_LOCALES } from "../../src/domain/locales.ts";
import { ProviderError, type TranslationProvider } from "../../src/domain/machine-translation.ts";

export type ScriptedTranslator = TranslationProvider & {
  /** Every call: target and the fragments sent. */
  readonly calls: { source: Locale; target: Locale; fragments: string[] }[];
  /** While true every call fails as a provider that is down would. */
  down: boolean;
};

/** What the scripted provider makes of `text` for `target`: «ar» before every text node. */
export function scripted(text: string, target: string): string {
  return text.replace(/(^|>)([^<]+)/g, (_, open: string, body: string) => `${open}«${target}» ${body}`);
}

export function scriptedTranslator(options: { name?: string; unsupported?: readonly Locale[] } = {}): ScriptedTranslator {
  const unsupported = new Set(options.unsupported ?? []);
  const provider: ScriptedTranslator = {
    name: options.name ?? "libretranslate",
    calls: [],
    down: false,
    async targets() {
      if (provider.down) throw new ProviderError("down", "scripted provider is down");
      return SUPPORTED_LOCALES.filter((l) => !unsupported.has(l));
    },
    async translate(fragments, source, target) {
      if (provider.down) throw new ProviderError("down", "scripted provider is down");
      provider.calls.push({ source, target, fragments: [...fragments] });
      // Protected spans stay as they are; everything else gets the language prefix.
      return fragments.map((fragment) =>
        fragment
          .split(/(<span translate="no">[\s\S]*?<\/span>)/)
          .map((part) => (part.startsWith('<span translate="no">') ? part : scripted(part, target)))
          .join(""),
      );
    },
  };
  return provider;
}
