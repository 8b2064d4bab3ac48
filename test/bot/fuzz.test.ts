// Fuzzing every command, button and conversation with generated input (fast-check): random and
// hostile text (Fluent braces, HTML and Markdown, RTL and control characters, 5,000
// characters), media where text is expected, edits, forwards, group chatter, forged and oversize
// button data, and presses of the buttons the bot really sent, as a resident, a staff member
// and an admin. After every update: no error reached the error boundary unhandled, and nothing
// the bot sent contains a raw message key, "undefined", "[object Object]", a stack trace,
// HTML Telegram would reject, or buttons Telegram would refuse.
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import fc from "fast-check";
import type { Update } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_COMMANDS, COMMANDS, STAFF_COMMANDS } from "../../src/bot/commands.ts";
import { startSignup } from "../../src/bot/keyboards/signups.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestBot } from "../support/bot.ts";
import type { ApiCall } from "../support/fake-telegram.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { useTestDatabase } from "../support/services.ts";
import {
  callbackUpdate,
  commandUpdate,
  editedTextUpdate,
  forwardedTextUpdate,
  groupCommandUpdate,
  groupTextUpdate,
  mediaUpdate,
  textUpdate,
  type TestUser,
} from "../support/updates.ts";

const resident: TestUser = { id: 990_001, first_name: "Rami <b>", language_code: "ar" };
const staff: TestUser = { id: 990_002, first_name: "Svenja", language_code: "de" };
const admin: TestUser = { id: 990_003, first_name: "Parisa", language_code: "fa" };
const young: TestUser = { id: 990_004, first_name: "Ти́мур", language_code: "uk" };
const ACTORS = [resident, staff, admin, young];

const RUNS = 80;
const MIN_ACTIONS = 13; // 80 × 13 = 1,040 inputs at the very least

/** Every message id in en.ftl: a reply equal to one of these is an untranslated key. */
const MESSAGE_KEYS = new Set(
  readFileSync(new URL("../../locales/en.ftl", import.meta.url), "utf8")
    .split("\n")
    .map((line) => /^([a-z][\w-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key)),
);

const HOSTILE = [
  "{ $name }",
  "{$count}",
  "{ -brand }",
  "{{title}}",
  "<b>bold</b>",
  "</i><script>alert(1)</script>",
  "*bold* _it_ `code` [link](http://x.example)",
  "&amp; &lt; & <",
  "\u202Eevil\u202C",
  "\u200F\u200E\u2066",
  "\u0000\u0001\u0007\u001b[31m",
  "👨‍👩‍👧‍👦🇩🇪🙂",
  "مرحبا ١٢٣",
  "۱۲.۰۳. ۱۷:۰۰",
  "٣",
  "0",
  "-1",
  "999999999999",
  "1e309",
  "12-17",
  "60-",
  "32.13.",
  "29.02.2027 10:00",
  "2026-12-24T18:00",
  "https://example.org/a?b=<c>",
  "javascript:alert(1)",
  "x".repeat(5_000),
  "Ärger über Müll 🗑️ in Coerde".repeat(200),
  " ",
  "\n\n\t",
  "/cancel",
  "/start invite_AAAAAAAAAAAAAAAAAAAAAA",
  "/start guardian_zzzzzzzzzzzzzzzzzzzzzz",
  "/start privacy",
  "/start " + "9".repeat(300),
];
/** Callback data of every feature, with payloads to break them. */
const PREFIXES = ["of:l:", "of:o:", "of:d:", "su:go:", "sg:seats:", "sg:name:", "sg:age:", "sg:consent:", "sg:confirm:", "my:v:", "my:c:", "my:x:", "my:i:", "sc:a:", "gd:y:", "gd:n:", "sub:t:", "sub:d:", "sub:on:", "pv:now:", "pv:del:", "pv:exp:", "lang:", "adm:", "bc:", "so:"];
const BAD_PAYLOADS = ["", "0", "-1", "999999999", "1.5", "NaN%", "x".repeat(80), "../../", "💥", "1:2:3", "sport.3.w.1.0", "sport.99.z.9.9", "null"];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
);
const callbackData = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.tuple(fc.constantFrom(...PREFIXES), fc.oneof(fc.constantFrom(...BAD_PAYLOADS), fc.string({ maxLength: 20 }))).map(([prefix, payload]) => prefix + payload),
);
const allCommands = [...COMMANDS, ...STAFF_COMMANDS, ...ADMIN_COMMANDS, "cancel", "nonsense"];

