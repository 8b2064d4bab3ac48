// "Ask the organiser" in the bot, in process: the question conversation (text, a photo's
// caption, voice and stickers refused politely, too long, /cancel), the offer card's button,
// /linkgroup in private and in groups, the staff buttons, and the question transport: it
// escapes what people typed, records the sent copy, and a staff group that removed the bot does
// not mark the resident as gone.
import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { askButton, doneButton, shareNameButton } from "../../src/bot/keyboards/questions.ts";
import { EMPTY_LIST, openButton } from "../../src/bot/keyboards/offers.ts";
import { translatorOf } from "../../src/bot/i18n.ts";
import { createQuestionTransport } from "../../src/bot/question-transport.ts";
import { createDeliverySender } from "../../src/domain/deliveries.ts";
import { jobServices } from "../../src/domain/index.ts";
import { MAX_QUESTION_CHARS } from "../../src/domain/questions.ts";
import { ADMIN_TELEGRAM_ID } from "../support/actors.ts";
import { useTestBot } from "../support/bot.ts";
import { createFakeBotApi, stripBidi, TEST_BOT_TOKEN } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, groupCommandUpdate, mediaUpdate, stickerUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const layla: TestUser = { id: 7001, first_name: "Layla", language_code: "ar" };
const greta: TestUser = { id: 7002, first_name: "Greta", language_code: "de" };
const GROUP = -100_999;

