// Webhook mode: the answer to a button press rides in the webhook's HTTP response instead of
// a Bot API request of its own (grammY's webhook reply; app.ts lets only answerCallbackQuery
// use it). grammY sends the response the moment that call is made, and every handler answers
// first, so the answer is held back here until the update is done (the screen edited): the
// response then still comes when the work is finished, and Telegram's retries and the
// webhook's back-pressure stay as they were. An update still running after FLUSH_AFTER_MS
// answers at that moment, so the button's spinner never waits on a slow one.
//
// Caveats (grammY's): a webhook-reply call's result is not known, so a held answer always
// "succeeds" for its caller (every caller ignores a failed answer anyway), and only the first
// answer of an update is held; Telegram accepts only one per button press.
import type { Middleware } from "grammy";
import type { BotContext } from "../context.ts";

export const FLUSH_AFTER_MS = 1_000;

export function answerLast(flushAfterMs = FLUSH_AFTER_MS): Middleware<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    let held: (() => Promise<unknown>) | undefined;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const flush = async () => {
      if (done || !held) return;
      done = true;
      clearTimeout(timer);
      await held().catch(() => {}); // a press too old to answer must not fail the update
    };
    ctx.api.config.use((prev, method, payload, signal) => {
      if (method !== "answerCallbackQuery" || done) return prev(method, payload, signal);
      // A second answer to one press: Telegram would refuse it; the first one stands.
      if (!held) {
        held = () => prev(method, payload, signal);
        timer = setTimeout(() => void flush(), flushAfterMs);
      }
      return Promise.resolve({ ok: true as const, result: true as never });
    });
    try {
      await next();
    } finally {
      await flush();
    }
  };
}
