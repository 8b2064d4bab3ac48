// The one rule for what a failed Telegram call means. Every caller (the retrying fetch, the
// notifier, the announcement transport, the error boundary) asks here and only decides what it
// does with the answer:
//
//   gone         the recipient can never be reached (blocked the bot, deleted the account,
//                the chat does not exist): stop writing to them
//   retry-after  Telegram did nothing and asks to wait `seconds` (429)
//   backoff      a passing fault (5xx, a network error that is safe to repeat): try again later
//   give-up      repeating would not help (other 4xx) or could act twice (a connection that
//                broke after a message was sent)
//
// It understands grammY's GrammyError and HttpError, the plain Errors that come back from
// conversation.external (structured clones keep only message and stack), Telegram's raw
// answers as the fetch below grammY sees them, and the network errors that fetch throws.
import { GrammyError, HttpError } from "grammy";
import type { TransportResult } from "../domain/deliveries.ts";

export type TelegramVerdict = ({ action: "gone" | "backoff" | "give-up" } | { action: "retry-after"; seconds: number }) & {
  /** "api": Telegram answered with an error; "network": no answer came. */
  source: "api" | "network";
  /** Telegram's error_code (api), or the system error code such as "ECONNRESET" (network) when known. */
  code?: number | string;
  /** The Bot API method, when known. */
  method?: string;
  /** Telegram's description, or the network error's message. */
  description: string;
  /** False only when the request certainly never left this machine; a repeat could then not act twice. */
  maybeSent: boolean;
};

/** Telegram methods whose repetition changes nothing. */
const REPEATABLE = /^(get|answer|edit|delete|set|unpin|pin|leave|close|logOut)/;
/** Error codes meaning the request never reached the server. */
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
/** Node's system error messages name the call that failed ("connect ECONNRESET 1.2.3.4:443", "read ECONNRESET"). */
const WHILE_CONNECTING = /\b(connect|getaddrinfo) E[A-Z]+\b|before secure TLS connection was established/;
/** Recipients that never come back, beyond every 403. */
const GONE_400 = /chat not found|user is deactivated/i;

/** Whether repeating a call of this method is harmless even if the first one arrived. */
export const isRepeatable = (method: string | undefined): boolean => method !== undefined && REPEATABLE.test(method);

/** The verdict on a Telegram error answer (`error_code`, `description`, `parameters`). */
export function classifyApiError(answer: { code: number; description: string; retryAfter?: number; method?: string }): TelegramVerdict {
  const { code, description, method } = answer;
  const base = { source: "api" as const, code, method, description, maybeSent: true };
  if (code === 403 || (code === 400 && GONE_400.test(description))) return { ...base, action: "gone" };
  if (code === 429) {
    const seconds = answer.retryAfter ?? Number(/retry after (\d+)/i.exec(description)?.[1] ?? 1);
    return { ...base, action: "retry-after", seconds };
  }
  if (code >= 500) return { ...base, action: "backoff" };
  return { ...base, action: "give-up" };
}

/**
 * The verdict on an error thrown by fetch itself (no answer from Telegram). A request that never
 * left may be repeated; one that may have arrived only if the method is repeatable.
 */
export function classifyNetworkError(error: unknown, method?: string): TelegramVerdict {
  const chain = causes(error);
  const code = chain.map((e) => (e as { code?: unknown }).code).find((c): c is string => typeof c === "string");
  const neverSent =
    (code !== undefined && NEVER_SENT.has(code)) ||
    chain.some((e) => ["connect", "getaddrinfo"].includes(String((e as { syscall?: unknown }).syscall)) || WHILE_CONNECTING.test(String((e as { message?: unknown }).message ?? "")));
  const description = chain.map((e) => String((e as { message?: unknown }).message ?? e)).join(": ");
  return { action: neverSent || isRepeatable(method) ? "backoff" : "give-up", source: "network", code, method, description, maybeSent: !neverSent };
}

/**
 * Telegram's raw answer to one call, as the fetch below grammY sees it (HTTP status and, when
 * readable, the JSON body). Undefined when the call succeeded.
 */
export function classifyResponse(method: string | undefined, status: number, body: unknown): TelegramVerdict | undefined {
  const answer = (typeof body === "object" && body !== null ? body : {}) as { ok?: unknown; error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown } };
  if (status >= 200 && status < 300 && answer.ok !== false) return undefined;
  const code = typeof answer.error_code === "number" ? answer.error_code : status;
  const retryAfter = answer.parameters?.retry_after;
  return classifyApiError({
    code,
    description: typeof answer.description === "string" ? answer.description : `HTTP ${status}`,
    retryAfter: typeof retryAfter === "number" && retryAfter >= 0 ? retryAfter : undefined,
    method,
  });
}

/**
 * The verdict on an error a Bot API call threw: GrammyError, HttpError, or their structured
 * clones from conversation.external. Undefined when the error is not about Telegram.
 */
export function classifyTelegramError(error: unknown): TelegramVerdict | undefined {
  if (error instanceof GrammyError) {
    return classifyApiError({ code: error.error_code, description: error.description, retryAfter: error.parameters.retry_after, method: error.method });
  }
  if (error instanceof HttpError) return classifyNetworkError(error.error, methodIn(error.message));
  if (!(error instanceof Error)) return undefined;
  // Structured clones: grammY's messages ("Call to 'sendMessage' failed! (403: Forbidden: …)",
  // "Network request for 'sendMessage' failed!") still tell what they were. The cause is lost,
  // so a clone of a network error may always have been sent.
  const stack = error.stack ?? "";
  if (stack.startsWith("HttpError:")) {
    const method = methodIn(error.message);
    return { action: isRepeatable(method) ? "backoff" : "give-up", source: "network", method, description: error.message, maybeSent: true };
  }
  const api = /^Call to '(\w+)' failed! \((\d{3}): (.*)\)$/s.exec(error.message);
  if (stack.startsWith("GrammyError:") && api) return classifyApiError({ code: Number(api[2]), description: api[3]!, method: api[1] });
  return undefined;
}

/**
 * What the outbox does with a failed send (announcements and notices alike): wait for a 429,
 * mark a gone recipient, retry passing faults. Every network failure is retried, even one that
 * may have delivered: an outbox delivery is at-least-once (deliveries.ts).
 */
export function deliveryOutcome(error: unknown): TransportResult {
  const verdict = classifyTelegramError(error);
  if (!verdict) return { kind: "failed", reason: String((error as Error)?.message ?? error), retryable: true };
  if (verdict.source === "network") return { kind: "failed", reason: `network: ${(error as Error).message}`, retryable: true };
  if (verdict.action === "retry-after") return { kind: "rate-limited", retryAfterSeconds: verdict.seconds };
  if (verdict.action === "gone") return { kind: "blocked" };
  return { kind: "failed", reason: `${verdict.code}: ${verdict.description}`, retryable: verdict.action === "backoff" };
}

const methodIn = (message: string) => /'(\w+)'/.exec(message)?.[1];

/** The error and its causes (`cause`, grammY's `error`), at most four deep. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 4; current = (current as { cause?: unknown }).cause ?? (current as { error?: unknown }).error) {
    chain.push(current);
  }
  return chain;
}
