// The one error boundary. No update can take the process down.
import { GrammyError, HttpError, type BotError } from "grammy";
import { DomainError } from "../domain/errors.ts";
import type { Logger } from "../logger.ts";
import type { BotContext } from "./context.ts";

export function createErrorHandler(root: Logger) {
  return async (err: BotError<BotContext>): Promise<void> => {
    const { ctx, error } = err;
    const log = ctx.log ?? root.child({ update_id: ctx.update.update_id });
    let messageKey: string;
    if (error instanceof DomainError) {
      log.info({ code: error.code }, "domain error");
      messageKey = `error-${error.code}`;
    } else if (error instanceof GrammyError) {
      log.warn({ method: error.method, code: error.error_code, description: error.description }, "telegram api error");
      messageKey = "error-generic";
    } else if (error instanceof HttpError) {
      log.warn({ err: error.error, msg: error.message }, "telegram unreachable");
      return; // Telegram is unreachable: a reply would fail the same way.
    } else {
      log.error({ err: error }, "unhandled error in update");
      messageKey = "error-generic";
    }
    await apologize(ctx, messageKey).catch((replyError: unknown) =>
      log.warn({ err: replyError }, "could not tell the user about the error"),
    );
  };
}

async function apologize(ctx: BotContext, key: string): Promise<void> {
  if (!ctx.chat || ctx.chat.type === "channel") return;
  // ctx.t exists once the i18n middleware has run; an error before it gets the default text.
  const translate = typeof ctx.t === "function" ? ctx.t : undefined;
  const text = translate ? translateOr(translate, key) : "Sorry, something went wrong. Please try again.";
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
  await ctx.reply(text);
}

/** A domain code without its own message falls back to the generic apology. */
function translateOr(t: BotContext["t"], key: string): string {
  const text = t(key);
  return text === key ? t("error-generic") : text;
}
