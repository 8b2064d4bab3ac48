// The one Telegram error rule, over real Bot API error bodies and real network failures, in
// every shape a caller meets them: GrammyError, its structured clone from
// conversation.external, the raw HTTP answer below grammY, HttpError and fetch's own errors.
import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { classifyNetworkError, classifyResponse, classifyTelegramError } from "../../src/bot/telegram-errors.ts";
import { createRetryingFetch } from "../../src/bot/telegram-fetch.ts";

type Body = { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

const apiCases: [name: string, body: Body, expected: { action: string; seconds?: number }][] = [
  ["403 blocked", { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, { action: "gone" }],
  ["403 deactivated", { ok: false, error_code: 403, description: "Forbidden: user is deactivated" }, { action: "gone" }],
  ["400 chat not found", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, { action: "gone" }],
  [
    "400 message is not modified",
    {
      ok: false,
      error_code: 400,
      description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    },
    { action: "give-up" },
  ],
  ["400 query is too old", { ok: false, error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" }, { action: "give-up" }],
  ["429 retry after 7", { ok: false, error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } }, { action: "retry-after", seconds: 7 }],
  ["500", { ok: false, error_code: 500, description: "Internal Server Error" }, { action: "backoff" }],
  ["502", { ok: false, error_code: 502, description: "Bad Gateway" }, { action: "backoff" }],
];

const grammyError = (body: Body, method = "sendMessage") => new GrammyError(`Call to '${method}' failed!`, body, method, { chat_id: 5, text: "Hallo" });

describe("telegram error classifier: Telegram's answers", () => {
  it.each(apiCases)("when Telegram answers %s, then every shape of it gets the same verdict", (_name, body, expected) => {
    const verdict = { ...expected, source: "api", code: body.error_code, method: "sendMessage", description: body.description, maybeSent: true };

    expect(classifyTelegramError(grammyError(body))).toEqual(verdict);
    // conversation.external hands back a structured clone: message and stack only, no parameters.
    expect(classifyTelegramError(structuredClone(grammyError(body)))).toEqual(verdict);
    expect(classifyResponse("sendMessage", body.error_code, body)).toEqual(verdict);
  });

  it("when an answer is fine, or not about Telegram at all, then there is no verdict", () => {
    expect(classifyResponse("sendMessage", 200, { ok: true, result: { message_id: 1 } })).toBeUndefined();
    expect(classifyTelegramError(new TypeError("boom"))).toBeUndefined();
    expect(classifyTelegramError("boom")).toBeUndefined();
  });

  it("when a 5xx comes without a readable body (a proxy's HTML page), then the status alone decides", () => {
    expect(classifyResponse("sendMessage", 502, undefined)).toMatchObject({ action: "backoff", code: 502 });
  });
});

/** A system error as Node raises it: "<syscall> <code> <address>". */
const systemError = (syscall: "connect" | "read", code = "ECONNRESET") =>
  Object.assign(new Error(`${syscall} ${code}${syscall === "connect" ? " 149.154.167.220:443" : ""}`), { errno: -104, code, syscall });
/** node-fetch v2 (the default below grammY on Node) copies the code onto its FetchError and keeps no cause. */
const nodeFetchError = (method: string, cause: Error & { code: string }) =>
  Object.assign(new Error(`request to https://api.telegram.org/bot123:TOKEN/${method} failed, reason: ${cause.message}`), { name: "FetchError", type: "system", code: cause.code, errno: cause.code });
/** undici (Node's global fetch) throws a TypeError with the system error as its cause. */
const undiciError = (cause: Error) => new TypeError("fetch failed", { cause });

const networkCases: [name: string, method: string, syscall: "connect" | "read", expected: { action: string; maybeSent: boolean }][] = [
  ["ECONNRESET before the request was sent, sendMessage", "sendMessage", "connect", { action: "backoff", maybeSent: false }],
  ["ECONNRESET after the request was sent, sendMessage", "sendMessage", "read", { action: "give-up", maybeSent: true }],
  ["ECONNRESET before the request was sent, editMessageText", "editMessageText", "connect", { action: "backoff", maybeSent: false }],
  ["ECONNRESET after the request was sent, editMessageText", "editMessageText", "read", { action: "backoff", maybeSent: true }],
];

describe("telegram error classifier: network failures", () => {
  it.each(networkCases)("when %s, then fetch's error and grammY's HttpError get the same verdict", (_name, method, syscall, expected) => {
    const verdict = { ...expected, source: "network", code: "ECONNRESET", method };
    for (const raw of [nodeFetchError(method, systemError(syscall)), undiciError(systemError(syscall))]) {
      expect(classifyNetworkError(raw, method)).toMatchObject(verdict);
      expect(classifyTelegramError(new HttpError(`Network request for '${method}' failed!`, raw))).toMatchObject(verdict);
    }
  });

  it.each(networkCases)("when %s, then the retrying fetch repeats the call only if the verdict says so", async (_name, method, syscall, expected) => {
    let calls = 0;
    const base = (async () => {
      if (calls++ === 0) throw nodeFetchError(method, systemError(syscall));
      return Response.json({ ok: true, result: true });
    }) as unknown as typeof fetch;
    const retrying = createRetryingFetch({ fetch: base, minTimeoutMs: 1 });

    const call = retrying(`https://api.telegram.org/bot123:TOKEN/${method}`, { method: "POST", body: "{}" });

    if (expected.action === "backoff") await expect(call).resolves.toMatchObject({ status: 200 });
    else await expect(call).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(calls).toBe(expected.action === "backoff" ? 2 : 1);
  });

  it("when a network error comes back cloned from conversation.external, then it may have been sent", () => {
    const clone = (method: string) => structuredClone(new HttpError(`Network request for '${method}' failed!`, undiciError(systemError("connect"))));
    expect(classifyTelegramError(clone("sendMessage"))).toMatchObject({ source: "network", action: "give-up", method: "sendMessage", maybeSent: true });
    expect(classifyTelegramError(clone("answerCallbackQuery"))).toMatchObject({ source: "network", action: "backoff", maybeSent: true });
  });
});
