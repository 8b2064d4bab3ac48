// grammY's `Composer.branch`, without building a Composer for every update it sees.
//
// Every filter in grammY (`on`, `command`, `callbackQuery`, `chatType`, `hears`, `filter`) is a
// `branch`, and grammY 1.x builds `branch` on `lazy`: for each update that passes, it awaits
// the predicate, then wraps the chosen side in a new Composer and flattens it. An update runs
// past every filter of the features before the one that takes it (a list tap: about a hundred),
// so that is about a hundred Composers and two hundred promises per update. Measured in process
// (the real bot, its list taps and offer cards, PGlite): 16–20 % of the CPU of an update
// (`npm run bench`'s profile showed grammY's composer at the top of its own code).
// grammY's maintainers asked for evidence before changing this upstream
// (https://github.com/grammyjs/grammY/pull/765); this is that change, here, until it lands.
//
// The same contract as grammY's: the predicate may be async and return any truthy value; the
// sides are looked up when the update comes (handlers added to a filter's composer later
// still run); the false side gets the same `next`. Only public API is used (`use`,
// `middleware()`), so a grammY update that changes its internals does not break it; the test
// (test/bot/grammy-branch.test.ts) checks the contract against grammY's own behaviour.
import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type Predicate<C> = (ctx: C) => boolean | Promise<boolean>;

const asFunction = <C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> =>
  typeof middleware === "function" ? middleware : (ctx, next) => middleware.middleware()(ctx, next);

function branch<C extends Context>(this: Composer<C>, predicate: Predicate<C>, trueMiddleware: Middleware<C> | Middleware<C>[], falseMiddleware: Middleware<C> | Middleware<C>[]): Composer<C> {
  const side = (middleware: Middleware<C> | Middleware<C>[]) => (Array.isArray(middleware) ? asFunction(new Composer(...middleware)) : asFunction(middleware));
  const yes = side(trueMiddleware);
  const no = side(falseMiddleware);
  return this.use((ctx, next) => {
    let chosen: boolean | Promise<boolean>;
    try {
      chosen = predicate(ctx);
    } catch (error) {
      return Promise.reject(error); // as grammY's async branch: a rejection, never a throw
    }
    // The built-in filters answer at once: no promise for them.
    if (chosen === true) return yes(ctx, next);
    if (chosen === false) return no(ctx, next);
    return Promise.resolve(chosen).then((value) => (value ? yes(ctx, next) : no(ctx, next)));
  });
}

let installed = false;
/** Puts the branch above in place of grammY's, once per process (the bot factory calls it). */
export function installFastBranch(): void {
  if (installed) return;
  installed = true;
  (Composer.prototype as unknown as { branch: typeof branch }).branch = branch;
}
