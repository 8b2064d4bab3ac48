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

/**
 * What the scripted provider, the fake LibreTranslate and the fake DeepL make of one HTML
 * fragment for `target`: `scripted` on everything outside <span translate="no">…</span>, the
 * protected spans as they are.
 */
export function scriptedFragment(fragment: string, target: string): string {
  return fragment
    .split(/(<span translate="no">[\s\S]*?<\/span>)/)
    .map((part) => (part.startsWith('<span translate="no">') ? part : scripted(part, target)))
    .join("");
}

/**
 * Ways a provider's answer can be garbage, for the fakes:
 * - empty: "" for every text;
 * - bloated: the translation ten times over;
 * - broken-html: a closing tag without its opening one and a tag cut off at the end;
 * - drop-span: the first protected span left out (no change for a text without one);
 * - alter-span: the first protected span's content "translated" too (one change: restorable);
 * - scramble-spans: every protected span's content replaced by another and their order reversed (not restorable).
 */
export type Garbage = "empty" | "bloated" | "broken-html" | "drop-span" | "alter-span" | "scramble-spans";

const PROTECTED_SPAN = /<span translate="no">([\s\S]*?)<\/span>/g;

/** The scripted translation of `fragment`, spoiled as `garbage` says. */
export function garbled(fragment: string, target: string, garbage: Garbage): string {
  const good = scriptedFragment(fragment, target);
  switch (garbage) {
    case "empty":
      return "";
    case "bloated":
      return Array.from({ length: 10 }, () => good).join(" ");
    case "broken-html":
      return `${good}</span><span translate="no"`;
    case "drop-span":
      return good.replace(/<span translate="no">[\s\S]*?<\/span>/, "");
    case "alter-span":
      return good.replace(/<span translate="no">([\s\S]*?)<\/span>/, (_, content: string) => `<span translate="no">«${target}» ${content}</span>`);
    case "scramble-spans": {
      const spans = [...good.matchAll(PROTECTED_SPAN)].map((_, index) => `<span translate="no">«${target}» ${index + 1}</span>`).reverse();
      let index = 0;
      return good.replace(PROTECTED_SPAN, () => spans[index++]!);
    }
  }
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
      return fragments.map((fragment) => scriptedFragment(fragment, target));
    },
  };
  return provider;
}