type Action =
  | { kind: "text"; text: string }
  | { kind: "command"; command: string; args: string }
  | { kind: "callback"; data: string }
  | { kind: "press"; pick: number }
  | { kind: "reply-button"; pick: number }
  | { kind: "media"; media: "photo" | "voice" | "location" | "sticker" | "document" | "contact" }
  | { kind: "edited"; text: string }
  | { kind: "forwarded"; text: string }
  | { kind: "group"; text: string; command: boolean }
  | { kind: "signup"; offer: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: text.map((t) => ({ kind: "text" as const, text: t })) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("command" as const), command: fc.constantFrom(...allCommands), args: fc.oneof(fc.constant(""), text) }) },
  { weight: 2, arbitrary: callbackData.map((data) => ({ kind: "callback" as const, data })) },
  { weight: 8, arbitrary: fc.nat(50).map((pick) => ({ kind: "press" as const, pick })) },
  { weight: 1, arbitrary: fc.nat(10).map((pick) => ({ kind: "reply-button" as const, pick })) },
  { weight: 1, arbitrary: fc.constantFrom("photo", "voice", "location", "sticker", "document", "contact").map((media) => ({ kind: "media" as const, media })) },
  { weight: 1, arbitrary: text.map((t) => ({ kind: "edited" as const, text: t })) },
  { weight: 1, arbitrary: text.map((t) => ({ kind: "forwarded" as const, text: t })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("group" as const), text, command: fc.boolean() }) },
  { weight: 2, arbitrary: fc.nat(2).map((offer) => ({ kind: "signup" as const, offer })) },
);

