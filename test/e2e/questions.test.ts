// End to end over HTTP: "Ask the organiser". An Arabic-speaking resident asks about an offer;
// the organization's German staff group gets it with a German translation (fake LibreTranslate);
// a staff member answers in German by replying; the resident gets Arabic with the machine mark
// and the original on request; their reply lands in the same thread in the same group. Without a
// provider the originals go with a "not translated" note. Export and erasure; forged replies; 50
// residents asking at once through the limiting fake Bot API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askButton, shareNameButton } from "../../src/bot/keyboards/questions.ts";
import { deleteNowButton, exportDataButton, minuteOf } from "../../src/bot/keyboards/privacy.ts";
import { runningClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { startFakeLibreTranslate, type FakeLibreTranslate } from "../support/fake-libretranslate.ts";
import { stripBidi, type ApiCall } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, groupCommandUpdate, replyUpdate, textUpdate, type TestUser } from "../support/updates.ts";
import { waitFor } from "../support/wait.ts";

const NOW = "2026-12-01T10:00:00Z";
const GROUP = -1_001_234_567;
const group = { id: GROUP, type: "supergroup" as const };

// Names and ids that appear nowhere else, so searching every row for them means something.
const amal: TestUser = { id: 7_710_443_901, first_name: "Amalia", language_code: "ar" };
const gisela: TestUser = { id: 5_001, first_name: "Gisela", language_code: "de" };
const otto: TestUser = { id: 5_002, first_name: "Otto", language_code: "de" };
const nina: TestUser = { id: 5_003, first_name: "Nina", language_code: "de" };

const QUESTION = "هل يمكنني إحضار أطفالي إلى أمسية الطبخ؟";
const FOLLOW_UP = "شكراً! وهل توجد غرفة للصلاة؟";
const ANSWER = "Ja, gern! Kinder sind herzlich willkommen.";

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

async function setUp(env: Record<string, string>) {
  const rig = await startTestRig({ app: { clock: runningClock(NOW) }, env: { QUIET_HOURS: "off", ...env } });
  const { prisma } = rig.app.db;
  const family = await rig.app.services.catalog.saveOrganization({ name: "Familienzentrum" });
  const club = await rig.app.services.catalog.saveOrganization({ name: "Sportverein" });
  const offer = await rig.app.services.offers.saveOffer(offerInput({ organizationId: family.id, startsAt: "2026-12-05T14:00:00Z", texts: { de: { title: "Kochabend", summary: "Wir kochen zusammen" } } }));
  const person = async (user: TestUser, organizationId: number | null) => {
    const created = await rig.app.services.users.identify({ telegramId: BigInt(user.id), firstName: user.first_name, languageCode: user.language_code });
    if (organizationId !== null) await prisma.user.update({ where: { id: created.id }, data: { role: "STAFF", organizationId, locale: "de" } });
  };
  await person(gisela, family.id);
  await person(otto, club.id);
  await person(nina, null);
  return { rig, offerId: offer.id };
}

function chat(rig: () => TestRig) {
  const send = async (update: { update_id: number }) => expect((await rig().telegram.deliver(withoutId(update))).status).toBe(200);
  const messagesTo = (chatId: number): ApiCall[] => rig().telegram.api.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId);
  const textOf = (call: ApiCall) => stripBidi(String(call.payload.text));
  const waitForMessages = async (chatId: number, count: number, ms = 10_000) => {
    await waitFor(() => messagesTo(chatId).length >= count, ms, `${count} messages to ${chatId}`);
    return messagesTo(chatId);
  };
  const t = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(rig().app.i18n.t(locale, key, args));
  /**
   * Replies to a copy the outbox sent. The fake records the message when the bot asks, the bot
   * records the copy (question_relays) only after the fake has answered: a person can never
   * reply in between, a test can. So the reply waits for that record, as a person's would.
   */
  const replyTo = async (user: TestUser, text: string, copy: ApiCall, where?: typeof group) => {
    const key = { chatId: BigInt(copy.payload.chat_id), telegramMessageId: Number(copy.result.message_id) };
    await expect.poll(() => rig().app.db.prisma.questionRelay.count({ where: key })).toBe(1);
    await send(replyUpdate(user, text, copy.result, where));
  };
  /** A resident asks about an offer: the button, the text, anonymous. */
  const ask = async (user: TestUser, offerId: number, text: string) => {
    await send(callbackUpdate(user, askButton.pack(offerId)));
    await send(textUpdate(user, text));
    await send(callbackUpdate(user, shareNameButton.pack("no")));
  };
  return { send, messagesTo, textOf, waitForMessages, t, ask, replyTo };
}

