// A fake LibreTranslate server on 127.0.0.1, speaking its real HTTP API:
//
//   POST /translate   JSON or form body: q (a string or a list), source, target, format
//                     ("text" | "html"), api_key -> { translatedText } (a string for a string q,
//                     a list for a list); 400/403/429/5xx as { error }
//   GET  /languages   -> [{ code, name, targets: [...] }]
//
// It "translates" by the rule of test/support/translation.ts (`scriptedFragment`): «ar» before
// every text node, tags and <span translate="no">…</span> kept, so tests can predict results.
//
//   const fake = await startFakeLibreTranslate({ languages: ["de", "en", "ar"], apiKey: "k" });
//   createLibreTranslateProvider({ url: fake.url, apiKey: "k" });
//   fake.delayMs = 5_000;        // slow
//   fake.failure = "down";       // 503 (also "rate-limited": 429, "server-error": 500)
//   fake.garbage = "drop-span";  // a spoiled answer (see Garbage in translation.ts)
//   fake.requests                // every request: method, path, headers, parsed body
//   fake.translated()            // just the texts sent to /translate, with source and target
//   fake.reset();  await fake.close();
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { garbled, scriptedFragment, type Garbage } from "./translation.ts";

/** Every language of Treffpunkt, as if the city loaded every model. */
export const LIBRETRANSLATE_ALL = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ku", "ps", "ti"];

export type FakeRequest = { method: string; path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> | undefined };

export type FakeLibreTranslateOptions = {
  /** The codes it knows; each translates into every other. Default: LIBRETRANSLATE_ALL. */
  languages?: readonly string[];
  /** When set, /translate wants this api_key (403 otherwise), like a server run with --api-keys. */
  apiKey?: string;
};

export type FakeLibreTranslate = Awaited<ReturnType<typeof startFakeLibreTranslate>>;

const NAMES: Record<string, string> = { de: "German", en: "English", ar: "Arabic", fa: "Persian", uk: "Ukrainian", ru: "Russian", tr: "Turkish", ku: "Kurdish", ps: "Pashto", ti: "Tigrinya" };

export async function startFakeLibreTranslate(options: FakeLibreTranslateOptions = {}) {
  const initial = { languages: [...(options.languages ?? LIBRETRANSLATE_ALL)], apiKey: options.apiKey };
  const fake = {
    url: "",
    /** Every request, in order. */
    requests: [] as FakeRequest[],
    /** The codes it knows (change to "install" or "remove" models). */
    languages: [...initial.languages],
    /** The key /translate wants; undefined: none. */
    apiKey: initial.apiKey,
    /** Milliseconds every answer waits. */
    delayMs: 0,
    /** Answer every request with 503, 429 or 500. */
    failure: null as null | "down" | "rate-limited" | "server-error",
    /** Spoil every translation this way. */
    garbage: null as Garbage | null,
    /** The texts sent to /translate. */
    translated(): { source: string; target: string; q: string[] }[] {
      return fake.requests
        .filter((r) => r.path === "/translate" && r.body)
        .map((r) => ({ source: String(r.body!.source), target: String(r.body!.target), q: ([] as unknown[]).concat(r.body!.q ?? []).map(String) }));
    },
    /** Back to how it started: no requests, no delay, no failure, the first languages and key. */
    reset() {
      fake.requests.length = 0;
      fake.languages = [...initial.languages];
      fake.apiKey = initial.apiKey;
      fake.delayMs = 0;
      fake.failure = null;
      fake.garbage = null;
    },
    close: async () => {},
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readAll(req);
    const body = parseBody(req.headers["content-type"], raw, url);
    fake.requests.push({ method: req.method ?? "GET", path: url.pathname, headers: req.headers, body });
    if (fake.delayMs > 0 && !(await wait(fake.delayMs, res))) return;
    if (fake.failure === "down") return send(res, 503, { error: "Service Unavailable" });
    if (fake.failure === "rate-limited") return send(res, 429, { error: "Too many request limits violations" });
    if (fake.failure === "server-error") return send(res, 500, { error: "Internal Server Error" });

    if (url.pathname === "/languages" && req.method === "GET") {
      return send(
        res,
        200,
        fake.languages.map((code) => ({ code, name: NAMES[code] ?? code, targets: fake.languages.filter((other) => other !== code) })),
      );
    }
    if (url.pathname === "/translate" && req.method === "POST") {
      if (!body) return send(res, 400, { error: "Invalid request: unreadable body" });
      if (fake.apiKey !== undefined && body.api_key !== fake.apiKey) {
        return send(res, 403, { error: body.api_key ? "Invalid API key" : "Visit https://portal.libretranslate.com to get an API key" });
      }
      const { q, source, target } = body;
      const format = body.format ?? "text";
      if (q === undefined || q === "") return send(res, 400, { error: "Invalid request: missing q parameter" });
      if (typeof source !== "string" || !source) return send(res, 400, { error: "Invalid request: missing source parameter" });
      if (typeof target !== "string" || !target) return send(res, 400, { error: "Invalid request: missing target parameter" });
      if (format !== "text" && format !== "html") return send(res, 400, { error: `${String(format)} format is not supported` });
      if (!fake.languages.includes(source)) return send(res, 400, { error: `${source} is not supported` });
      if (!fake.languages.includes(target)) return send(res, 400, { error: `${target} is not supported` });
      const texts = ([] as unknown[]).concat(q).map(String);
      const out = texts.map((text) => (fake.garbage ? garbled(text, target, fake.garbage) : scriptedFragment(text, target)));
      return send(res, 200, { translatedText: Array.isArray(q) ? out : out[0] });
    }
    send(res, 404, { error: "Not Found" });
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

export function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(""));
  });
}

/** JSON or form (a repeated key becomes a list); undefined when it can't be read. */
function parseBody(type: string | undefined, raw: string, url: URL): Record<string, unknown> | undefined {
  if (!raw) return url.search ? formOf(url.searchParams) : undefined;
  if (type?.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return formOf(new URLSearchParams(raw));
}

export function formOf(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** Waits `ms`; false when the client went away meanwhile (a timeout on its side). */
export function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", gone);
      resolve(!res.destroyed);
    }, ms);
    const gone = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once("close", gone);
  });
}
