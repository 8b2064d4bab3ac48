import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "../../src/domain/machine-translation.ts";
import { createDeepLProvider, deeplSource, deeplTarget } from "../../src/translation/deepl.ts";
import { DEEPL_TEST_KEY, startFakeDeepL, type FakeDeepL } from "../support/fake-deepl.ts";

let fake: FakeDeepL;
const signal = () => AbortSignal.timeout(5_000);
const provider = (apiKey = DEEPL_TEST_KEY) => createDeepLProvider({ apiKey, url: fake.url, timeoutMs: 5_000 });
const failure = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return (error as ProviderError).reason;
};

beforeAll(async () => {
  fake = await startFakeDeepL();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("DeepL provider", () => {
  it("when our locales are named for DeepL, then sources are upper case and English is British as a target", () => {
    expect(["de", "en", "ar", "uk"].map((l) => deeplSource(l as "de"))).toEqual(["DE", "EN", "AR", "UK"]);
    expect(["en", "ar", "tr"].map((l) => deeplTarget(l as "en"))).toEqual(["EN-GB", "AR", "TR"]);
  });

  it("when fragments are translated, then deepl-node posts them form-encoded with the auth header, html tag handling and both languages, and the answers come back in order", async () => {
    const out = await provider().translate(['Treffen um <span translate="no">15:00</span>', "Kommt<br>vorbei"], "de", "en", signal());

    expect(out).toEqual(['«en» Treffen um <span translate="no">15:00</span>', "«en» Kommt<br>«en» vorbei"]);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/v2/translate" });
    expect(request!.headers.authorization).toBe(`DeepL-Auth-Key ${DEEPL_TEST_KEY}`);
    expect(request!.headers["content-type"]).toContain("application/x-www-form-urlencoded");
    expect(request!.body).toMatchObject({
      text: ['Treffen um <span translate="no">15:00</span>', "Kommt<br>vorbei"],
      source_lang: "de",
      target_lang: "en-GB",
      tag_handling: "html",
    });
  });

  it("when the languages are asked, then both lists are read and only our locales DeepL translates into come back: no Farsi, Kurdish, Pashto or Tigrinya", async () => {
    expect((await provider().targets("de", signal())).sort()).toEqual(["ar", "en", "ru", "tr", "uk"]);
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.body?.type ?? "source"}`).sort()).toEqual(["GET /v2/languages source", "GET /v2/languages target"]);
    for (const request of fake.requests) expect(request.headers.authorization).toBe(`DeepL-Auth-Key ${DEEPL_TEST_KEY}`);
  });

  it("when the source is not a DeepL source language, then there are no targets", async () => {
    expect(await provider().targets("fa", signal())).toEqual([]);
  });

  it("when the key is wrong, then the 403 is a rejection", async () => {
    expect(await failure(provider("not-the-key:fx").translate(["Hallo"], "de", "ar", signal()))).toBe("rejected");
    expect(fake.requests[0]!.headers.authorization).toBe("DeepL-Auth-Key not-the-key:fx");
  });

  it("when DeepL answers 456, 429, 503 or 500, then they are rejected, rate-limited, down and down, each after one request (no retries of deepl-node's own)", async () => {
    const table = [
      ["quota", "rejected"],
      ["rate-limited", "rate-limited"],
      ["down", "down"],
      ["server-error", "down"],
    ] as const;
    for (const [mode, reason] of table) {
      fake.reset();
      fake.failure = mode;
      expect(await failure(provider().translate(["Hallo"], "de", "ar", signal()))).toBe(reason);
      expect(fake.requests).toHaveLength(1);
    }
  });

  it("when a target DeepL does not have is asked for anyway, then the 400 is a rejection", async () => {
    expect(await failure(provider().translate(["Hallo"], "de", "fa", signal()))).toBe("rejected");
  });

  it("when DeepL is slow, then the call ends as down as soon as the signal aborts, though deepl-node takes no signal", async () => {
    fake.delayMs = 3_000;
    const started = performance.now();
    expect(await failure(provider().translate(["Hallo"], "de", "ar", AbortSignal.timeout(200)))).toBe("down");
    expect(await failure(provider().targets("de", AbortSignal.timeout(200)))).toBe("down");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("when nothing listens at the address, then the call is down", async () => {
    const other = await startFakeDeepL();
    const url = other.url;
    await other.close();
    expect(await failure(createDeepLProvider({ apiKey: DEEPL_TEST_KEY, url }).translate(["Hallo"], "de", "ar", signal()))).toBe("down");
  });

  it("when the fake is called with a JSON body, or without the auth header, then it answers as DeepL does", async () => {
    const call = (headers: Record<string, string>) =>
      fetch(`${fake.url}/v2/translate`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ text: ["Hallo"], target_lang: "UK" }) });
    const answer = await call({ authorization: `DeepL-Auth-Key ${DEEPL_TEST_KEY}` });
    expect(await answer.json()).toEqual({ translations: [{ detected_source_language: "DE", text: "«uk» Hallo", billed_characters: 5 }] });
    expect((await call({})).status).toBe(403);
  });
});
