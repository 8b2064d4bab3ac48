// The one error boundary. No update can take the process down.
import type { BotError } from "grammy";
import { DomainError } from "../domain/errors.ts";
import type { Logger } from "../logger.ts";
import type { BotContext } from "./context.ts";
import { classifyTelegramError } from "./telegram-errors.ts";

/** Translations for errors before the i18n middleware ran (e.g. the database is down). */
export type FallbackTranslate = (languageCode: string | undefined, key: string) => string;

export function createErrorHandler(root: Logger, fallback?: FallbackTranslate) {
  return async (err: BotError<BotContext>): Promise<void> => {
    const { ctx, error } = err;
    // Errors thrown inside conversation.external arrive as structured clones; the classifier reads those too.
    const telegram = classifyTelegramError(error);
    const log = ctx.log ?? root.child({ update_id: ctx.update.update_id });
    let messageKey: string;
    if (error instanceof DomainError) {
      log.info({ code: error.code }, "domain error");
      messageKey = `error-${error.code}`;
    } else if (telegram?.source === "api") {
      log.warn({ method: telegram.method, code: telegram.code, description: telegram.description }, "telegram api error");
      if (telegram.action === "gone") {
        // Blocked, deactivated or no such chat: an apology cannot arrive either. Keep them out of announcements.
        if (ctx.from) await ctx.services?.users.markBlocked(BigInt(ctx.from.id)).catch((e: unknown) => log.warn({ err: e }, "could not mark user as blocked"));
        return;
      }
      messageKey = "error-generic";
    } else if (telegram?.source === "network") {
      log.warn({ err: error }, "telegram unreachable");
      return; // Telegram is unreachable: a reply would fail the same way.
    } else {
      log.error({ err: error }, "unhandled error in update");
      messageKey = "error-generic";
    }
    await apologize(ctx, messageKey, fallback).catch((replyError: unknown) =>
      log.warn({ err: replyError }, "could not tell the user about the error"),
    );
  };
}

async function apologize(ctx: BotContext, key: string, fallback: FallbackTranslate | undefined): Promise<void> {
  if (!ctx.chat || ctx.chat.type === "channel") return;
  // ctx.t exists once the i18n middleware has run. Before it (the user could not be loaded),
  // the Telegram app's language decides.
  const translate = typeof ctx.t === "function" ? ctx.t : fallback ? (k: string) => fallback(ctx.from?.language_code, k) : undefined;
  const text = translate ? translateOr(translate, key) : "Sorry, something went wrong. Please try again.";
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
  await ctx.reply(text);
}

/** A domain code without its own message falls back to the generic apology. */
function translateOr(t: (key: string) => string, key: string): string {
  const text = t(key);
  return text === key ? t("error-generic") : text;
}
