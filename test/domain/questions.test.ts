// "Ask the organiser" in the domain: where a question goes (the organization's group, else its
// staff, else the city), who may answer (staff of that organization, admins for the city), what
// a forged reply does (reaches nobody), the limits and blocks, reminders after the reply time,
// counts for /stats, retention, and what export and erasure do to a thread. Translation with
// the scripted provider: only the thread's texts are sent, never cached.
import { beforeEach, describe, expect, it } from "vitest";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { TEST_NOW, useServices } from "../support/services.ts";
import { scriptedTranslator } from "../support/translation.ts";
import { offerInput } from "../support/offers.ts";
import { addWorkingDays, MAX_OPEN_QUESTIONS, QUESTION_KINDS } from "../../src/domain/questions.ts";

const translator = scriptedTranslator();
const GROUP_A = -100_111n;
const GROUP_B = -100_222n;

describe("residents' questions", () => {
  const { db, services, clock } = useServices({ adminIds: [ADMIN_TELEGRAM_ID], translationProvider: translator });
  let cast: Cast;
  let offerA: number;
  let offerB: number;

  beforeEach(async () => {
    translator.calls.length = 0;
    cast = await seedCast(db);
    await db.prisma.user.update({ where: { id: cast.users.resident.id }, data: { locale: "ar", firstName: "Amalia" } });
    offerA = (await services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt: "2026-12-05T14:00:00Z" }))).id;
    offerB = (await services.offers.saveOffer(offerInput({ organizationId: cast.orgs.B, startsAt: "2026-12-05T14:00:00Z" }))).id;
  });

  const copies = (kind?: string) =>
    db.prisma.delivery.findMany({ where: { kind: kind ?? { startsWith: "question-" } }, orderBy: { id: "asc" }, select: { kind: true, chatId: true, userId: true, locale: true, payload: true } });
  /** The transport sent every queued copy: records its message id as Telegram would. */
  let nextMessageId = 500;
  async function sendAll(): Promise<{ chatId: bigint; messageId: number; kind: string }[]> {
    const rows = await db.prisma.delivery.findMany({ where: { kind: { startsWith: "question-" }, status: "QUEUED" }, include: { user: { select: { telegramId: true } } }, orderBy: { id: "asc" } });
    const sent = [];
    for (const row of rows) {
      const copy = await services.questions.copy(row.kind, row.payload, row.locale);
      const chatId = row.chatId ?? row.user.telegramId;
      const messageId = nextMessageId++;
      await services.questions.recordRelay({ threadId: copy!.threadId, messageId: copy!.message?.id ?? null, chatId, telegramMessageId: messageId });
      await db.prisma.delivery.update({ where: { id: row.id }, data: { status: "SENT", messageId } });
      sent.push({ chatId, messageId, kind: row.kind });
    }
    return sent;
  }
  const ask = (text = "Darf ich meine Kinder mitbringen?", offerId: number | null = offerA) => services.questions.ask({ userId: cast.users.resident.id, offerId, text, shareName: false });
  const linkA = () => services.questions.linkGroup({ actorUserId: cast.users.staffA.id, chatId: GROUP_A, title: "Team A", locale: "de" });

  it("when an organization has a linked group, then the question goes to the group only, translated into its language, and the resident is its row's user", async () => {
    await linkA();
    await ask("هل يمكنني إحضار أطفالي؟");
    const rows = await copies();
    expect(rows).toEqual([{ kind: QUESTION_KINDS.toStaff, chatId: GROUP_A, userId: cast.users.resident.id, locale: "de", payload: expect.any(Object) }]);
    const copy = await services.questions.copy(rows[0]!.kind, rows[0]!.payload, "de");
    expect(copy).toMatchObject({ residentNumber: copy!.threadId, residentLocale: "ar", sharedName: null, organizationName: "Stadt Münster · Partner A" });
    expect(copy!.message).toMatchObject({ original: "هل يمكنني إحضار أطفالي؟", translated: "«de» هل يمكنني إحضار أطفالي؟", followUp: false });
    // The question only; never cached (it is personal).
    expect(translator.calls.flatMap((c) => c.fragments)).toEqual(["هل يمكنني إحضار أطفالي؟"]);
    expect(await db.prisma.translationCache.count()).toBe(0);
  });

  it("when an organization has no group, then each of its staff members gets a copy in their own chat and language", async () => {
    const second = await db.prisma.user.create({ data: { telegramId: 9_100_001n, role: "STAFF", organizationId: cast.orgs.A, locale: "en" } });
    await ask();
    expect((await copies()).map((r) => [r.chatId, r.locale])).toEqual([
      [cast.users.staffA.telegramId, "de"],
      [second.telegramId, "en"],
    ]);
  });

  it("when a question is for the city, then it goes to the city's group, or without one to the admins", async () => {
    await ask("Wo bekomme ich einen Deutschkurs?", null);
    expect((await copies()).map((r) => r.chatId)).toEqual([ADMIN_TELEGRAM_ID]);
    await services.questions.linkGroup({ actorUserId: cast.users.admin.id, chatId: GROUP_B, title: "Stadt", locale: "de" });
    await db.prisma.delivery.deleteMany();
    await ask("Und wo ist das Rathaus?", null);
    expect((await copies()).map((r) => r.chatId)).toEqual([GROUP_B]);
  });

  it("when staff of the organization reply to the group's copy, then the answer is queued for the resident in Arabic and the thread is answered", async () => {
    await linkA();
    await ask();
    const [copy] = await sendAll();
    const outcome = await services.questions.reply({ actorUserId: cast.users.staffA.id, chatId: GROUP_A, replyToMessageId: copy!.messageId, text: "Ja, gern!", locale: "de" });
    expect(outcome).toMatchObject({ kind: "answered", residentLocale: "ar", delivered: true });
    const answer = (await copies(QUESTION_KINDS.toResident))[0]!;
    expect(answer).toMatchObject({ chatId: null, userId: cast.users.resident.id, locale: "ar" });
    expect((await services.questions.copy(answer.kind, answer.payload, "ar"))!.message).toMatchObject({ original: "Ja, gern!", translated: "«ar» Ja, gern!", locale: "de" });
    expect((await db.prisma.questionThread.findFirstOrThrow()).status).toBe("ANSWERED");
  });

  it("when the resident has stopped the bot, then the answer is kept but nothing is queued and staff are told", async () => {
    await linkA();
    await ask();
    const [copy] = await sendAll();
    await db.prisma.user.update({ where: { id: cast.users.resident.id }, data: { blockedAt: new Date(TEST_NOW) } });
    await expect(services.questions.reply({ actorUserId: cast.users.staffA.id, chatId: GROUP_A, replyToMessageId: copy!.messageId, text: "Ja", locale: "de" })).resolves.toMatchObject({
      kind: "answered",
      delivered: false,
    });
    expect(await copies(QUESTION_KINDS.toResident)).toEqual([]);
  });

  it("when someone who is not staff of the organization replies, or the reply is to a copy in another chat, then it reaches nobody", async () => {
    await linkA();
    await ask();
    const [copy] = await sendAll();
    for (const who of ["staffB", "untrusted", "revoked", "resident"] as const) {
      await expect(services.questions.reply({ actorUserId: cast.users[who].id, chatId: GROUP_A, replyToMessageId: copy!.messageId, text: "Hallo", locale: "de" })).resolves.toEqual({
        kind: "refused",
        reason: "not-staff",
      });
    }
    // The same message id in another chat is no copy of ours there.
    await expect(services.questions.reply({ actorUserId: cast.users.staffA.id, chatId: GROUP_B, replyToMessageId: copy!.messageId, text: "Hallo", locale: "de" })).resolves.toEqual({ kind: "none" });
    expect(await copies(QUESTION_KINDS.toResident)).toEqual([]);
    expect(await db.prisma.questionMessage.count({ where: { direction: "TO_RESIDENT" } })).toBe(0);
    const denied = await db.prisma.auditEntry.count({ where: { action: "access.denied", targetType: "questions.answer" } });
    expect(denied).toBe(4);
  });

  it("when the resident replies to the answer, then the follow-up goes to the same group in the same thread and the thread is open again", async () => {
    await linkA();
    const { threadId } = await ask();
    const [copy] = await sendAll();
    await services.questions.reply({ actorUserId: cast.users.staffA.id, chatId: GROUP_A, replyToMessageId: copy!.messageId, text: "Ja", locale: "de" });
    const [answer] = await sendAll();
    expect(answer!.chatId).toBe(cast.users.resident.telegramId);
    await expect(
      services.questions.reply({ actorUserId: cast.users.resident.id, chatId: answer!.chatId, replyToMessageId: answer!.messageId, text: "Danke! Gibt es einen Gebetsraum?", locale: "ar" }),
    ).resolves.toEqual({ kind: "followed-up", threadId });
    const followUp = (await copies(QUESTION_KINDS.toStaff)).at(-1)!;
    expect(followUp.chatId).toBe(GROUP_A);
    expect((await services.questions.copy(followUp.kind, followUp.payload, "de"))!.message!.followUp).toBe(true);
    expect((await db.prisma.questionThread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("OPEN");
    // Another resident can't write into it.
    await expect(services.questions.followUp({ userId: cast.users.revoked.id, threadId, text: "Ich auch" })).resolves.toEqual({ kind: "refused", reason: "not-asker" });
  });

  it(`when a resident has ${MAX_OPEN_QUESTIONS} questions waiting, then the next is refused`, async () => {
    for (let i = 0; i < MAX_OPEN_QUESTIONS; i++) await ask(`Frage ${i}`);
    await expect(ask("Noch eine")).rejects.toMatchObject({ code: "ask-limit" });
  });

  it("when staff block the asker, then the resident can't ask that organization again (another still), and it is audited", async () => {
    const { threadId } = await ask();
    await expect(services.questions.blockAsker(cast.users.staffB.id, threadId)).rejects.toMatchObject({ code: "forbidden" });
    await services.questions.blockAsker(cast.users.staffA.id, threadId);
    await expect(ask("Noch was")).rejects.toMatchObject({ code: "ask-blocked" });
    await expect(ask("Zum Sportverein", offerB)).resolves.toMatchObject({ threadId: expect.any(Number) });
    await expect(services.questions.followUp({ userId: cast.users.resident.id, threadId, text: "Hallo?" })).resolves.toEqual({ kind: "refused", reason: "blocked" });
    expect(await db.prisma.auditEntry.findMany({ where: { action: "question.blocked" }, select: { actorUserId: true, organizationId: true } })).toEqual([
      { actorUserId: cast.users.staffA.id, organizationId: cast.orgs.A },
    ]);
  });

  it("when a question is still unanswered after the reply time in working days, then staff are reminded once, and answered ones are not", async () => {
    // Friday 10:00: two working days later is Tuesday.
    clock.set("2026-12-04T09:00:00Z");
    await linkA();
    await ask("Unbeantwortet");
    const answered = await ask("Beantwortet");
    await db.prisma.questionThread.update({ where: { id: answered.threadId }, data: { status: "ANSWERED" } });
    expect(addWorkingDays(new Date("2026-12-04T09:00:00Z"), 2, "Europe/Berlin").toISOString()).toBe("2026-12-08T09:00:00.000Z");

    expect(await services.questions.remindUnanswered(new Date("2026-12-07T12:00:00Z"))).toBe(0);
    expect(await services.questions.remindUnanswered(new Date("2026-12-08T10:00:00Z"))).toBe(1);
    expect(await services.questions.remindUnanswered(new Date("2026-12-08T11:00:00Z"))).toBe(0);
    const reminders = await copies(QUESTION_KINDS.reminder);
    expect(reminders.map((r) => r.chatId)).toEqual([GROUP_A]);
    expect((await services.questions.copy(reminders[0]!.kind, reminders[0]!.payload, "de"))!.message!.original).toBe("Unbeantwortet");
  });

  it("when admins ask for the counts, then they get open and answered per organization; staff can't", async () => {
    await ask("Eins");
    const two = await ask("Zwei");
    await db.prisma.questionThread.update({ where: { id: two.threadId }, data: { status: "ANSWERED" } });
    await ask("Drei", offerB);
    expect(await services.questions.adminCounts(cast.users.admin.id)).toEqual([
      { organizationId: cast.orgs.B, name: "Sportverein B", open: 1, answered: 0 },
      { organizationId: cast.orgs.A, name: "Stadt Münster · Partner A", open: 1, answered: 1 },
    ]);
    await expect(services.questions.adminCounts(cast.users.staffA.id)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("when staff mark a thread done, then it is done and not reminded", async () => {
    const { threadId } = await ask();
    await services.questions.markDone(cast.users.staffA.id, threadId);
    expect((await db.prisma.questionThread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("DONE");
    expect(await services.questions.remindUnanswered(new Date("2027-01-01T10:00:00Z"))).toBe(0);
  });

  it("when a thread's last message is older than the retention, then it is erased with its records", async () => {
    await linkA();
    await ask();
    await sendAll();
    expect(await services.questions.purge(new Date("2027-02-01T10:00:00Z"))).toBe(0);
    expect(await services.questions.purge(new Date("2027-03-02T10:00:00Z"))).toBe(1);
    expect(await db.prisma.questionThread.count()).toBe(0);
    expect(await db.prisma.questionMessage.count()).toBe(0);
    expect(await db.prisma.questionRelay.count()).toBe(0);
  });

  it("when the resident exports and then erases their data, then the export has the thread and afterwards staff see 'deleted' and a reply reaches nobody", async () => {
    await linkA();
    const { threadId } = await services.questions.ask({ userId: cast.users.resident.id, offerId: offerA, text: "Gibt es Parkplätze?", shareName: true });
    const [copy] = await sendAll();
    expect((await services.questions.copy(QUESTION_KINDS.toStaff, { threadId, messageId: null }, "de"))!.sharedName).toBe("Amalia");

    const exported = await services.privacy.exportFor(cast.users.resident.id);
    expect(exported.questions).toMatchObject([{ question: threadId, sharedName: "Amalia", messages: [{ from: "you", text: "Gibt es Parkplätze?" }] }]);

    await services.privacy.erase(cast.users.resident.id);
    const thread = await db.prisma.questionThread.findUniqueOrThrow({ where: { id: threadId }, include: { messages: true } });
    expect(thread).toMatchObject({ residentId: null, sharedName: null, erasedAt: expect.any(Date) });
    expect(thread.messages.map((m) => m.text)).toEqual([null]);
    expect(await services.questions.copy(QUESTION_KINDS.toStaff, { threadId, messageId: null }, "de")).toMatchObject({ erased: true, message: null });
    await expect(services.questions.reply({ actorUserId: cast.users.staffA.id, chatId: GROUP_A, replyToMessageId: copy!.messageId, text: "Ja", locale: "de" })).resolves.toEqual({
      kind: "refused",
      reason: "erased",
    });
    expect(await copies()).toEqual([]);
  });

  it("when staff state their reply time, then residents asking their organization are told it and reminders wait for it; others can't set it", async () => {
    await expect(services.questions.setReplyDays(cast.users.staffA.id, 5)).resolves.toEqual({ organizationName: "Stadt Münster · Partner A", days: 5 });
    await expect(services.questions.prepare(cast.users.resident.id, offerA)).resolves.toMatchObject({ replyDays: 5 });
    await expect(services.questions.prepare(cast.users.resident.id, offerB)).resolves.toMatchObject({ replyDays: 2 });
    await expect(services.questions.setReplyDays(cast.users.resident.id, 5)).rejects.toMatchObject({ code: "forbidden" });
    await expect(services.questions.setReplyDays(cast.users.admin.id, 5)).rejects.toMatchObject({ code: "forbidden" });
    await expect(services.questions.setReplyDays(cast.users.staffA.id, 0)).rejects.toMatchObject({ code: "invalid-input" });
    await ask();
    // Tuesday 11:00 plus 5 working days is next Tuesday.
    expect(await services.questions.remindUnanswered(new Date("2026-12-07T12:00:00Z"))).toBe(0);
    expect(await services.questions.remindUnanswered(new Date("2026-12-08T10:00:01Z"))).toBe(1);
  });

  it("when a resident or staff of another organization sends /linkgroup, then it is refused; admins link the city's group", async () => {
    await expect(services.questions.linkGroup({ actorUserId: cast.users.resident.id, chatId: GROUP_A, title: null, locale: "de" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(services.questions.linkGroup({ actorUserId: cast.users.staffA.id, chatId: GROUP_A, title: null, locale: "de", city: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(services.questions.linkGroup({ actorUserId: cast.users.admin.id, chatId: GROUP_B, title: null, locale: "en" })).resolves.toEqual({ scope: "city", organizationName: null });
    await expect(linkA()).resolves.toEqual({ scope: "organization", organizationName: "Stadt Münster · Partner A" });
    expect(await db.prisma.staffGroup.findMany({ orderBy: { chatId: "asc" }, select: { chatId: true, organizationId: true, locale: true } })).toEqual([
      { chatId: GROUP_B, organizationId: null, locale: "en" },
      { chatId: GROUP_A, organizationId: cast.orgs.A, locale: "de" },
    ]);
  });
});

describe("residents' questions without a translation provider", () => {
  const { db, services } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });

  it("when the resident asks, then the copy holds the original and no translation", async () => {
    const cast = await seedCast(db);
    await db.prisma.user.update({ where: { id: cast.users.resident.id }, data: { locale: "ar" } });
    const offer = (await services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt: "2026-12-05T14:00:00Z" }))).id;
    await services.questions.ask({ userId: cast.users.resident.id, offerId: offer, text: "سؤال", shareName: false });
    const row = await db.prisma.delivery.findFirstOrThrow({ where: { kind: QUESTION_KINDS.toStaff } });
    expect((await services.questions.copy(row.kind, row.payload, "de"))!.message).toMatchObject({ original: "سؤال", translated: null, locale: "ar" });
  });
});
