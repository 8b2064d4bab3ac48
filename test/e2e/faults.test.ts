// End to end over HTTP with a misbehaving Telegram: 429 with retry_after, 500s, 403 and
// connections cut mid-request. No sign-up may be lost, no update may crash the bot, and what
// is safe to retry is retried.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import type { FakeTelegramServer } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { callbackUpdate, commandUpdate, signupTaps, type TestUser } from "../support/updates.ts";

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;
const people: TestUser[] = Array.from({ length: 12 }, (_, i) => ({ id: 9_500 + i, first_name: `Gast${i}`, language_code: i % 2 ? "ar" : "de" }));

describe("journey: Telegram misbehaves", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;

  const send = async (update: Parameters<typeof withoutId>[0]) => expect((await telegram.deliver(withoutId(update))).status).toBe(200);
  const press = (user: TestUser, data: string) => send(callbackUpdate(user, data));

  beforeAll(async () => {
    rig = await startTestRig({ app: { retry: { minTimeoutMs: 5 } } });
    ({ app, telegram } = rig);
  });
  afterAll(() => rig?.close());
  beforeEach(() => telegram.api.setFaults(undefined));

  async function newDate(capacity: number): Promise<number> {
    const org = await app.services.catalog.saveOrganization({ name: `Verein ${Math.random()}` });
    const offer = await app.services.offers.saveOffer(offerInput({ organizationId: org.id, startsAt: new Date(Date.now() + 4 * 86_400_000).toISOString(), signupRequired: true, capacity }));
    return app.services.offers.nextOccurrenceId(offer.id);
  }

  it("when every third call fails with 429, 500 or a cut connection, then 12 people signing up at once all end up on the list or the waiting list, and each is told once", async () => {
    const date = await newDate(6);
    // Every third call fails once; its retry gets through (a passing fault, as Telegram's are).
    let call = 0;
    const failedOnce = new Set<string>();
    telegram.api.setFaults((method, payload) => {
      call++;
      const key = `${method}|${payload.chat_id}|${payload.callback_query_id}|${payload.text}|${payload.message_id}`;
      if (call % 3 !== 0 || failedOnce.has(key)) return undefined;
      failedOnce.add(key);
      if (method === "sendMessage") return call % 2 ? { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } } : { error_code: 500, description: "Internal Server Error" };
      return "drop"; // edits, callback answers and uploads: the connection breaks
    });

    await Promise.all(
      people.map(async (user) => {
        for (const data of signupTaps(date, 1)) await press(user, data);
      }),
    );

    const signups = await app.db.prisma.signup.findMany({ where: { occurrenceId: date } });
    expect(signups).toHaveLength(12);
    expect(signups.filter((s) => s.status === "CONFIRMED")).toHaveLength(6);
    expect(signups.filter((s) => s.status === "WAITLISTED")).toHaveLength(6);
    for (const user of people) {
      const told = [app.i18n.t(user.language_code!, "signup-done-confirmed", { seats: 1 }), app.i18n.t(user.language_code!, "signup-done-waitlisted", { position: 1 })].map((text) => text.slice(0, 10));
      const outcomes = telegram.api
        .delivered("sendMessage")
        .filter((c) => Number(c.payload.chat_id) === user.id && told.some((start) => String(c.payload.text).includes(start)));
      expect(outcomes, `confirmation to ${user.first_name}`).toHaveLength(1);
    }
  });

  it("when the connection breaks while the confirmation is sent, then the sign-up is saved and shows in /my", async () => {
    const date = await newDate(10);
    const user = people[0]!;
    const steps = signupTaps(date, 2);
    const confirm = steps.pop()!;
    for (const data of steps) await press(user, data);
    telegram.api.setFaults((method) => (method === "sendMessage" ? "drop" : undefined));
    await press(user, confirm);
    // A message that may have arrived is not sent twice: one attempt, no retry.
    const attempts = telegram.api.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id);
    expect(attempts.at(-1)!.payload.text).toContain(app.i18n.t("de", "signup-done-confirmed", { seats: 2 }).slice(0, 12));
    expect(attempts.filter((c) => c.payload.text === attempts.at(-1)!.payload.text)).toHaveLength(1);
    telegram.api.setFaults(undefined);

    expect(await app.db.prisma.signup.count({ where: { occurrenceId: date, status: "CONFIRMED", seats: 2 } })).toBe(1);
    await send(commandUpdate(user, "my"));
    expect(telegram.api.textsTo(user.id).at(-1)).toContain(app.i18n.t("de", "my-status-confirmed", { seats: 2 }).replace(/[\u2068\u2069]/g, ""));
  });

  it("when Telegram keeps answering 500, then the bot gives up after a few tries and keeps serving others", async () => {
    const [grumpy, fine] = [people[1]!, people[2]!];
    telegram.api.setFaults((method, payload) => (Number(payload.chat_id) === grumpy.id ? { error_code: 500, description: "Internal Server Error" } : undefined));
    const before = telegram.api.calls.length;

    await send(commandUpdate(grumpy, "help"));
    await send(commandUpdate(fine, "help"));

    // 1 attempt + 3 retries for /help, then the apology is tried the same way.
    expect(telegram.api.calls.slice(before).filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === grumpy.id)).toHaveLength(8);
    expect(telegram.api.delivered("sendMessage").filter((c) => Number(c.payload.chat_id) === fine.id).length).toBeGreaterThan(0);
  });

  it("when a user blocked the bot (403), then the reply is not retried, no apology is attempted and they are marked as gone", async () => {
    const gone = people[3]!;
    await send(commandUpdate(gone, "start"));
    telegram.api.setFaults((_method, payload) => (Number(payload.chat_id) === gone.id ? { error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined));
    const before = telegram.api.calls.length;

    await send(commandUpdate(gone, "help"));

    expect(telegram.api.calls.length - before).toBe(1);
    expect(await app.db.prisma.user.findFirst({ where: { telegramId: BigInt(gone.id) }, select: { blockedAt: true } })).toEqual({ blockedAt: expect.any(Date) });
  });
});
