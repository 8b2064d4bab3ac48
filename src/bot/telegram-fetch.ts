// Retries for the bot's own calls to Telegram (replies, edits, notices), at the fetch level.
// Why not @grammyjs/auto-retry: it is an API transformer, and @grammyjs/conversations v2 builds
// a fresh Api for every replay and records each call; a retry there is recorded too and its
// wait is slept again on every replay of the conversation. Below fetch, one logical call stays
// one recorded call, for bot.api, conversations and notices alike. The retry loop itself is
// p-retry; what is safe to send twice is decided in telegram-errors.ts.
//
// Safe to retry: 429 (Telegram did nothing; wait retry_after), 5xx, and network errors that
// happen before the request left (connection refused or reset while connecting, DNS). Not safe: a connection that broke
// after sending a message (it may have arrived, a second try could duplicate it), except for
// methods where a repeat is harmless (edit, answer, get, set, delete). Uploads (a stream body)
// cannot be sent twice. The announcement sender keeps its own outbox retries (deliveries.ts).
import pRetry, { AbortError } from "p-retry";
import type { Logger } from "../logger.ts";
import { classifyNetworkError, classifyResponse } from "./telegram-errors.ts";

export type RetryingFetchOptions = {
  /** The fetch below: the app's keep-alive pool (telegram-http.ts), or a test's fake. */
  fetch: typeof fetch;
  /** Retries after the first attempt. */
  retries?: number;
  /** A 429 asking to wait longer than this is not waited for (the caller gets the error). */
  maxRetryAfterSeconds?: number;
  /** First backoff for 5xx and network errors, doubled each time. */
  minTimeoutMs?: number;
  log?: Logger;
};

class RetryableResponse extends Error {
  constructor(
    readonly response: Response,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(`telegram answered ${response.status}`);
  }
}

type AnySignal = Pick<AbortSignal, "aborted" | "addEventListener">;

function nativeSignal(signal: AnySignal | null | undefined): AbortSignal | undefined {
  if (!signal) return undefined;
  if (signal instanceof AbortSignal) return signal;
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener("abort", () => controller.abort(), { once: true });
  return controller.signal;
}

/** Out of retries: Telegram's last answer goes to grammY, which turns it into a GrammyError. */
function rethrow(error: unknown): Response {
  if (error instanceof RetryableResponse) return error.response;
  throw error;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

const methodOf = (input: string | URL | Request) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return url.slice(url.lastIndexOf("/") + 1);
};

const errorCode = (error: unknown) => classifyNetworkError(error).code;

export function createRetryingFetch(options: RetryingFetchOptions): typeof fetch {
  const { fetch: base, retries = 3, maxRetryAfterSeconds = 15, minTimeoutMs = 300, log } = options;

  return (async (input: string | URL | Request, init?: RequestInit) => {
    const method = methodOf(input);
    const replayable = init?.body === undefined || init.body === null || typeof init.body === "string";

    const attempt = async (): Promise<Response> => {
      let response: Response;
      try {
        response = await base(input, init);
      } catch (error) {
        if (init?.signal?.aborted || !replayable) throw new AbortError(error as Error);
        if (classifyNetworkError(error, method).action === "give-up") throw new AbortError(error as Error);
        throw error;
      }
      if (!replayable || response.ok) return response;
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      const verdict = classifyResponse(method, response.status, body);
      if (verdict?.action === "backoff") throw new RetryableResponse(response, undefined);
      if (verdict?.action === "retry-after" && verdict.seconds <= maxRetryAfterSeconds) throw new RetryableResponse(response, verdict.seconds);
      return response;
    };

    // The common case costs one plain call; p-retry only comes in after a failure.
    let firstError: unknown;
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof AbortError) throw error.originalError;
      if (retries === 0) return rethrow(error);
      firstError = error;
    }
    // grammY's signal comes from the abort-controller polyfill; p-retry needs a native one.
    const signal = nativeSignal(init?.signal);
    const status = firstError instanceof RetryableResponse ? firstError.response.status : errorCode(firstError);
    log?.warn({ method, status, attempt: 1, retriesLeft: retries }, "telegram call failed");
    const retryAfter = firstError instanceof RetryableResponse ? firstError.retryAfterSeconds : undefined;
    await sleep(retryAfter ? retryAfter * 1000 : minTimeoutMs, signal);

    return pRetry(attempt, {
      retries: retries - 1,
      minTimeout: minTimeoutMs * 2,
      factor: 2,
      signal,
      shouldRetry: () => true, // network errors included: attempt() already refused the unsafe ones
      onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
        const status = error instanceof RetryableResponse ? error.response.status : errorCode(error);
        log?.warn({ method, status, attempt: attemptNumber + 1, retriesLeft }, "telegram call failed");
        if (retriesLeft > 0 && error instanceof RetryableResponse && error.retryAfterSeconds) await sleep(error.retryAfterSeconds * 1000, signal);
      },
    }).catch(rethrow);
  }) as typeof fetch;
}
