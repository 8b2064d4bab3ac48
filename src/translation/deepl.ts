// DeepL (https://www.deepl.com/docs-api) through its official client, deepl-node. deepl-node
// retries on its own and takes no AbortSignal: we turn its retries off (the engine and the
// background job decide when to try again) and race each call against the signal.
// deepl-node and its HTTP client take about 0.3 s to load: the module is loaded on the first
// call, so an instance that does not use DeepL, or has not translated yet, starts without it.
import type * as DeepL from "deepl-node";
import { SUPPORTED_LOCALES, type Locale } from "../domain/locales.ts";
import { ProviderError, type TranslationProvider } from "../domain/machine-translation.ts";

export type DeepLOptions = {
  /** The account's authentication key (…:fx for the free API). */
  apiKey: string;
  /** Overrides the server deepl-node picks from the key (https://api-free.deepl.com or https://api.deepl.com). */
  url?: string;
  /** deepl-node's own socket timeout; the engine's signal usually ends a call first. */
  timeoutMs?: number;
};

let loading: Promise<typeof DeepL> | undefined;
const loadDeepL = (): Promise<typeof DeepL> => (loading ??= import("deepl-node"));

/** Our locale as DeepL's source language: "DE", "EN", "AR" … */
export function deeplSource(locale: Locale): DeepL.SourceLanguageCode {
  return locale.toUpperCase() as DeepL.SourceLanguageCode;
}

/** Our locale as DeepL's target language: English is British English, the rest upper case. */
export function deeplTarget(locale: Locale): DeepL.TargetLanguageCode {
  return (locale === "en" ? "EN-GB" : locale.toUpperCase()) as DeepL.TargetLanguageCode;
}

/** Does DeepL's code ("en-GB", "ar", "pt-BR") name this target exactly as we would ask for it? */
function sameLanguage(deeplCode: string, code: string): boolean {
  return deeplCode.toLowerCase() === code.toLowerCase();
}

/** A deepl-node error (or anything else thrown inside it) as our ProviderError. */
function providerErrorOf(error: unknown, deepl: typeof DeepL): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = `DeepL: ${error instanceof Error ? error.message : String(error)}`;
  if (error instanceof deepl.TooManyRequestsError) return new ProviderError("rate-limited", message);
  if (error instanceof deepl.QuotaExceededError || error instanceof deepl.AuthorizationError) return new ProviderError("rejected", message);
  if (error instanceof deepl.ConnectionError) return new ProviderError("down", message);
  if (error instanceof deepl.DeepLError) {
    // checkStatusCode has no status field: 400 is "Bad request", 5xx "Service unavailable" or
    // "Unexpected status code: 5xx"; an answer it cannot parse is the server misbehaving too.
    const status = /Unexpected status code: (\d{3})/.exec(error.message)?.[1];
    if (error.message.startsWith("Bad request") || error.message.startsWith("Not found") || (status && Number(status) < 500)) return new ProviderError("rejected", message);
    return new ProviderError("down", message);
  }
  return new ProviderError("down", message);
}

/** Resolves or rejects with `work`, or rejects as "down" as soon as `signal` aborts. */
async function raced<T>(work: Promise<T>, signal: AbortSignal, what: string, deepl: typeof DeepL): Promise<T> {
  if (signal.aborted) {
    work.catch(() => {});
    throw new ProviderError("down", `DeepL ${what}: timed out`);
  }
  let onAbort!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new ProviderError("down", `DeepL ${what}: timed out`));
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } catch (error) {
    throw providerErrorOf(error, deepl);
  } finally {
    signal.removeEventListener("abort", onAbort);
    // The lost side of the race must not become an unhandled rejection.
    work.catch(() => {});
    aborted.catch(() => {});
  }
}

export function createDeepLProvider(options: DeepLOptions): TranslationProvider {
  let client: DeepL.DeepLClient | undefined;
  const connect = async () => {
    const deepl = await loadDeepL();
    client ??= new deepl.DeepLClient(options.apiKey, {
      serverUrl: options.url?.replace(/\/+$/, ""),
      maxRetries: 0,
      minTimeout: options.timeoutMs ?? 10_000,
      sendPlatformInfo: false,
      appInfo: { appName: "treffpunkt", appVersion: "1" },
    });
    return { deepl, client };
  };

  return {
    name: "deepl",

    async targets(source, signal) {
      const { deepl, client } = await connect();
      const [sources, targets] = await raced(Promise.all([client.getSourceLanguages(), client.getTargetLanguages()]), signal, "languages", deepl);
      if (!sources.some((language) => sameLanguage(language.code, deeplSource(source)))) return [];
      return SUPPORTED_LOCALES.filter((locale) => locale !== source && targets.some((language) => sameLanguage(language.code, deeplTarget(locale))));
    },

    async translate(fragments, source, target, signal) {
      if (fragments.length === 0) return [];
      const { deepl, client } = await connect();
      const results = await raced(
        client.translateText([...fragments], deeplSource(source), deeplTarget(target), { tagHandling: "html", preserveFormatting: true }),
        signal,
        "translate",
        deepl,
      );
      if (results.length !== fragments.length) throw new ProviderError("down", `DeepL: ${results.length} texts for ${fragments.length}`);
      return results.map((result) => result.text);
    },
  };
}
