// Who may use what. The role predicates are grammY filters: each staff or admin feature applies
// one once to its composer (`restrictTo(composer, isAdmin)`), and /help, the offer keyboard and
// the conversation openers ask the same ones. The domain checks the actor again on every write.
import type { CommandContext, Composer, Filter } from "grammy";
import { DomainError } from "../domain/errors.ts";
import type { UserProfile } from "../domain/users.ts";
import type { CallbackCodec } from "./callback-data.ts";
import type { BotContext } from "./context.ts";
import { notice } from "./messages.ts";

type WithRole = { user?: Pick<UserProfile, "role"> | undefined };

/** Staff of an organization, and admins. */
export const isStaff = (ctx: WithRole): boolean => ctx.user?.role === "STAFF" || ctx.user?.role === "ADMIN";
export const isAdmin = (ctx: WithRole): boolean => ctx.user?.role === "ADMIN";

/**
 * The polite refusal: logged, audited as access.denied (with the pressed button's data, which
 * may be forged), and answered with error-forbidden. Nothing else happens.
 */
export async function refuse(ctx: BotContext, action: string): Promise<void> {
  ctx.log.warn({ user: ctx.user?.id, action, data: ctx.callbackQuery?.data?.slice(0, 64) }, "action refused");
  await ctx.services.staff.recordDenied(ctx.user?.id ?? null, action, ctx.callbackQuery?.data);
  if (ctx.callbackQuery) await notice(ctx, ctx.t("error-forbidden"));
  else await ctx.reply(ctx.t("error-forbidden"));
}

/**
 * The part of a feature that only users passing `allowed` reach (`composer.filter(allowed)`).
 * The same commands and buttons from anyone else are refused (see `refuse`).
 */
export function restrictTo<C extends BotContext>(composer: Composer<C>, allowed: (ctx: C) => boolean) {
  const permitted = composer.filter(allowed);
  const others = composer.drop(allowed);
  return {
    command(command: string, handler: (ctx: CommandContext<C>) => Promise<unknown>): void {
      permitted.command(command, handler);
      others.command(command, (ctx) => refuse(ctx, `/${command}`));
    },

    /**
     * A button: the payload is parsed (malformed = stale), and a DomainError becomes a short
     * notice; a "forbidden" one (the role changed meanwhile, another organization's offer) the
     * domain has already audited. The handler answers the press itself on success.
     */
    button<T>(codec: CallbackCodec<T>, action: string, handler: (ctx: Filter<C, "callback_query:data">, value: T) => Promise<void>): void {
      permitted.callbackQuery(codec.filter, async (ctx) => {
        const value = codec.unpack(ctx.callbackQuery.data);
        if (value === undefined) return notice(ctx, ctx.t("error-stale-button"));
        try {
          await handler(ctx, value);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          await notice(ctx, ctx.t(`error-${error.code}`));
        }
      });
      others.callbackQuery(codec.filter, (ctx) => refuse(ctx, action));
    },
  };
}
