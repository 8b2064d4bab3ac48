// src/bot/grammy-branch.ts replaces grammY's Composer.branch (every filter is one) with one that
// builds no Composer per update. It must behave exactly like grammY's: each case below runs the
// same middleware tree once with grammY's own branch and once with ours, and compares what ran.
import { Api, Composer, Context } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { installFastBranch } from "../../src/bot/grammy-branch.ts";
import { TEST_BOT_INFO } from "../support/fake-telegram.ts";

const originalBranch = Composer.prototype.branch;

type Log = string[];
/** Builds a tree with `build`, runs `updates` through it, and returns what each middleware logged. */
async function run(build: (root: Composer<Context>, log: Log) => void, updates: Update[], useOurs: boolean): Promise<{ log: Log; errors: string[] }> {
  // Branches are made when the tree is built: build it with one or the other in place.
  const proto = Composer.prototype as unknown as { branch: unknown };
  const before = proto.branch;
  proto.branch = useOurs ? ourBranch : originalBranch;
  const log: Log = [];
  const errors: string[] = [];
  const root = new Composer<Context>();
  try {
    build(root, log);
  } finally {
    proto.branch = before;
  }
  const api = new Api("0:test");
  for (const update of updates) {
    const ctx = new Context(update, api, TEST_BOT_INFO);
    try {
      await root.middleware()(ctx, async () => void log.push(`leaf ${update.update_id}`));
    } catch (error) {
      errors.push(`${update.update_id}: ${(error as Error).message}`);
    }
  }
  return { log, errors };
}

// Ours, as installed by installFastBranch (read once: the bot factory installs it for the suite).
installFastBranch();
const ourBranch = Composer.prototype.branch;

const message = (id: number, text: string, chatType: "private" | "group" = "private"): Update => ({
  update_id: id,
  message: { message_id: id, date: 0, chat: chatType === "private" ? { id: 1, type: "private", first_name: "A" } : { id: -5, type: "group", title: "G" }, from: { id: 1, is_bot: false, first_name: "A" }, text,
    ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.length }] } : {}) },
});
const tap = (id: number, data: string): Update => ({
  update_id: id,
  callback_query: { id: String(id), chat_instance: "1", data, from: { id: 1, is_bot: false, first_name: "A" }, message: { message_id: 9, date: 0, chat: { id: 1, type: "private", first_name: "A" }, text: "x" } },
});
const updates = [message(1, "/start"), message(2, "hallo"), tap(3, "list:1"), tap(4, "open:7"), message(5, "/start", "group"), message(6, "ok")];

async function same(build: (root: Composer<Context>, log: Log) => void) {
  const grammys = await run(build, updates, false);
  const ours = await run(build, updates, true);
  expect(ours).toEqual(grammys);
  return ours;
}

describe("grammY's branch without a Composer per update", () => {
  it("when the bot factory has run, then every filter uses it", () => {
    expect(Composer.prototype.branch).not.toBe(originalBranch);
  });

  it("when features filter by chat type, command, text and button data, then the same handlers run in the same order as with grammY's", async () => {
    const ours = await same((root, log) => {
      const pm = root.chatType("private");
      pm.command("start", (ctx) => void log.push(`start ${ctx.update.update_id}`));
      pm.callbackQuery(/^list:(\d+)$/, async (ctx, next) => {
        log.push(`list ${ctx.match[1]}`);
        await next(); // passes on to the next handler
      });
      pm.callbackQuery(/^(list|open):/, (ctx) => void log.push(`any button ${ctx.update.update_id}`));
      pm.on("message:text", async (ctx, next) => {
        log.push(`text ${ctx.msg.text}`);
        await next();
      });
      root.chatType("group").command("start", (ctx) => void log.push(`group start ${ctx.update.update_id}`));
    });
    expect(ours.log).toEqual(["start 1", "text hallo", "leaf 2", "list 1", "any button 3", "any button 4", "group start 5", "text ok", "leaf 6"]);
  });

  it("when predicates are async or answer with truthy values, then they decide as grammY's do", async () => {
    await same((root, log) => {
      root.filter(async (ctx) => ctx.update.update_id % 2 === 0, (ctx) => void log.push(`even ${ctx.update.update_id}`));
      root.filter((ctx) => (ctx.update.update_id === 3 ? ("yes" as unknown as boolean) : (undefined as unknown as boolean)), (ctx) => void log.push(`truthy ${ctx.update.update_id}`));
      root.branch((ctx) => ctx.update.update_id > 4, (ctx) => void log.push(`late ${ctx.update.update_id}`), [(_ctx, next) => (log.push("early, array side"), next())]);
    });
  });

  it("when handlers are added to a filter's composer after the filter, then they run too (the sides are looked up per update)", async () => {
    const ours = await same((root, log) => {
      const pm = root.chatType("private");
      pm.use((ctx) => void log.push(`added later ${ctx.update.update_id}`));
    });
    expect(ours.log).toContain("added later 1");
  });

  it("when a predicate throws or rejects, then the update fails the same way and the next update runs", async () => {
    const ours = await same((root, log) => {
      root.filter((ctx) => {
        if (ctx.update.update_id === 2) throw new Error("sync boom");
        return ctx.update.update_id === 4 ? Promise.reject(new Error("async boom")) : false;
      }, () => void log.push("never"));
    });
    expect(ours.errors).toEqual(["2: sync boom", "4: async boom"]);
  });
});