describe("journey: ask the organiser, with machine translation", () => {
  let rig: TestRig;
  let translator: FakeLibreTranslate;
  let offerId: number;
  const { send, messagesTo, textOf, waitForMessages, t, ask, replyTo } = chat(() => rig);

  beforeAll(async () => {
    translator = await startFakeLibreTranslate();
    ({ rig, offerId } = await setUp({ TRANSLATE_PROVIDER: "libretranslate", TRANSLATE_URL: translator.url }));
  });
  afterAll(async () => {
    await rig?.close();
    await translator?.close();
  });

  it("when a staff member sends /linkgroup in their team's group, then the group is linked to their organization", async () => {
    await send(groupCommandUpdate(gisela, GROUP, "linkgroup"));
    expect(textOf(messagesTo(GROUP).at(-1)!)).toBe(t("de", "ask-linked-organization", { name: "Familienzentrum" }));
  });

  it("when an Arabic-speaking resident asks about the offer, then they are told when to expect an answer and the German group gets it translated, without their name or id", async () => {
    await ask(amal, offerId, QUESTION);
    expect(textOf(messagesTo(amal.id).at(-1)!)).toBe(t("ar", "ask-sent", { to: "Familienzentrum", days: 2 }));

    const [, copy] = await waitForMessages(GROUP, 2);
    const text = textOf(copy!);
    expect(text).toContain(t("de", "ask-question-headline", { resident: t("de", "ask-resident", { number: 1, language: "العربية" }) }));
    expect(text).toContain(t("de", "ask-about-offer", { title: "Kochabend" }));
    // The fake "translates" by marking the target language; the original follows.
    expect(text).toContain(`«de» ${QUESTION}`);
    expect(text).toContain(t("de", "translation-mark"));
    expect(text).toContain(t("de", "translation-original-header", { language: "العربية" }));
    expect(text).not.toContain("Amalia");
    expect(text).not.toContain(String(amal.id));
    expect(buttons(copy!).map((b) => b.text)).toEqual([t("de", "ask-done-button"), t("de", "ask-block-button")]);
    // Only the question went to the provider.
    expect(translator.translated().flatMap((r) => r.q).join(" ")).not.toContain("Amalia");
    expect(translator.translated().some((r) => r.source === "ar" && r.target === "de")).toBe(true);
  });

  it("when a staff member replies in German to the group's copy, then the resident gets Arabic with the machine mark and can see the original", async () => {
    const copy = messagesTo(GROUP).at(-1)!;
    const before = messagesTo(amal.id).length;
    await replyTo(gisela, ANSWER, copy, group);
    expect(textOf(messagesTo(GROUP).at(-1)!)).toBe(t("de", "ask-answer-sent", { number: 1, language: "العربية" }));

    const answer = (await waitForMessages(amal.id, before + 1)).at(-1)!;
    const text = textOf(answer);
    expect(text).toContain(t("ar", "ask-answer-from", { name: "Familienzentrum" }));
    expect(text).toContain(`«ar» ${ANSWER}`);
    expect(text).toContain(t("ar", "translation-mark"));
    expect(text).not.toContain("Gisela");
    const original = buttons(answer).find((b) => b.text === t("ar", "translation-show-original"));
    expect(original).toBeDefined();
    await send(callbackUpdate(amal, original!.callback_data!));
    expect(textOf(messagesTo(amal.id).at(-1)!)).toBe(`${t("ar", "translation-original-header", { language: "Deutsch" })}\n<i>${ANSWER}</i>`);
  });

  it("when the resident replies to the answer, then the same group gets the follow-up in the same thread, translated", async () => {
    const answer = messagesTo(amal.id).filter((c) => textOf(c).includes(ANSWER)).at(0)!;
    const before = messagesTo(GROUP).length;
    await replyTo(amal, FOLLOW_UP, answer);
    expect(textOf(messagesTo(amal.id).at(-1)!)).toBe(t("ar", "ask-followup-sent"));

    const copy = (await waitForMessages(GROUP, before + 1)).at(-1)!;
    expect(textOf(copy)).toContain(t("de", "ask-followup-headline", { resident: t("de", "ask-resident", { number: 1, language: "العربية" }) }));
    expect(textOf(copy)).toContain(`«de» ${FOLLOW_UP}`);
    const threads = await rig.app.db.prisma.questionThread.findMany({ include: { messages: true } });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages.map((m) => m.direction)).toEqual(["TO_STAFF", "TO_RESIDENT", "TO_STAFF"]);
  });

  it("when a group member who is not staff, or staff of another organization, replies to the copy, then nothing reaches the resident and they are told why", async () => {
    const copy = messagesTo(GROUP).at(-1)!;
    const before = messagesTo(amal.id).length;
    await replyTo(nina, "Keine Ahnung", copy, group);
    expect(textOf(messagesTo(GROUP).at(-1)!)).toBe(t("de", "ask-refused-not-staff"));
    await replyTo(otto, "Bei uns auch!", copy, group);
    expect(textOf(messagesTo(GROUP).at(-1)!)).toBe(t("de", "ask-refused-not-staff"));
    // A reply to a message of the bot that is no question's copy in this chat reaches nobody either.
    const linked = messagesTo(GROUP)[0]!;
    await send(replyUpdate(gisela, "Hallo?", linked.result, group));
    expect(textOf(messagesTo(GROUP).at(-1)!)).toBe(t("de", "ask-reply-unknown"));

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(messagesTo(amal.id)).toHaveLength(before);
    expect(await rig.app.db.prisma.questionMessage.count({ where: { direction: "TO_RESIDENT" } })).toBe(1);
  });

  it("when the resident downloads their data, then the thread is in it", async () => {
    await send(callbackUpdate(amal, exportDataButton.pack("x")));
    const document = rig.telegram.api.callsTo("sendDocument").at(-1)!;
    const data = JSON.parse(document.payload.document.content) as { questions: { messages: { from: string; text: string }[] }[] };
    expect(data.questions).toHaveLength(1);
    expect(data.questions[0]!.messages.map((m) => [m.from, m.text])).toEqual([
      ["you", QUESTION],
      ["staff", ANSWER],
      ["you", FOLLOW_UP],
    ]);
  });

  it("when the resident deletes their data, then no row holds their texts and the group's next reply reaches nobody and says so", async () => {
    await send(callbackUpdate(amal, deleteNowButton.pack(minuteOf(new Date()))));
    const tables = await rig.app.db.prisma.$queryRaw<{ name: string }[]>`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'`;
    for (const { name } of tables) {
      const rows = await rig.app.db.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`);
      for (const { row } of rows) {
        expect(row, name).not.toContain(QUESTION);
        expect(row, name).not.toContain(FOLLOW_UP);
        expect(row, name).not.toContain("Amalia");
        expect(row, name).not.toContain(String(amal.id));
      }
    }

    const before = messagesTo(amal.id).length;
    const copy = messagesTo(GROUP).filter((c) => textOf(c).includes(FOLLOW_UP)).at(-1)!;
    await replyTo(gisela, "Ja, im ersten Stock.", copy, group);
    expect(textOf(messagesTo(GROUP).at(-1)!)).toBe(t("de", "ask-refused-erased"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(messagesTo(amal.id)).toHaveLength(before);
  });
});

describe("journey: ask the organiser, without a translation provider", () => {
  let rig: TestRig;
  let offerId: number;
  const { send, messagesTo, textOf, waitForMessages, t, ask, replyTo } = chat(() => rig);

  beforeAll(async () => {
    ({ rig, offerId } = await setUp({}));
  });
  afterAll(() => rig?.close());

  it("when the resident asks and staff answer, then both get the originals with a 'not translated' note, in one thread", async () => {
    await send(groupCommandUpdate(gisela, GROUP, "linkgroup"));
    await ask(amal, offerId, QUESTION);
    const copy = (await waitForMessages(GROUP, 2)).at(-1)!;
    expect(textOf(copy)).toContain(QUESTION);
    expect(textOf(copy)).not.toContain("«de»");
    expect(textOf(copy)).toContain(t("de", "ask-not-translated", { language: "العربية" }));

    const before = messagesTo(amal.id).length;
    await replyTo(gisela, ANSWER, copy, group);
    const answer = (await waitForMessages(amal.id, before + 1)).at(-1)!;
    expect(textOf(answer)).toContain(ANSWER);
    expect(textOf(answer)).toContain(t("ar", "ask-not-translated", { language: "Deutsch" }));
    expect(buttons(answer).map((b) => b.text)).toEqual([t("ar", "ask-reply-button")]);

    const groupBefore = messagesTo(GROUP).length;
    await replyTo(amal, FOLLOW_UP, answer);
    const followUp = (await waitForMessages(GROUP, groupBefore + 1)).at(-1)!;
    expect(textOf(followUp)).toContain(FOLLOW_UP);
    expect(await rig.app.db.prisma.questionThread.count()).toBe(1);
  });
});

describe("50 residents asking one group at once", () => {
  let rig: TestRig;
  let offerId: number;
  const { send, waitForMessages } = chat(() => rig);

  beforeAll(async () => {
    ({ rig, offerId } = await setUp({}));
    await send(groupCommandUpdate(gisela, GROUP, "linkgroup"));
  });
  afterAll(() => rig?.close());

  it("when 50 residents ask at the same time, then the group gets all 50 copies, one a second, and Telegram answers no 429", { timeout: 120_000 }, async () => {
    // The residents' own conversations are the journeys above; here only the group's traffic counts.
    const residents = await Promise.all(
      Array.from({ length: 50 }, (_, i) => rig.app.services.users.identify({ telegramId: BigInt(8_800_000 + i), firstName: `R${i}`, languageCode: ["ar", "fa", "uk", "tr", "ru"][i % 5] })),
    );
    rig.telegram.api.enforceLimits(true);
    await Promise.all(residents.map((r, i) => rig.app.services.questions.ask({ userId: r.id, offerId, text: `Frage Nummer ${i}: gibt es Parkplätze?`, shareName: false })));
    const copies = await waitForMessages(GROUP, 51, 100_000);
    expect(copies.filter((c) => String(c.payload.text).includes("Frage Nummer"))).toHaveLength(50);
    expect(rig.telegram.api.tooManyRequests).toBe(0);
    // One chat: never two copies within Telegram's second.
    const times = copies.slice(1).map((c) => c.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(900);
  });
});
