import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "../../src/domain/machine-translation.ts";
import { createLibreTranslateProvider } from "../../src/translation/libretranslate.ts";
import { startFakeLibreTranslate, type FakeLibreTranslate } from "../support/fake-libretranslate.ts";

const KEY = "city-key-123";
let fake: FakeLibreTranslate;
const signal = () => AbortSignal.timeout(5_000);
const failure = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return (error as ProviderError).reason;
};

beforeAll(async () => {
  fake = await startFakeLibreTranslate({ languages: ["de", "en", "ar", "fa", "zh-Hans", "pt-BR"], apiKey: KEY });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("LibreTranslate provider", () => {
  it("when fragments are translated, then one POST /translate carries them as a list with format html and the key, and the answers come back in order", async () => {
    const provider = createLibreTranslateProvider({ url: `${fake.url}/`, apiKey: KEY });
    const out = await provider.translate(['Sprachcafé<br>im <span translate="no">Rathaus</span>', "Kommt vorbei"], "de", "ar", signal());

    expect(out).toEqual(['«ar» Sprachcafé<br>«ar» im <span translate="no">Rathaus</span>', "«ar» Kommt vorbei"]);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/translate" });
    expect(request!.headers["content-type"]).toContain("application/json");
    expect(request!.body).toEqual({ q: ['Sprachcafé<br>im <span translate="no">Rathaus</span>', "Kommt vorbei"], source: "de", target: "ar", format: "html", api_key: KEY });
    expect(provider.name).toBe("libretranslate");
  });

  it("when the server answers the single-string form, then it is read as one text", async () => {
    // A server that answers { translatedText: "…" }: the q list of one is sent as a plain string.
    const single: typeof fetch = (input, init) => {
      const body = JSON.parse(String(init!.body)) as { q: string[] };
      return fetch(input, { ...init, body: JSON.stringify({ ...body, q: body.q[0] }) });
    };
    const provider = createLibreTranslateProvider({ url: fake.url, apiKey: KEY, fetch: single });
    expect(await provider.translate(["Hallo"], "de", "fa", signal())).toEqual(["«fa» Hallo"]);
    expect(fake.requests[0]!.body!.q).toBe("Hallo");
  });

  it("when the languages are asked, then GET /languages gives our locales the source translates into, without the source and without codes we don't speak", async () => {
    const provider = createLibreTranslateProvider({ url: fake.url });
    expect((await provider.targets("de", signal())).sort()).toEqual(["ar", "en", "fa"]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /languages"]);
    expect(await provider.targets("ti", signal())).toEqual([]);
  });

  it("when the key is missing or wrong, then the 403 is a rejection", async () => {
    expect(await failure(createLibreTranslateProvider({ url: fake.url }).translate(["Hallo"], "de", "ar", signal()))).toBe("rejected");
    expect(await failure(createLibreTranslateProvider({ url: fake.url, apiKey: "wrong" }).translate(["Hallo"], "de", "ar", signal()))).toBe("rejected");
    expect(fake.requests.map((r) => r.body!.api_key)).toEqual([undefined, "wrong"]);
  });

  it("when a language is not installed, then the 400 is a rejection", async () => {
    expect(await failure(createLibreTranslateProvider({ url: fake.url, apiKey: KEY }).translate(["Hallo"], "de", "ti", signal()))).toBe("rejected");
  });

  it("when the server answers 429, 503 or 500, then they are rate-limited, down and down, for texts and languages alike", async () => {
    const provider = createLibreTranslateProvider({ url: fake.url, apiKey: KEY });
    const table = [
      ["rate-limited", "rate-limited"],
      ["down", "down"],
      ["server-error", "down"],
    ] as const;
    for (const [mode, reason] of table) {
      fake.failure = mode;
      expect(await failure(provider.translate(["Hallo"], "de", "ar", signal()))).toBe(reason);
      expect(await failure(provider.targets("de", signal()))).toBe(reason);
    }
  });

  it("when the server is slow, then the call ends as down as soon as the signal aborts", async () => {
    fake.delayMs = 3_000;
    const started = performance.now();
    expect(await failure(createLibreTranslateProvider({ url: fake.url, apiKey: KEY }).translate(["Hallo"], "de", "ar", AbortSignal.timeout(200)))).toBe("down");
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("when nothing listens at the address, then the call is down", async () => {
    const other = await startFakeLibreTranslate();
    const url = other.url;
    await other.close();
    expect(await failure(createLibreTranslateProvider({ url }).targets("de", signal()))).toBe("down");
  });

  it("when the fake is sent a form body with one q, as curl or an older client would, then it answers one string like the real server", async () => {
    const response = await fetch(`${fake.url}/translate`, {
      method: "POST",
      body: new URLSearchParams({ q: "Hallo <b>Welt</b>", source: "de", target: "fa", format: "html", api_key: KEY }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ translatedText: "«fa» Hallo <b>«fa» Welt</b>" });
  });
});
