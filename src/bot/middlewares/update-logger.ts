import type { MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.ts";
import type { BaseContext } from "../context.ts";

/** Gives each update a child logger and logs its duration at debug level. */
export function updateLogger(root: Logger): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    ctx.log = root.child({ update_id: ctx.update.update_id });
    const started = performance.now();
    try {
      await next();
    } finally {
      if (ctx.log.isLevelEnabled("debug")) {
        ctx.log.debug({ user_id: ctx.from?.id, ms: Math.round(performance.now() - started) }, "update handled");
      }
    }
  };
}