describe("bot: ask the organiser", () => {
  const { db, t } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID] });
  let offerId: number;
  let occurrenceId: number;
  let orgId: number;

  beforeEach(async () => {
    orgId = (await t.services.catalog.saveOrganization({ name: "Jugendtreff <Nord> & Co" })).id;
    offerId = (await t.services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-12-05T14:00:00Z", texts: { de: { title: "Tanzabend", summary: "s" } } }))).id;
    occurrenceId = await t.services.offers.nextOccurrenceId(offerId);
    await db.prisma.user.create({ data: { telegramId: ADMIN_TELEGRAM_ID, locale: "de" } });
    await db.prisma.user.create({ data: { telegramId: BigInt(greta.id), role: "STAFF", organizationId: orgId, locale: "de" } });
  });

  const send = (update: Parameters<typeof t.bot.handleUpdate>[0]) => t.bot.handleUpdate(update);
  const tr = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t(locale, key, args));
  const lastTo = (chatId: number) => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === chatId).at(-1)!;
  const lastText = (chatId: number) => stripBidi(String(lastTo(chatId).payload.text));

  it("when a resident writes /ask and sends voice, a sticker, then a photo with a caption, then the caption is the question and they are told the reply time", async () => {
    await send(commandUpdate(layla, "ask"));
    expect(lastText(layla.id)).toBe(`${tr("ar", "ask-prompt-city")}\n\n${tr("ar", "ask-prompt")}`);
    await send(mediaUpdate(layla, "voice"));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-please-write"));
    await send(stickerUpdate(layla));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-please-write"));
    await send(mediaUpdate(layla, "photo"));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-share-name"));
    await send(callbackUpdate(layla, shareNameButton.pack("yes")));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-sent", { to: tr("ar", "ask-the-city"), days: 2 }));

    const thread = await db.prisma.questionThread.findFirstOrThrow({ include: { messages: true } });
    expect(thread).toMatchObject({ organizationId: null, locale: "ar", sharedName: "Layla" });
    expect(thread.messages.map((m) => m.text)).toEqual(["look"]);
    // No city group: the admins get it in their own chats.
    expect(await db.prisma.delivery.findMany({ select: { chatId: true, kind: true } })).toEqual([{ chatId: ADMIN_TELEGRAM_ID, kind: "question-to-staff" }]);
  });

  it("when the question is too long or the resident cancels, then they are told and nothing is sent", async () => {
    await send(commandUpdate(layla, "ask"));
    await send(textUpdate(layla, "x".repeat(MAX_QUESTION_CHARS + 1)));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-too-long", { max: MAX_QUESTION_CHARS }));
    await send(commandUpdate(layla, "cancel"));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-cancelled"));
    expect(await db.prisma.questionThread.count()).toBe(0);
  });

  it("when a resident opens an offer, then its card has “Ask a question”, which asks about that offer", async () => {
    await send(callbackUpdate(layla, openButton.pack({ occurrenceId, state: EMPTY_LIST })));
    const card = t.api.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").at(-1)!;
    const ask = buttons(card).find((b) => b.text === tr("ar", "ask-button"));
    expect(ask?.callback_data).toBe(askButton.pack(offerId));
    await send(callbackUpdate(layla, ask!.callback_data!));
    expect(lastText(layla.id)).toContain(tr("ar", "ask-prompt-offer", { title: "Tanzabend" }));
    await send(textUpdate(layla, "هل يمكن أن آتي مع أختي؟"));
    await send(callbackUpdate(layla, shareNameButton.pack("no")));
    expect(lastText(layla.id)).toBe(tr("ar", "ask-sent", { to: "Jugendtreff <Nord> & Co", days: 2 }));
    expect(await db.prisma.delivery.findMany({ select: { chatId: true } })).toEqual([{ chatId: BigInt(greta.id) }]);
  });

  it("when /linkgroup is sent privately, by a resident in a group, or by staff in a group, then they get a pointer, a refusal, and the link", async () => {
    await send(commandUpdate(greta, "linkgroup"));
    expect(lastText(greta.id)).toBe(tr("de", "ask-linkgroup-in-group"));
    await send(groupCommandUpdate(layla, GROUP, "linkgroup"));
    expect(lastText(GROUP)).toBe(tr("ar", "ask-linkgroup-forbidden"));
    await send(groupCommandUpdate(greta, GROUP, "linkgroup"));
    expect(lastText(GROUP)).toBe(tr("de", "ask-linked-organization", { name: "Jugendtreff <Nord> & Co" }));
    expect(await db.prisma.staffGroup.findMany({ select: { chatId: true, organizationId: true, locale: true } })).toEqual([{ chatId: BigInt(GROUP), organizationId: orgId, locale: "de" }]);
    // Every other command in a group still only points to the private chat.
    await send(groupCommandUpdate(greta, GROUP, "offers"));
    expect(lastText(GROUP)).toBe(tr("de", "groups-private-only", { botUsername: "@treffpunkt_test_bot" }));
  });

  it("when staff send /replytime 4, then it is stored and told; without a number they get the usage", async () => {
    await send(commandUpdate(greta, "replytime", "viele"));
    expect(lastText(greta.id)).toBe(tr("de", "ask-replytime-usage", { max: 30 }));
    await send(commandUpdate(greta, "replytime", "4"));
    expect(lastText(greta.id)).toBe(tr("de", "ask-replytime-set", { name: "Jugendtreff <Nord> & Co", days: 4 }));
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).replyDays).toBe(4);
    await send(commandUpdate(layla, "replytime", "1"));
    expect(lastText(layla.id)).toBe(tr("ar", "error-forbidden"));
  });

  it("when an admin sends /stats, then open and answered questions per organization are at the end", async () => {
    const resident = await t.services.users.identify({ telegramId: BigInt(layla.id), firstName: "Layla", languageCode: "ar" });
    await t.services.questions.ask({ userId: resident.id, offerId, text: "?", shareName: false });
    const admin: TestUser = { id: Number(ADMIN_TELEGRAM_ID), first_name: "Admin", language_code: "de" };
    await send(commandUpdate(admin, "stats"));
    const text = lastText(admin.id);
    expect(text).toContain(tr("de", "ask-stats-title"));
    expect(text).toContain(tr("de", "ask-stats-row", { name: "Jugendtreff &lt;Nord&gt; &amp; Co", open: 1, answered: 0 }));
  });

  it("when staff tap ✅ Done, then the thread is done; a resident tapping it is refused", async () => {
    const resident = await t.services.users.identify({ telegramId: BigInt(layla.id), firstName: "Layla", languageCode: "ar" });
    const { threadId } = await t.services.questions.ask({ userId: resident.id, offerId, text: "?", shareName: false });
    await send(callbackUpdate(layla, doneButton.pack(threadId)));
    expect(t.api.callsTo("answerCallbackQuery").at(-1)!.payload.text).toBe(t.i18n.t("ar", "ask-refused-not-staff"));
    await send(callbackUpdate(greta, doneButton.pack(threadId)));
    expect(t.api.callsTo("answerCallbackQuery").at(-1)!.payload.text).toBe(t.i18n.t("de", "ask-done-ok", { number: threadId }));
    expect((await db.prisma.questionThread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("DONE");
  });

  describe("the question transport", () => {
    async function queued(text: string) {
      const resident = await t.services.users.identify({ telegramId: BigInt(layla.id), firstName: "Layla", languageCode: "ar" });
      await t.services.questions.linkGroup({ actorUserId: (await t.services.users.findByTelegramId(BigInt(greta.id)))!.id, chatId: BigInt(GROUP), title: "Team", locale: "de" });
      await t.services.questions.ask({ userId: resident.id, offerId, text, shareName: false });
      return resident;
    }
    function engine(api = createFakeBotApi()) {
      const transport = createQuestionTransport({ api: new Api(TEST_BOT_TOKEN, { fetch: api.fetch }), translate: translatorOf(t.i18n), questions: jobServices(t.services).questions });
      return { api, sender: createDeliverySender({ db: db.prisma, clock: t.clock, transport, rate: Number.POSITIVE_INFINITY }) };
    }

    it("when a copy is sent, then what people typed is escaped, the resident is a number and a language, and a reply to it maps to the thread", async () => {
      await queued("<b>Kommt</b> & geht?");
      const { api, sender } = engine();
      await sender.drain();
      const [call] = api.callsTo("sendMessage");
      expect(Number(call!.payload.chat_id)).toBe(GROUP);
      expect(call!.payload.parse_mode).toBe("HTML");
      const text = stripBidi(String(call!.payload.text));
      expect(text).toContain("&lt;b&gt;Kommt&lt;/b&gt; &amp; geht?");
      expect(text).toContain(tr("de", "ask-resident", { number: 1, language: "العربية" }));
      expect(text).not.toContain("Layla");
      expect(text).toContain(tr("de", "ask-not-translated", { language: "العربية" }));
      expect(await db.prisma.questionRelay.findMany({ select: { chatId: true, telegramMessageId: true } })).toEqual([{ chatId: BigInt(GROUP), telegramMessageId: call!.result.message_id }]);
    });

    it("when the staff group removed the bot (403), then the copy is marked gone but the resident is not", async () => {
      const resident = await queued("Hallo?");
      const { api, sender } = engine();
      api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" });
      await sender.drain();
      expect((await db.prisma.delivery.findFirstOrThrow()).status).toBe("BLOCKED");
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: resident.id } })).blockedAt).toBeNull();
    });
  });
});
