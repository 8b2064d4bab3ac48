// grammY's `Composer.use` and `Composer.middleware`, without two async functions per link.
//
// grammY 1.x chains every `use` onto the one before with `concat`: an async function that
// awaits the first middleware, given an async `next` that awaits the second. Every filter is a
// `use` (grammy-branch.ts), and an update passes about a hundred of them before the feature that
// takes it, so that is about two hundred async functions, their promises and their resumptions
// per update: in `npm run bench`'s profile of the embedded bot at saturation, grammY's
// composer.js:55 and :57 (concat's two functions) were 5.9 % of the CPU by themselves, with more
// in `runMicrotasks` and the garbage collector.
//
// Here a composer keeps what was `use`d in an array, and running it walks the array: each step
// makes one `next` closure and no promise of its own (a middleware's own promise is passed on).
// The contract is grammY's: middleware run in the order they were added, each decides whether
// the next runs; a composer added to and run later still sees what was added meanwhile; a
// middleware that throws, even synchronously, rejects; calling `next` twice is an error with
// grammY's message. Only public API is replaced (`use`, `middleware()`); a composer built with
// middleware in its constructor keeps grammY's own chain for those. The test
// (test/bot/grammy-chain.test.ts) runs the same trees through grammY's and through these.
import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

const STACK = Symbol("treffpunkt.composerStack");
const RUN = Symbol("treffpunkt.composerRun");

/** A composer as seen from here: grammY's private `handler`, and what this file keeps on it. */
type Chained<C extends Context> = { handler: MiddlewareFn<C>; middleware(): MiddlewareFn<C>; [STACK]?: Middleware<C>[]; [RUN]?: MiddlewareFn<C> };
const internals = <C extends Context>(composer: Composer<C>) => composer as unknown as Chained<C>;

/** grammY's `pass`, the handler of a composer built without middleware (not exported by grammY). */
const PASS = (new Composer() as unknown as { handler: MiddlewareFn<Context> }).handler;
const originalMiddleware = Composer.prototype.middleware;

function stackOf<C extends Context>(composer: Chained<C>): Middleware<C>[] {
  let stack = composer[STACK];
  if (stack === undefined) {
    // What the constructor was given stays first, as grammY's chain it built.
    stack = composer.handler === (PASS as unknown) ? [] : [composer.handler];
    composer[STACK] = stack;
  }
  return stack;
}

function call<C extends Context>(middleware: Middleware<C>, ctx: C, next: () => Promise<void>): Promise<unknown> {
  try {
    if (typeof middleware === "function") return Promise.resolve(middleware(ctx, next));
    // A composer of ours runs its stack directly; any other middleware object as grammY's flatten does.
    const composer = middleware as unknown as Chained<C>;
    if (composer.middleware === chainedMiddleware && composer[STACK] !== undefined) return step(composer[STACK], 0, ctx, next);
    return Promise.resolve(middleware.middleware()(ctx, next));
  } catch (error) {
    return Promise.reject(error); // as grammY's async chain: a rejection, never a throw
  }
}

function step<C extends Context>(stack: Middleware<C>[], index: number, ctx: C, next: () => Promise<void>): Promise<unknown> {
  if (index >= stack.length) {
    try {
      return Promise.resolve(next());
    } catch (error) {
      return Promise.reject(error);
    }
  }
  let called = false;
  return call(stack[index]!, ctx, () => {
    if (called) return Promise.reject(new Error("`next` already called before!"));
    called = true;
    return step(stack, index + 1, ctx, next) as Promise<void>;
  });
}

function chainedUse<C extends Context>(this: Chained<C>, ...middleware: Array<Middleware<C>>): Composer<C> {
  const composer = new Composer<C>();
  stackOf(internals(composer)).push(...middleware);
  stackOf(this).push(composer);
  return composer;
}

function chainedMiddleware<C extends Context>(this: Chained<C>): MiddlewareFn<C> {
  if (this[STACK] === undefined) return originalMiddleware.call(this as unknown as Composer<C>);
  const stack = this[STACK];
  this[RUN] ??= (ctx, next) => step(stack, 0, ctx, next) as Promise<void>;
  return this[RUN];
}

let installed = false;
/** Puts the chain above in place of grammY's, once per process (the bot factory calls it first). */
export function installFastChain(): void {
  if (installed) return;
  installed = true;
  const proto = Composer.prototype as unknown as { use: typeof chainedUse; middleware: typeof chainedMiddleware };
  proto.use = chainedUse;
  proto.middleware = chainedMiddleware;
}
