import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGNUP_CANCEL, signupAnswer, startSignup, stillComingAnswer, viewMySignup } from "../../src/bot/keyboards/signups.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, stickerUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z";
const sara: TestUser = { id: 701, first_name: "Sara", language_code: "en" };
const emre: TestUser = { id: 702, first_name: "Emre", language_code: "de" };
const mother: TestUser = { id: 703, first_name: "Ayşe", language_code: "en" };


describe("bot: signing up", () => {
  const { db, t, notes, restart } = useTestBot({ now: NOW });
  let orgId: number;

  beforeEach(async () => {
    orgId = (await seedSmallCity(t.services)).orgId;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function occurrence(extra: Partial<Parameters<typeof offerInput>[0]> = {}): Promise<number> {
    const { id } = await t.services.offers.saveOffer(
      offerInput({
        organizationId: orgId,
        startsAt: "2026-12-05T14:00:00Z",
        signupRequired: true,
        capacity: 10,
        texts: { de: { title: "Kochkurs", summary: "s" }, en: { title: "Cooking class", summary: "s" } },
        ...extra,
      }),
    );
    return t.services.offers.nextOccurrenceId(id);
  }
  const send = (update: Parameters<typeof t.bot.handleUpdate>[0]) => t.bot.handleUpdate(update);
  const press = (user: TestUser, data: string) => send(callbackUpdate(user, data));
  const lastText = (user: TestUser) => t.api.textsTo(user.id).at(-1) ?? "";
  const lastMessage = (user: TestUser) => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === user.id).at(-1);
  const en = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("en", key, args));
  const signupsOf = async (user: TestUser) =>
    db.prisma.signup.findMany({ where: { user: { telegramId: BigInt(user.id) } }, orderBy: { id: "asc" } });

  it("when Sara signs up for 3 seats with the buttons, then she is confirmed and gets a calendar file with a reminder", async () => {
    const occurrenceId = await occurrence();
    await press(sara, startSignup.pack(occurrenceId));
    expect(lastText(sara)).toBe(en("signup-ask-seats", { title: "Cooking class", max: 6 }));
    expect(buttons(lastMessage(sara)).map((b) => b.text)).toEqual(["1", "2", "3", "4", "5", "6", "✖️ Cancel"]);

    await press(sara, signupAnswer("seats", 3));
    expect(lastText(sara)).toBe(en("signup-ask-name"));
    expect(buttons(lastMessage(sara))[0]!.text).toBe("✅ Sara");
    await press(sara, signupAnswer("name", "ok"));
    // Every offer asks the age group, so that a guardian confirms for the young.
    expect(lastText(sara)).toBe(en("signup-ask-age-any", { age: 16 }));
    expect(buttons(lastMessage(sara)).map((b) => stripBidi(b.text))).toEqual([en("signup-age-under", { age: 16 }), en("signup-age-teen", { age: 16, last: 17 }), en("signup-age-adult"), "✖️ Cancel"]);
    await press(sara, signupAnswer("age", "ADULT"));
    expect(lastText(sara)).toBe(en("signup-consent", { days: 30 }));
    await press(sara, signupAnswer("consent", "yes"));
    expect(lastText(sara)).toContain(en("signup-summary-fits"));
    await press(sara, signupAnswer("confirm", "yes"));

    expect(lastText(sara)).toContain(en("signup-done-confirmed", { seats: 3 }));
    const [document] = t.api.callsTo("sendDocument");
    expect(document!.payload.document.filename).toMatch(/^treffpunkt-\d+\.ics$/);
    const ics = document!.payload.document.content as string;
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("SUMMARY:Cooking class");
    expect(ics).toContain("DTSTART:20261205T140000Z");
    expect(ics).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-P(T24H|1D)/);
    expect(await signupsOf(sara)).toMatchObject([{ seats: 3, listName: "Sara", status: "CONFIRMED" }]);
  });

  it("when a Farsi reader is asked for seats, then the buttons show Persian digits and a typed Persian number is understood", async () => {
    const maryam: TestUser = { id: 704, first_name: "Maryam", language_code: "fa" };
    const occurrenceId = await occurrence();
    await press(maryam, startSignup.pack(occurrenceId));
    expect(buttons(lastMessage(maryam)).map((b) => b.text).slice(0, 6)).toEqual(["۱", "۲", "۳", "۴", "۵", "۶"]);
    await send(textUpdate(maryam, "۲"));
    expect(stripBidi(lastText(maryam))).toBe(stripBidi(t.i18n.t("fa", "signup-ask-name")));
  });

  it("when answers are wrong (500 seats, 0, a sticker, a huge name), then the question is asked again with a hint and nothing is saved early", async () => {
    const occurrenceId = await occurrence({ maxSeatsPerSignup: 4 });
    await press(sara, startSignup.pack(occurrenceId));

    for (const wrong of [textUpdate(sara, "500"), textUpdate(sara, "0"), stickerUpdate(sara), textUpdate(sara, "three")]) {
      await send(wrong);
      expect(lastText(sara)).toBe(en("signup-seats-hint", { max: 4 }));
    }
    expect(await signupsOf(sara)).toEqual([]);
    await send(textUpdate(sara, "٢")); // an Arabic-Indic 2
    expect(lastText(sara)).toBe(en("signup-ask-name"));

    await send(textUpdate(sara, "x".repeat(5000)));
    expect(lastText(sara)).toBe(en("signup-name-hint", { max: 64 }));
    await send(textUpdate(sara, "  Samira <b>{ $x }</b> "));
    await press(sara, signupAnswer("age", "ADULT"));
    await press(sara, signupAnswer("consent", "yes"));
    const summary = t.api.callsTo("sendMessage").at(-1)!.payload;
    expect(summary.parse_mode).toBe("HTML");
    expect(stripBidi(summary.text)).toContain("Samira &lt;b&gt;{ $x }&lt;/b&gt;");
    await press(sara, signupAnswer("confirm", "yes"));
    expect(await signupsOf(sara)).toMatchObject([{ seats: 2, listName: "Samira <b>{ $x }</b>" }]);
  });

  it("when the user sends /cancel or presses Cancel, then the sign-up stops and nothing is saved", async () => {
    const occurrenceId = await occurrence();
    await press(sara, startSignup.pack(occurrenceId));
    await press(sara, signupAnswer("seats", 1));
    await send(commandUpdate(sara, "cancel"));
    expect(lastText(sara)).toBe(en("signup-cancelled"));

    await press(sara, startSignup.pack(occurrenceId));
    await press(sara, SIGNUP_CANCEL);
    expect(lastText(sara)).toBe(en("signup-cancelled"));
    expect(await signupsOf(sara)).toEqual([]);

    // The conversation is over: text is a search again.
    await send(textUpdate(sara, "cooking"));
    expect(lastText(sara)).toContain("Cooking class");
  });

  it("when the user is silent for more than 30 minutes, then the next message is told that the sign-up stopped", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(NOW) });
    const occurrenceId = await occurrence();
    await press(sara, startSignup.pack(occurrenceId));
    vi.setSystemTime(new Date(new Date(NOW).getTime() + 31 * 60_000));

    await press(sara, signupAnswer("seats", 2));
    expect(lastText(sara)).toBe(en("signup-timeout"));
    expect(await signupsOf(sara)).toEqual([]);
  });

  it("when the bot restarts in the middle, then the sign-up continues where it was", async () => {
    const occurrenceId = await occurrence();
    await press(sara, startSignup.pack(occurrenceId));
    await press(sara, signupAnswer("seats", 2));

    restart(); // a new process: nothing in memory
    await press(sara, signupAnswer("name", "ok"));
    await press(sara, signupAnswer("age", "ADULT"));
    expect(lastText(sara)).toBe(en("signup-consent", { days: 30 }));
    await press(sara, signupAnswer("consent", "yes"));
    await press(sara, signupAnswer("confirm", "yes"));
    expect(await signupsOf(sara)).toMatchObject([{ seats: 2, status: "CONFIRMED" }]);
  });

  it("when a 14-year-old signs up, then a guardian link comes; the mother opens it and agrees, and the teen is told", async () => {
    const occurrenceId = await occurrence({ ageMin: 12, ageMax: 17 });
    await press(emre, startSignup.pack(occurrenceId));
    await press(emre, signupAnswer("seats", 1));
    await press(emre, signupAnswer("name", "ok"));
    const ages = t.i18n.t("de", "offer-ages-range", { min: 12, max: 17 });
    expect(stripBidi(lastText(emre))).toBe(stripBidi(t.i18n.t("de", "signup-ask-age", { range: ages })));
    expect(stripBidi(lastText(emre))).toContain("Von 12 bis 17 Jahren");
    await press(emre, signupAnswer("age", "UNDER_16"));
    await press(emre, signupAnswer("consent", "yes"));
    await press(emre, signupAnswer("confirm", "yes"));

    const link = /https:\/\/t\.me\/treffpunkt_test_bot\?start=(guardian_[A-Za-z0-9_-]+)/.exec(lastText(emre))![1]!;
    expect((await signupsOf(emre))[0]!.status).toBe("PENDING_GUARDIAN");

    await send(commandUpdate(emre, "start", link));
    await press(emre, buttons(lastMessage(emre))[0]!.callback_data!);
    expect(t.api.callsTo("answerCallbackQuery").at(-1)!.payload.text).toBe(t.i18n.t("de", "error-guardian-self"));

    await send(commandUpdate(mother, "start", link));
    expect(lastText(mother)).toContain(en("guardian-request", { name: "Emre" }));
    await press(mother, buttons(lastMessage(mother)).find((b) => b.text === en("guardian-yes"))!.callback_data!);
    expect(lastText(mother)).toBe(en("guardian-thanks-yes", { name: "Emre" }));
    expect((await signupsOf(emre))[0]!.status).toBe("CONFIRMED");
    expect(await notes.kinds()).toEqual(["guardian-confirmed:Emre"]);
  });

  it("when an adult books 3 seats on a youth offer, then they are asked how many seats are for children", async () => {
    const occurrenceId = await occurrence({ ageMin: 12, ageMax: 17 });
    await press(sara, startSignup.pack(occurrenceId));
    await press(sara, signupAnswer("seats", 3));
    await press(sara, signupAnswer("name", "ok"));
    await press(sara, signupAnswer("age", "ADULT"));
    expect(lastText(sara)).toBe(en("signup-ask-children", { seats: 3 }));
    expect(buttons(lastMessage(sara)).map((b) => b.text)).toEqual(["1", "2", "3", "✖️ Cancel"]);
    await press(sara, signupAnswer("kids", 2));
    await press(sara, signupAnswer("consent", "yes"));
    await press(sara, signupAnswer("confirm", "yes"));
    expect(await signupsOf(sara)).toMatchObject([{ seats: 3, childSeats: 2, ageBand: "ADULT", status: "CONFIRMED" }]);
  });

  it("when the offer is full, then the summary says so and the user lands on the waiting list with the position", async () => {
    const occurrenceId = await occurrence({ capacity: 1 });
    const other = await t.services.users.identify({ telegramId: 999n });
    await t.services.signups.signUp({ occurrenceId, userId: other.id, seats: 1, listName: "Other", ageBand: "ADULT" });

    await press(sara, startSignup.pack(occurrenceId));
    await press(sara, signupAnswer("seats", 1));
    await press(sara, signupAnswer("name", "ok"));
    await press(sara, signupAnswer("age", "ADULT"));
    await press(sara, signupAnswer("consent", "yes"));
    expect(lastText(sara)).toContain(en("signup-summary-full", { position: 1 }));
    await press(sara, signupAnswer("confirm", "yes"));
    expect(lastText(sara)).toContain(en("signup-done-waitlisted", { position: 1 }));
    expect(t.api.callsTo("sendDocument")).toHaveLength(0);
  });

  it("when a sign-up is not possible, then the user gets the reason instead of questions", async () => {
    const closed = await occurrence({ signupClosesMinutesBefore: 60 * 24 * 10 });
    await press(sara, startSignup.pack(closed));
    expect(lastText(sara)).toBe(en("error-signup-closed"));
    await press(sara, startSignup.pack(999_999));
    expect(lastText(sara)).toBe(en("error-offer-unavailable"));
  });

  it("when Sara opens /my and cancels, then she is asked first, the seat is freed and the waiting person is promoted", async () => {
    const occurrenceId = await occurrence({ capacity: 1 });
    const saraUser = await t.services.users.identify({ telegramId: BigInt(sara.id), firstName: "Sara" });
    const other = await t.services.users.identify({ telegramId: 998n });
    const mine = await t.services.signups.signUp({ occurrenceId, userId: saraUser.id, seats: 1, listName: "Sara", ageBand: "ADULT" });
    await t.services.signups.signUp({ occurrenceId, userId: other.id, seats: 1, listName: "Next", ageBand: "ADULT" });

    await send(commandUpdate(sara, "my"));
    expect(lastText(sara)).toContain("Cooking class");
    expect(lastText(sara)).toContain(en("my-status-confirmed", { seats: 1 }));
    await press(sara, viewMySignup.pack(mine.signupId));
    const screen = t.api.calls.filter((c) => c.method === "editMessageText").at(-1)!;
    await press(sara, buttons(screen).find((b) => b.text === en("my-cancel"))!.callback_data!);
    const question = t.api.calls.filter((c) => c.method === "editMessageText").at(-1)!;
    expect(stripBidi(question.payload.text)).toBe(en("my-cancel-confirm", { title: "Cooking class" }));
    await press(sara, buttons(question).find((b) => b.text === en("my-cancel-yes"))!.callback_data!);

    expect((await signupsOf(sara))[0]!.status).toBe("CANCELLED");
    expect(await notes.kinds()).toEqual(["signup-promoted:Next"]);
  });

  it("when someone presses another user's sign-up or a forged id, then nothing happens but a polite answer", async () => {
    const occurrenceId = await occurrence();
    const other = await t.services.users.identify({ telegramId: 997n });
    const theirs = await t.services.signups.signUp({ occurrenceId, userId: other.id, seats: 1, listName: "Other", ageBand: "ADULT" });

    await press(sara, viewMySignup.pack(theirs.signupId));
    await press(sara, stillComingAnswer.pack({ answer: "n", signupId: theirs.signupId }));
    await press(sara, "my:x:abc");
    const answers = t.api.callsTo("answerCallbackQuery").map((c) => c.payload.text);
    expect(answers).toEqual([en("error-signup-not-found"), en("error-signup-not-found"), en("error-stale-button")]);
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: theirs.signupId } })).status).toBe("CONFIRMED");
  });

  it("when the answer to “still coming?” is No, then the seat is freed", async () => {
    const occurrenceId = await occurrence();
    const saraUser = await t.services.users.identify({ telegramId: BigInt(sara.id), firstName: "Sara" });
    const mine = await t.services.signups.signUp({ occurrenceId, userId: saraUser.id, seats: 2, listName: "Sara", ageBand: "ADULT" });

    await press(sara, stillComingAnswer.pack({ answer: "n", signupId: mine.signupId }));
    expect(lastText(sara)).toBe(en("still-coming-freed"));
    expect((await signupsOf(sara))[0]!.status).toBe("CANCELLED");
  });
});
