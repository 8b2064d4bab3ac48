// End to end over HTTP: signing up, the waiting list, guardians, "still coming?" and /my.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { stripBidi, type ApiCall, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, signupTaps, type TestUser } from "../support/updates.ts";
import { waitFor } from "../support/wait.ts";

const NOW = "2026-12-01T10:00:00Z";
const START = "2026-12-05T14:00:00Z"; // Saturday
const layla: TestUser = { id: 9201, first_name: "Layla", language_code: "ar" };
const tom: TestUser = { id: 9202, first_name: "Tom", language_code: "de" };
const olena: TestUser = { id: 9203, first_name: "Olena", language_code: "uk" };
const deniz: TestUser = { id: 9204, first_name: "Deniz", language_code: "tr" };
const mum: TestUser = { id: 9205, first_name: "Aylin", language_code: "tr" };
const yusuf: TestUser = { id: 9206, first_name: "Yusuf", language_code: "de" }; // 13 years old
const grace: TestUser = { id: 9207, first_name: "Grace", language_code: "en" };

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

describe("journey: signing up", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;
  let cooking: number;
  let football: number;
  let languageCafe: number;
  const clock = fixedClock(NOW);

  const messagesTo = (user: TestUser): ApiCall[] => telegram.api.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id);
  const lastText = (user: TestUser) => stripBidi(String(messagesTo(user).at(-1)?.payload.text ?? ""));
  const send = async (update: Parameters<typeof withoutId>[0]) => expect((await telegram.deliver(withoutId(update))).status).toBe(200);
  const press = (user: TestUser, data: string) => send(callbackUpdate(user, data));
  const t = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(app.i18n.t(locale, key, args));

  /** Goes through the whole conversation with the buttons. */
  async function signUp(user: TestUser, occurrenceId: number, seats: number, age?: string) {
    for (const data of signupTaps(occurrenceId, seats, age)) await press(user, data);
  }

  beforeAll(async () => {
    rig = await startTestRig({ app: { clock } });
    ({ app, telegram } = rig);
    const org = await app.services.catalog.saveOrganization({ name: "Jugendzentrum" });
    const save = async (extra: Partial<Parameters<typeof offerInput>[0]>) =>
      app.services.offers.nextOccurrenceId((await app.services.offers.saveOffer(offerInput({ organizationId: org.id, startsAt: START, signupRequired: true, ...extra }))).id);
    cooking = await save({ capacity: 4, texts: { de: { title: "Kochabend", summary: "s" }, ar: { title: "أمسية طبخ", summary: "s" } } });
    football = await save({ capacity: 10, ageMin: 12, ageMax: 17, texts: { de: { title: "Fußball", summary: "s" } } });
    // For everyone: no age range.
    languageCafe = await save({ capacity: 10, texts: { de: { title: "Sprachcafé", summary: "s" } } });
  });
  afterAll(() => rig?.close());

  it("when an Arabic user signs up for 3 seats, then she gets the confirmation in Arabic and the .ics file", async () => {
    await signUp(layla, cooking, 3);

    expect(lastText(layla)).toContain(t("ar", "signup-done-confirmed", { seats: 3 }));
    expect(lastText(layla)).toContain("أمسية طبخ");
    const [document] = telegram.api.callsTo("sendDocument");
    expect(Number(document!.payload.chat_id)).toBe(layla.id);
    expect(document!.payload.document.content).toContain("SUMMARY:أمسية طبخ");
    expect(document!.payload.document.content).toContain("BEGIN:VALARM");
  });

  it("when the offer is full and someone cancels, then the person on the waiting list is promoted and told at once", async () => {
    await signUp(tom, cooking, 2);
    expect(lastText(tom)).toContain(t("de", "signup-done-waitlisted", { position: 1 }));

    await send(commandUpdate(layla, "my"));
    const list = messagesTo(layla).at(-1)!;
    expect(lastText(layla)).toContain("أمسية طبخ");
    await press(layla, buttons(list)[0]!.callback_data!);
    const details = telegram.api.callsTo("editMessageText").at(-1)!;
    await press(layla, buttons(details).find((b) => b.text === t("ar", "my-cancel"))!.callback_data!);
    const question = telegram.api.callsTo("editMessageText").at(-1)!;
    await press(layla, buttons(question).find((b) => b.text === t("ar", "my-cancel-yes"))!.callback_data!);

    expect(stripBidi(telegram.api.callsTo("editMessageText").at(-1)!.payload.text)).toBe(t("ar", "my-cancelled"));
    await expect.poll(() => lastText(tom)).toContain(t("de", "notice-promoted"));
    expect(lastText(tom)).toContain("Kochabend");
  });

  it("when a 14-year-old signs up, then the sign-up waits for a guardian, who confirms through the deep link", async () => {
    await signUp(deniz, football, 1, "UNDER_16");
    const link = /start=(guardian_[A-Za-z0-9_-]+)/.exec(lastText(deniz))![1]!;
    expect(lastText(deniz)).toContain(t("tr", "signup-done-guardian", { link: `https://t.me/treffpunkt_test_bot?start=${link}` }));

    await send(commandUpdate(mum, "start", link));
    expect(lastText(mum)).toContain(t("tr", "guardian-request", { name: "Deniz" }));
    await press(mum, buttons(messagesTo(mum).at(-1)).find((b) => b.text === t("tr", "guardian-yes"))!.callback_data!);

    expect(stripBidi(telegram.api.callsTo("editMessageText").at(-1)!.payload.text)).toBe(t("tr", "guardian-thanks-yes", { name: "Deniz" }));
    await expect.poll(() => lastText(deniz)).toContain(t("tr", "notice-guardian-confirmed"));
    const [signup] = await app.db.prisma.signup.findMany({ where: { listName: "Deniz" } });
    expect(signup!.status).toBe("CONFIRMED");
  });

  it("when a 13-year-old signs up for an offer without an age range, then they are asked their age and get the guardian link; an adult is confirmed without one", async () => {
    const [start, seats, name, age, consent, confirm] = signupTaps(languageCafe, 1, "UNDER_16");
    for (const data of [start!, seats!, name!]) await press(yusuf, data);
    expect(lastText(yusuf)).toBe(t("de", "signup-ask-age-any", { age: 16 }));
    for (const data of [age!, consent!, confirm!]) await press(yusuf, data);
    const link = /start=(guardian_[A-Za-z0-9_-]+)/.exec(lastText(yusuf))![1]!;
    expect(lastText(yusuf)).toContain(t("de", "signup-done-guardian", { link: `https://t.me/treffpunkt_test_bot?start=${link}` }));

    await signUp(grace, languageCafe, 1, "ADULT");
    expect(lastText(grace)).toContain(t("en", "signup-done-confirmed", { seats: 1 }));
    expect(lastText(grace)).not.toContain("guardian_");
    const rows = await app.db.prisma.signup.findMany({ where: { listName: { in: ["Yusuf", "Grace"] } }, orderBy: { id: "asc" }, select: { listName: true, status: true, ageBand: true, guardianToken: true } });
    expect(rows).toEqual([
      { listName: "Yusuf", status: "PENDING_GUARDIAN", ageBand: "UNDER_16", guardianToken: expect.any(String) },
      { listName: "Grace", status: "CONFIRMED", ageBand: "ADULT", guardianToken: null },
    ]);
  });

  it("when “still coming?” is answered No, then the seat is freed; the job running twice asks only once", async () => {
    await signUp(olena, football, 2, "AGE_16_17");
    const twoDaysBefore = new Date("2026-12-03T14:00:00Z");
    clock.set(twoDaysBefore);
    await app.scheduler.runJob("signup-notices", twoDaysBefore);
    await app.scheduler.runJob("signup-notices", twoDaysBefore);
    // The question is queued in the outbox; the background sender delivers it.
    const isQuestion = (m: ApiCall) => stripBidi(String(m.payload.text)).startsWith(t("uk", "notice-still-coming"));
    await waitFor(() => messagesTo(olena).some(isQuestion), 5000, "the still-coming question");
    await app.sender.drain();

    const questions = messagesTo(olena).filter((m) => stripBidi(String(m.payload.text)).startsWith(t("uk", "notice-still-coming")));
    expect(questions).toHaveLength(1);
    await press(olena, buttons(questions[0]).find((b) => b.text === t("uk", "notice-still-coming-no"))!.callback_data!);

    expect(lastText(olena)).toBe(t("uk", "still-coming-freed"));
    const [signup] = await app.db.prisma.signup.findMany({ where: { listName: "Olena" } });
    expect(signup!.status).toBe("CANCELLED");
  });

  it("when /my is opened, then upcoming sign-ups are listed", async () => {
    await send(commandUpdate(tom, "my"));
    expect(lastText(tom)).toContain("Kochabend");
    expect(lastText(tom)).toContain(t("de", "my-status-confirmed", { seats: 2 }));
  });
});
