// The question loop every conversation shares (conversations/steps.ts) and the staff opener
// (conversations/staff.ts), driven directly with a scripted conversation: no bot, no database.
import { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { openStaffConversation } from "../../src/bot/conversations/staff.ts";
import { attempt, conversationSteps, type StepOptions } from "../../src/bot/conversations/steps.ts";
import { isAdmin, isStaff } from "../../src/bot/roles.ts";
import { DomainError } from "../../src/domain/errors.ts";

type Step = { text?: string; data?: string; atMs?: number; failAnswer?: boolean };

class Halted extends Error {
  constructor(readonly options: unknown) {
    super("halted");
  }
}

/** A conversation that hands out the scripted updates and records what the bot did. */
function script(steps: Step[], outer: { user?: { id: number; role: "RESIDENT" | "STAFF" | "ADMIN" }; locale?: string } = {}) {
  const log: string[] = [];
  const keyboards: unknown[] = [];
  let nowMs = 0;
  const contextOf = (step: Step) => ({
    message: step.text === undefined ? undefined : { text: step.text },
    callbackQuery: step.data === undefined ? undefined : { data: step.data },
    i18n: { useLocale: (locale: string) => log.push(`locale ${locale}`), fluent: { translate: (locale: string, key: string) => `${key}@${locale}` } },
    t: (key: string, args?: Record<string, unknown>) => (args ? `${key} ${JSON.stringify(args)}` : key),
    hasCommand: (command: string) => step.text?.split(" ")[0] === `/${command}`,
    reply: async (text: string, options?: { reply_markup?: unknown }) => {
      log.push(`reply ${text}`);
      keyboards.push(options?.reply_markup);
    },
    answerCallbackQuery: async () => {
      if (step.failAnswer) throw new Error("query is too old");
      log.push("answer");
    },
    editMessageReplyMarkup: async () => void log.push("buttons removed"),
  });
  const queue = [...steps];
  const conversation = {
    now: async () => nowMs,
    wait: async () => {
      const step = queue.shift();
      if (!step) throw new Error("the script ran out of updates");
      if (step.atMs !== undefined) nowMs = step.atMs;
      return contextOf(step);
    },
    halt: async (options?: unknown) => {
      throw new Halted(options);
    },
    external: async (task: (ctx: unknown) => unknown) =>
      task({
        user: outer.user,
        i18n: { getLocale: async () => outer.locale ?? "de" },
        services: { staff: { recordDenied: async (userId: number | null, action: string) => void log.push(`denied ${userId} ${action}`) } },
      }),
  };
  // The fakes stand in for grammY's types; the code under test only uses what they provide.
  return { conversation: conversation as never, ctx: contextOf({}) as never, log, keyboards };
}

const OPTIONS: StepOptions = { locale: "ar", cancelData: "tt:cancel", timeoutMs: 60_000, cancelledKey: "tt-cancelled", timeoutKey: "tt-timeout" };
const number = (u: { message?: { text?: string } }) => (/^\d+$/.test(u.message?.text ?? "") ? Number(u.message!.text) : undefined);
const hint = () => "tt-hint";

describe("conversationSteps", () => {
  it("when answers do not parse, then each gets the hint with a Cancel button until one parses", async () => {
    const s = script([{ text: "many" }, { text: "🙂" }, { text: "3" }]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    const value = await ask(async () => void s.log.push("question"), number, hint);
    expect(value).toBe(3);
    expect(s.log.filter((l) => !l.startsWith("locale"))).toEqual(["question", "reply tt-hint", "reply tt-hint"]);
    expect(s.keyboards[0]).toEqual(new InlineKeyboard().text("signup-cancel", "tt:cancel"));
  });

  it("when updates arrive, then each is switched to the conversation's language", async () => {
    const s = script([{ text: "x" }, { text: "1" }]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    await ask(async () => {}, number, hint);
    expect(s.log.filter((l) => l.startsWith("locale"))).toEqual(["locale ar", "locale ar"]);
  });

  it.each([
    ["/cancel", { text: "/cancel" }, ["reply tt-cancelled"]],
    ["the Cancel button", { data: "tt:cancel" }, ["answer", "reply tt-cancelled"]],
  ])("when the user sends %s, then they are told it stopped and the conversation ends", async (_name, step, expected) => {
    const s = script([step]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    await expect(ask(async () => {}, number, hint)).rejects.toBeInstanceOf(Halted);
    expect(s.log.filter((l) => !l.startsWith("locale"))).toEqual(expected);
  });

  it("when the user was silent longer than the timeout, then the next message is told it stopped", async () => {
    const s = script([{ text: "1", atMs: 60_001 }]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    await expect(ask(async () => {}, number, hint)).rejects.toBeInstanceOf(Halted);
    expect(s.log.filter((l) => !l.startsWith("locale"))).toEqual(["reply tt-timeout"]);
  });

  it("when answers come within the timeout each time, then a long conversation goes on", async () => {
    const s = script([{ text: "x", atMs: 50_000 }, { text: "2", atMs: 100_000 }]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    expect(await ask(async () => {}, number, hint)).toBe(2);
  });

  it("when another command arrives, then the conversation ends silently and passes the command on", async () => {
    const s = script([{ text: "/offers" }]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    const halted = await ask(async () => {}, number, hint).catch((error: unknown) => error);
    expect(halted).toBeInstanceOf(Halted);
    expect((halted as Halted).options).toEqual({ next: true });
    expect(s.log.filter((l) => !l.startsWith("locale"))).toEqual([]);
  });

  it("when a button answers the question, then the press is answered and the question loses its buttons; other buttons keep theirs", async () => {
    const isAnswer = (u: { callbackQuery?: { data?: string } }) => u.callbackQuery?.data?.startsWith("tt:n:") ?? false;
    const picked = (u: { callbackQuery?: { data?: string } }) => (u.callbackQuery?.data === "tt:n:5" ? 5 : undefined);
    const s = script([{ data: "old:button" }, { data: "tt:n:5" }]);
    const { ask } = await conversationSteps(s.conversation, { ...OPTIONS, isAnswer });
    expect(await ask(async () => {}, picked, hint)).toBe(5);
    expect(s.log.filter((l) => !l.startsWith("locale"))).toEqual(["answer", "reply tt-hint", "answer", "buttons removed"]);
  });

  it("when Telegram refuses to answer the press, then the answer still counts", async () => {
    const s = script([{ data: "tt:n:5", failAnswer: true }]);
    const { ask } = await conversationSteps(s.conversation, OPTIONS);
    expect(await ask(async () => {}, (u) => (u.callbackQuery?.data === "tt:n:5" ? 5 : undefined), hint)).toBe(5);
  });
});

describe("attempt", () => {
  it("when the service call succeeds, fails with a DomainError, or fails otherwise, then it is a value, a code, or thrown", async () => {
    const { conversation } = script([]);
    expect(await attempt(conversation, async () => 7)).toEqual({ ok: true, value: 7 });
    expect(await attempt(conversation, async () => Promise.reject(new DomainError("offer-full")))).toEqual({ ok: false, code: "offer-full" });
    await expect(attempt(conversation, async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
  });
});

describe("openStaffConversation", () => {
  const options = { allowed: isStaff, prefix: "tt", cancelledKey: "tt-cancelled", timeoutKey: "tt-timeout" };

  it.each([
    ["a resident", { id: 1, role: "RESIDENT" as const }, isStaff, "denied 1 conversation tt"],
    ["nobody known", undefined, isStaff, "denied null conversation tt"],
    ["staff, for an admin conversation", { id: 2, role: "STAFF" as const }, isAdmin, "denied 2 conversation tt"],
  ])("when %s enters, then they are refused politely, it is audited and nothing is asked", async (_name, user, allowed, audited) => {
    const s = script([], { user });
    expect(await openStaffConversation(s.conversation, s.ctx, { ...options, allowed })).toBeUndefined();
    expect(s.log.filter((l) => !l.startsWith("locale"))).toEqual([audited, "reply error-forbidden"]);
  });

  it("when staff enter, then they get their language, the actor, and answers and Cancel of this conversation", async () => {
    const s = script([{ data: "tt:lang:uk" }], { user: { id: 3, role: "STAFF" }, locale: "fa" });
    const session = (await openStaffConversation(s.conversation, s.ctx, options))!;
    expect(session.locale).toBe("fa");
    expect(session.actor).toEqual({ id: 3, role: "STAFF" });
    expect(session.answer("lang", "uk")).toBe("tt:lang:uk");
    const value = await session.ask(async () => {}, (u) => session.picked(u, "lang"), hint);
    expect(value).toBe("uk");
    expect(session.picked({ callbackQuery: { data: "tt:other:uk" } } as never, "lang")).toBeUndefined();
    expect(session.picked({ callbackQuery: { data: "xx:lang:uk" } } as never, "lang")).toBeUndefined();
    expect(session.withCancel()).toEqual(new InlineKeyboard().text("signup-cancel", "tt:cancel"));
    expect(session.withCancel(new InlineKeyboard().text("A", "a"))).toEqual(new InlineKeyboard().text("A", "a").row().text("signup-cancel", "tt:cancel"));
    expect(session.ownLanguageName("ar")).toBe("language-name@ar");
  });
});
