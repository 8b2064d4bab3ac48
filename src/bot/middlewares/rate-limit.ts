// Per-user flood protection (@grammyjs/ratelimiter): more than LIMIT updates in WINDOW_MS
// get one polite notice, and the rest of that window is ignored. It runs before the user is
// loaded, so a flood costs no database work; other users are not affected. The store is per
// instance; behind several webhook instances each counts on its own (the plugin can use Redis).
import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import { matchLocale, type Locale } from "../../domain/locales.ts";
import type { BaseContext } from "../context.ts";
import type { Translator } from "../i18n.ts";

export const RATE_LIMIT = { updates: 20, windowMs: 10_000 } as const;

export type FloodLimit = { updates: number; windowMs: number };

export function rateLimit(translate: Translator, defaultLocale: Locale, floodLimit: FloodLimit = RATE_LIMIT): MiddlewareFn<BaseContext> {
  return limit<BaseContext, never>({
    timeFrame: floodLimit.windowMs,
    limit: floodLimit.updates,
    keyGenerator: (ctx) => (ctx.chat?.type === "private" ? ctx.from?.id.toString() : undefined),
    onLimitExceeded: async (ctx) => {
      const text = translate(matchLocale(ctx.from?.language_code) ?? defaultLocale, "rate-limited");
      ctx.log?.info("rate limited");
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text }).catch(() => {});
      else await ctx.reply(text).catch(() => {});
    },
  });
}
