// A fake DeepL API server on 127.0.0.1, speaking the wire format deepl-node uses:
//
//   Authorization: DeepL-Auth-Key <key>        on every request; 403 without it or with another
//   POST /v2/translate                          form-urlencoded (what deepl-node sends) or JSON:
//        text (repeated), source_lang, target_lang, tag_handling, preserve_formatting,
//        show_billed_characters -> { translations: [{ detected_source_language, text, billed_characters }] }
//   GET  /v2/languages?type=source|target      -> [{ language, name, supports_formality? }]
//   errors: 400 / 403 { message }, 429 Too Many Requests, 456 Quota Exceeded, 5xx
//
// The default language lists are real DeepL's (targets: no fa, ku, ps, ti). It "translates" by
// the rule of test/support/translation.ts (`scriptedFragment`) with the lower-case language of
// target_lang: EN-GB -> «en», AR -> «ar»; tags and <span translate="no">…</span> kept.
//
//   const fake = await startFakeDeepL({ authKey: "test-key:fx" });
//   createDeepLProvider({ apiKey: "test-key:fx", url: fake.url });
//   fake.failure = "quota";      // 456 (also "down": 503, "rate-limited": 429, "server-error": 500)
//   fake.delayMs = 5_000; fake.garbage = "bloated"; fake.targets = [...];
//   fake.requests                // method, path, headers, parsed body (text is a list)
//   fake.translated()            // the texts sent to /v2/translate, with source_lang and target_lang
//   fake.reset();  await fake.close();
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { formOf, readAll, wait, type FakeRequest } from "./fake-libretranslate.ts";
import { garbled, scriptedFragment, type Garbage } from "./translation.ts";

export const DEEPL_TEST_KEY = "00000000-0000-4000-8000-000000000000:fx";

/** DeepL's source languages (GET /v2/languages). */
export const DEEPL_SOURCES = ["AR", "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "HU", "ID", "IT", "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT", "RO", "RU", "SK", "SL", "SV", "TR", "UK", "ZH"];
/** DeepL's target languages (GET /v2/languages?type=target): no Farsi, Kurdish, Pashto or Tigrinya. */
export const DEEPL_TARGETS = [
  "AR", "BG", "CS", "DA", "DE", "EL", "EN-GB", "EN-US", "ES", "ET", "FI", "FR", "HU", "ID", "IT", "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT-BR", "PT-PT", "RO", "RU", "SK", "SL", "SV", "TR", "UK", "ZH", "ZH-HANS", "ZH-HANT",
];

const NAMES: Record<string, string> = { AR: "Arabic", DE: "German", EN: "English", "EN-GB": "English (British)", "EN-US": "English (American)", RU: "Russian", TR: "Turkish", UK: "Ukrainian" };

export type FakeDeepLOptions = {
  /** The key it accepts. Default DEEPL_TEST_KEY. */
  authKey?: string;
  sources?: readonly string[];
  targets?: readonly string[];
};

export type FakeDeepL = Awaited<ReturnType<typeof startFakeDeepL>>;

export async function startFakeDeepL(options: FakeDeepLOptions = {}) {
  const initial = { authKey: options.authKey ?? DEEPL_TEST_KEY, sources: [...(options.sources ?? DEEPL_SOURCES)], targets: [...(options.targets ?? DEEPL_TARGETS)] };
  const fake = {
    url: "",
    requests: [] as FakeRequest[],
    authKey: initial.authKey,
    sources: [...initial.sources],
    targets: [...initial.targets],
    delayMs: 0,
    failure: null as null | "down" | "rate-limited" | "quota" | "server-error",
    garbage: null as Garbage | null,
    /** The texts sent to /v2/translate. */
    translated(): { source: string; target: string; text: string[] }[] {
      return fake.requests
        .filter((r) => r.path === "/v2/translate" && r.body)
        .map((r) => ({ source: String(r.body!.source_lang ?? ""), target: String(r.body!.target_lang ?? ""), text: ([] as unknown[]).concat(r.body!.text ?? []).map(String) }));
    },
    reset() {
      fake.requests.length = 0;
      fake.authKey = initial.authKey;
      fake.sources = [...initial.sources];
      fake.targets = [...initial.targets];
      fake.delayMs = 0;
      fake.failure = null;
      fake.garbage = null;
    },
    close: async () => {},
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" }).end(body === undefined ? "" : JSON.stringify(body));
  };
  const has = (list: readonly string[], code: string) => list.some((c) => c.toUpperCase() === code.toUpperCase());

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readAll(req);
    let body: Record<string, unknown> | undefined;
    if (req.method === "POST") {
      try {
        body = req.headers["content-type"]?.includes("application/json") ? (JSON.parse(raw) as Record<string, unknown>) : formOf(new URLSearchParams(raw));
      } catch {
        body = undefined;
      }
    }
    fake.requests.push({ method: req.method ?? "GET", path: url.pathname, headers: req.headers, body: body ?? (url.search ? formOf(url.searchParams) : undefined) });
    if (fake.delayMs > 0 && !(await wait(fake.delayMs, res))) return;
    if (req.headers.authorization !== `DeepL-Auth-Key ${fake.authKey}`) return send(res, 403, { message: "Wrong endpoint. Use https://api.deepl.com" });
    if (fake.failure === "down") return send(res, 503, { message: "Service unavailable" });
    if (fake.failure === "rate-limited") return send(res, 429, { message: "Too many requests" });
    if (fake.failure === "quota") return send(res, 456, { message: "Quota Exceeded" });
    if (fake.failure === "server-error") return send(res, 500, { message: "Internal error" });

    if (url.pathname === "/v2/languages" && req.method === "GET") {
      const type = url.searchParams.get("type") ?? "source";
      if (type !== "source" && type !== "target") return send(res, 400, { message: "Value for 'type' not supported." });
      const list = type === "target" ? fake.targets : fake.sources;
      return send(res, 200, list.map((language) => ({ language, name: NAMES[language] ?? language, ...(type === "target" ? { supports_formality: false } : {}) })));
    }
    if (url.pathname === "/v2/translate" && req.method === "POST") {
      if (!body) return send(res, 400, { message: "Bad request" });
      const texts = ([] as unknown[]).concat(body.text ?? []).map(String);
      const target = typeof body.target_lang === "string" ? body.target_lang : "";
      const source = typeof body.source_lang === "string" ? body.source_lang : "";
      if (texts.length === 0) return send(res, 400, { message: "Parameter 'text' not specified." });
      if (!target || !has(fake.targets, target)) return send(res, 400, { message: "Value for 'target_lang' not supported." });
      if (source && !has(fake.sources, source)) return send(res, 400, { message: "Value for 'source_lang' not supported." });
      if (body.tag_handling !== undefined && body.tag_handling !== "html" && body.tag_handling !== "xml") return send(res, 400, { message: "Value for 'tag_handling' not supported." });
      const label = target.split("-")[0]!.toLowerCase();
      const translations = texts.map((text) => ({
        detected_source_language: (source || "DE").toUpperCase(),
        text: fake.garbage ? garbled(text, label, fake.garbage) : scriptedFragment(text, label),
        billed_characters: text.length,
      }));
      return send(res, 200, { translations });
    }
    send(res, 404, { message: "Not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
