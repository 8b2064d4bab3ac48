// src/bot/grammy-chain.ts replaces grammY's Composer.use and Composer.middleware (the chain every
// middleware and filter hangs on) with one that makes no async function per link. It must
// behave exactly like grammY's: each case below builds and runs the same middleware tree once
// with grammY's own use/middleware and once with ours, and compares what ran and what failed.
import { Api, Composer, Context } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { installFastChain } from "../../src/bot/grammy-chain.ts";
import { TEST_BOT_INFO } from "../support/fake-telegram.ts";

type Proto = { use: unknown; middleware: unknown };
const proto = Composer.prototype as unknown as Proto;
const grammys: Proto = { use: proto.use, middleware: proto.middleware };
installFastChain();
const ours: Proto = { use: proto.use, middleware: proto.middleware };
Object.assign(proto, grammys); // each run puts the one it tests in place

type Log = string[];
async function run(build: (root: Composer<Context>, log: Log) => void, updates: Update[], chain: Proto): Promise<{ log: Log; errors: string[] }> {
  const before: Proto = { use: proto.use, middleware: proto.middleware };
  Object.assign(proto, chain);
  const log: Log = [];
  const errors: string[] = [];
  try {
    const root = new Composer<Context>();
    build(root, log);
    const api = new Api("0:test");
    for (const update of updates) {
      const ctx = new Context(update, api, TEST_BOT_INFO);
      try {
        await root.middleware()(ctx, async () => void log.push(`leaf ${update.update_id}`));
        log.push(`done ${update.update_id}`);
      } catch (error) {
        errors.push(`${update.update_id}: ${(error as Error).message}`);
      }
    }
  } finally {
    Object.assign(proto, before);
  }
  return { log, errors };
}

const message = (id: number, text: string): Update => ({
  update_id: id,
  message: { message_id: id, date: 0, chat: { id: 1, type: "private", first_name: "A" }, from: { id: 1, is_bot: false, first_name: "A" }, text,
    ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.length }] } : {}) },
});
const tap = (id: number, data: string): Update => ({
  update_id: id,
  callback_query: { id: String(id), chat_instance: "1", data, from: { id: 1, is_bot: false, first_name: "A" }, message: { message_id: 9, date: 0, chat: { id: 1, type: "private", first_name: "A" }, text: "x" } },
});
const updates = [message(1, "/start"), message(2, "hallo"), tap(3, "list:1"), tap(4, "open:7"), message(5, "ok")];

async function same(build: (root: Composer<Context>, log: Log) => void) {
  const expected = await run(build, updates, grammys);
  const actual = await run(build, updates, ours);
  expect(actual).toEqual(expected);
  return actual;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("grammY's middleware chain without async functions per link", () => {
  it("when the bot factory's installer has run, then use and middleware are replaced", () => {
    expect(ours.use).not.toBe(grammys.use);
    expect(ours.middleware).not.toBe(grammys.middleware);
  });

  it("when middleware pass on, stop, and resume after next, then they run in grammY's order", async () => {
    const result = await same((root, log) => {
      root.use(async (ctx, next) => {
        log.push(`in ${ctx.update.update_id}`);
        await next();
        log.push(`out ${ctx.update.update_id}`);
      });
      root.use((ctx, next) => (ctx.update.update_id === 2 ? void log.push("stopped at 2") : next()));
      root.command("start", (ctx) => void log.push(`start ${ctx.update.update_id}`));
      root.callbackQuery(/^list:/, async (ctx, next) => {
        log.push("list");
        await tick();
        await next();
      });
      root.on("callback_query:data", (ctx) => void log.push(`button ${ctx.callbackQuery.data}`));
    });
    expect(result.log).toEqual(["in 1", "start 1", "out 1", "done 1", "in 2", "stopped at 2", "out 2", "done 2", "in 3", "list", "button list:1", "out 3", "done 3", "in 4", "button open:7", "out 4", "done 4", "in 5", "leaf 5", "out 5", "done 5"]);
  });

  it("when composers are nested, built with middleware, or given more later, then all of it runs as with grammY", async () => {
    const result = await same((root, log) => {
      const outer = root.use((_ctx, next) => (log.push("outer"), next()));
      const inner = new Composer<Context>(
        (_ctx, next) => (log.push("ctor a"), next()),
        (_ctx, next) => (log.push("ctor b"), next()),
      );
      outer.use(inner);
      inner.use((_ctx, next) => (log.push("inner, added after"), next()));
      const sub = root.use(); // an empty use: passes
      sub.use((ctx, next) => (log.push(`sub ${ctx.update.update_id}`), next()));
      root.use({ middleware: () => (_ctx: Context, next: () => Promise<void>) => (log.push("object"), next()) });
      root.use((_ctx, next) => (log.push("two in one use, a"), next()), (_ctx, next) => (log.push("two in one use, b"), next()));
    });
    expect(result.log.slice(0, 8)).toEqual(["outer", "ctor a", "ctor b", "inner, added after", "sub 1", "object", "two in one use, a", "two in one use, b"]);
  });

  it("when middleware throw synchronously or reject, or call next twice, then the update fails with the same error and the next update runs", async () => {
    const result = await same((root, log) => {
      root.use((ctx, next) => {
        if (ctx.update.update_id === 1) throw new Error("sync boom");
        if (ctx.update.update_id === 2) return Promise.reject(new Error("async boom"));
        return next();
      });
      root.use(async (ctx, next) => {
        if (ctx.update.update_id === 3) {
          await next();
          await next();
        } else await next();
      });
      root.use((ctx) => void log.push(`end ${ctx.update.update_id}`));
    });
    expect(result.errors).toEqual(["1: sync boom", "2: async boom", "3: `next` already called before!"]);
  });

  it("when errorBoundary, fork, lazy and route are used, then they behave as with grammY's chain", async () => {
    const result = await same((root, log) => {
      const guarded = root.errorBoundary((error) => void log.push(`caught ${(error.error as Error).message}`));
      guarded.use((ctx, next) => (ctx.update.update_id === 4 ? Promise.reject(new Error("in boundary")) : next()));
      guarded.fork((ctx) => void log.push(`fork ${ctx.update.update_id}`));
      guarded.lazy((ctx) => (ctx.update.update_id % 2 ? [(_c, next) => (log.push("lazy odd"), next())] : (_c, next) => next()));
      guarded.route((ctx) => (ctx.callbackQuery ? "tap" : "other"), {
        tap: (ctx) => void log.push(`route tap ${ctx.update.update_id}`),
        other: (_ctx, next) => next(),
      });
      guarded.use((ctx) => void log.push(`after ${ctx.update.update_id}`));
    });
    expect(result.log).toContain("caught in boundary");
    expect(result.log).toContain("route tap 3");
  });

  it("when a middleware does not wait for next, then the rest still runs and the chain resolves as grammY's does", async () => {
    await same((root, log) => {
      root.use((ctx, next) => {
        void next();
        log.push(`not waiting ${ctx.update.update_id}`);
      });
      root.use(async (ctx) => {
        log.push(`rest begins ${ctx.update.update_id}`);
        await tick();
        log.push(`rest ends ${ctx.update.update_id}`);
      });
    });
  });
});
