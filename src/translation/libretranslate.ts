// LibreTranslate (https://libretranslate.com, open source, self-hostable): its HTTP API over
// global fetch. POST /translate { q: [...], source, target, format: "html", api_key? } ->
// { translatedText: [...] }; GET /languages -> [{ code, name, targets: [...] }].
import { isLocale, type Locale } from "../domain/locales.ts";
import { ProviderError, type TranslationProvider } from "../domain/machine-translation.ts";

export type LibreTranslateOptions = {
  /** The server, e.g. http://127.0.0.1:5000 (a trailing slash is fine). */
  url: string;
  /** Only when the server was started with --api-keys. */
  apiKey?: string;
  /** Test seam; global fetch otherwise. */
  fetch?: typeof fetch;
};

type LanguageEntry = { code?: unknown; targets?: unknown };

/** Our locale for one of LibreTranslate's codes ("ar", "zh-Hans", "pt-BR"), or undefined. */
function ourLocale(code: unknown): Locale | undefined {
  if (typeof code !== "string") return undefined;
  const exact = code.toLowerCase();
  return isLocale(exact) ? exact : undefined;
}

export function createLibreTranslateProvider(options: LibreTranslateOptions): TranslationProvider {
  const base = options.url.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;

  /** One request; every way it can fail becomes a ProviderError. */
  async function call(path: string, init: RequestInit, signal: AbortSignal): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, signal, headers: { accept: "application/json", ...init.headers } });
    } catch (error) {
      // Network failure, refused connection, or our own timeout/abort.
      throw new ProviderError("down", `LibreTranslate ${path}: ${signal.aborted ? "timed out" : describe(error)}`);
    }
    const body = await readBody(response, signal);
    if (response.ok) return body.json;
    const detail = typeof (body.json as { error?: unknown } | undefined)?.error === "string" ? `: ${(body.json as { error: string }).error}` : "";
    const message = `LibreTranslate ${path} answered ${response.status}${detail}`;
    if (response.status === 429) throw new ProviderError("rate-limited", message);
    if (response.status >= 500) throw new ProviderError("down", message);
    throw new ProviderError("rejected", message);
  }

  return {
    name: "libretranslate",

    async targets(source, signal) {
      const languages = await call("/languages", { method: "GET" }, signal);
      if (!Array.isArray(languages)) throw new ProviderError("down", "LibreTranslate /languages: not a list");
      const entry = (languages as LanguageEntry[]).find((language) => ourLocale(language?.code) === source);
      if (!entry || !Array.isArray(entry.targets)) return [];
      const targets = entry.targets.map(ourLocale).filter((l): l is Locale => l !== undefined && l !== source);
      return [...new Set(targets)];
    },

    async translate(fragments, source, target, signal) {
      if (fragments.length === 0) return [];
      const payload: Record<string, unknown> = { q: [...fragments], source, target, format: "html" };
      if (options.apiKey) payload.api_key = options.apiKey;
      const body = (await call("/translate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) }, signal)) as
        | { translatedText?: unknown }
        | undefined;
      const translated = body?.translatedText;
      // An array for an array of q; older servers (and a single q) answer one string.
      const list = Array.isArray(translated) ? translated : typeof translated === "string" ? [translated] : undefined;
      if (!list || list.length !== fragments.length || list.some((t) => typeof t !== "string")) {
        throw new ProviderError("down", `LibreTranslate /translate: ${list ? `${list.length} texts for ${fragments.length}` : "no translatedText"}`);
      }
      return list as string[];
    },
  };
}

async function readBody(response: Response, signal: AbortSignal): Promise<{ json: unknown }> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new ProviderError("down", `LibreTranslate: the answer broke off (${signal.aborted ? "timed out" : describe(error)})`);
  }
  try {
    return { json: text ? JSON.parse(text) : undefined };
  } catch {
    if (response.ok) throw new ProviderError("down", `LibreTranslate answered ${response.status} without JSON`);
    return { json: undefined };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    return typeof cause?.code === "string" ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}