const ALLOWED_HTML_TAG = /<\/?(b|strong|i|em|u|ins|s|strike|del|code|pre|tg-spoiler|blockquote)>|<a href="[^"<>]*">|<\/a>/g;
const HTML_ENTITY = /&(lt|gt|amp|quot|#\d+);/g;

/** What Telegram would refuse, or a user should never see; empty when the call is fine. */
function problemsOf(call: ApiCall): string[] {
  const problems: string[] = [];
  const { payload } = call;
  const texts: string[] = [payload.text, payload.caption].filter((t): t is string => typeof t === "string");
  const markup = payload.reply_markup;
  const buttons: { text: string; callback_data?: string }[] = [...(markup?.inline_keyboard?.flat() ?? []), ...(markup?.keyboard?.flat() ?? [])].map((b: unknown) => (typeof b === "string" ? { text: b } : (b as { text: string })));
  for (const t of [...texts, ...buttons.map((b) => b.text)]) {
    if (/undefined|\[object Object\]|\bNaN\b/.test(t)) problems.push(`placeholder in “${t.slice(0, 80)}”`);
    if (/\n\s+at .+:\d+:\d+|\b(TypeError|ReferenceError|PrismaClient\w*Error)\b/.test(t)) problems.push(`stack trace in “${t.slice(0, 80)}”`);
    if (MESSAGE_KEYS.has(t.trim())) problems.push(`raw key “${t}”`);
  }
  for (const t of texts) {
    if (t.length === 0) problems.push("empty text");
    if (t.length > 4_096) problems.push(`text of ${t.length} characters`);
    if (payload.parse_mode === "HTML" && /[<>&]/.test(t.replace(ALLOWED_HTML_TAG, "").replace(HTML_ENTITY, ""))) problems.push(`unescaped HTML in “${t.slice(0, 120)}”`);
  }
  if (call.method === "answerCallbackQuery" && typeof payload.text === "string" && payload.text.length > 200) problems.push("callback answer over 200 characters");
  for (const b of buttons) {
    if (!b.text?.trim()) problems.push("button without text");
    if (b.callback_data !== undefined && Buffer.byteLength(b.callback_data) > 64) problems.push(`callback data over 64 bytes: ${b.callback_data}`);
  }
  return problems;
}

describe("fuzz: every command, button and conversation", () => {
  const db = useTestDatabase({ reset: false });
  let t: ReturnType<typeof createTestBot>;
  const errors: string[] = [];
  const problems: string[] = [];
  let handled = 0;
  const occurrences: number[] = [];

  beforeAll(async () => {
    const logger = createLogger({
      level: "warn",
      destination: new Writable({
        write(chunk, _encoding, done) {
          const line = JSON.parse(String(chunk));
          // level 50: "unhandled error in update" (and job failures); nothing may get there.
          if (line.level >= 50) errors.push(`${line.msg}: ${line.err?.message ?? ""}`.slice(0, 300));
          done();
        },
      }),
    });
    t = createTestBot(db, { adminIds: [BigInt(admin.id)], logger, now: "2026-12-01T10:00:00Z" });
    const { orgId, coerdeId } = await seedSmallCity(t.services);
    await t.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name });
    await db.prisma.user.update({ where: { telegramId: BigInt(staff.id) }, data: { role: "STAFF", organizationId: orgId } });
    const save = async (extra: Partial<Parameters<typeof offerInput>[0]>) =>
      t.services.offers.nextOccurrenceId((await t.services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-12-05T14:00:00Z", createdByUserId: undefined, ...extra }))).id);
    occurrences.push(await save({ signupRequired: true, capacity: 3, texts: { de: { title: "Kochen <für> alle & mehr", summary: "Mit *Sternen* und {$klammern}" } } }));
    occurrences.push(await save({ signupRequired: true, capacity: 20, ageMin: 12, ageMax: 17, districtId: coerdeId, categoryId: "youth", texts: { de: { title: "Jugendtreff HOT", summary: "s" }, ar: { title: "لقاء الشباب", summary: "s" } } }));
    occurrences.push(await save({ signupRequired: false, recurrence: "WEEKLY", recurrenceUntil: new Date("2027-02-01T00:00:00Z"), texts: { de: { title: "Nachbarschaftsspaziergang", summary: "s" } } }));
  });

  /** The newest message the bot sent or edited in this chat that had buttons. */
  const lastKeyboard = (chatId: number, kind: "inline_keyboard" | "keyboard") =>
    t.api.calls.filter((c) => Number(c.payload.chat_id) === chatId && c.payload.reply_markup?.[kind]).at(-1)?.payload.reply_markup[kind].flat() ?? [];

  function toUpdate(user: TestUser, a: Action): Update | undefined {
    switch (a.kind) {
      case "text":
        return textUpdate(user, a.text);
      case "command":
        return commandUpdate(user, a.command, a.args);
      case "callback":
        return callbackUpdate(user, a.data);
      case "press": {
        const buttons = lastKeyboard(user.id, "inline_keyboard").filter((b: { callback_data?: string }) => b.callback_data);
        return buttons.length ? callbackUpdate(user, buttons[a.pick % buttons.length].callback_data) : undefined;
      }
      case "reply-button": {
        const buttons = lastKeyboard(user.id, "keyboard");
        return buttons.length ? textUpdate(user, String(buttons[a.pick % buttons.length].text ?? buttons[a.pick % buttons.length])) : undefined;
      }
      case "media":
        return mediaUpdate(user, a.media);
      case "edited":
        return editedTextUpdate(user, a.text);
      case "forwarded":
        return forwardedTextUpdate(user, a.text);
      case "group":
        return a.command ? groupCommandUpdate(user, -100_777, "offers") : groupTextUpdate(user, -100_777, a.text);
      case "signup":
        return callbackUpdate(user, startSignup.pack(occurrences[a.offer]!));
    }
  }

  it(`survives ${RUNS} random sessions (≥ ${RUNS * MIN_ACTIONS} inputs) with no unhandled error and no broken reply`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...ACTORS), action), { minLength: MIN_ACTIONS, maxLength: 22 }), async (steps) => {
        for (const [user, a] of steps) {
          const update = toUpdate(user, a) ?? commandUpdate(user, "start");
          const from = t.api.calls.length;
          await t.bot.handleUpdate(update).catch((error: unknown) => errors.push(`thrown: ${(error as Error).message}`.slice(0, 300)));
          handled++;
          if (process.env.FUZZ_DEBUG) console.log(`#${errors.length}#`, user.first_name, JSON.stringify(update).slice(0, 200), "=>", t.api.calls.slice(from).map((c) => `${c.method}:${String(c.payload.text ?? "").slice(0, 60)}`).join(" | ").replace(/\n/g, " "));
          for (const call of t.api.calls.slice(from)) {
            for (const problem of problemsOf(call)) problems.push(`${call.method} after ${JSON.stringify(a).slice(0, 120)}: ${problem}`);
          }
        }
        expect(errors).toEqual([]);
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261122), endOnFailure: true },
    );
    expect(handled).toBeGreaterThanOrEqual(RUNS * MIN_ACTIONS);
  }, 300_000);
});
