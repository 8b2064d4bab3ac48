// Input the bot cannot use as an answer: edited and forwarded messages, media where text is
// expected, and chatter in groups. Each gets a clear answer and leaves the conversation where
// it was.
import { beforeEach, describe, expect, it } from "vitest";
import { signupAnswer, startSignup } from "../../src/bot/keyboards/signups.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { callbackUpdate, editedTextUpdate, forwardedTextUpdate, groupTextUpdate, mediaUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const nour: TestUser = { id: 811, first_name: "Nour", language_code: "ar" };

describe("bot: input it cannot use", () => {
  const { db, t } = useTestBot();
  let date: number;

  beforeEach(async () => {
    const { orgId } = await seedSmallCity(t.services);
    const offer = await t.services.offers.saveOffer(offerInput({ organizationId: orgId, startsAt: "2026-12-05T14:00:00Z", signupRequired: true, capacity: 5 }));
    date = await t.services.offers.nextOccurrenceId(offer.id);
  });

  const ar = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("ar", key, args));
  const lastText = () => t.api.textsTo(nour.id).at(-1) ?? "";

  it("when, during a sign-up, she edits a message, forwards one, or sends a photo, voice or location, then each gets an answer and the next real answer still counts", async () => {
    await t.bot.handleUpdate(callbackUpdate(nour, startSignup.pack(date)));
    await t.bot.handleUpdate(callbackUpdate(nour, signupAnswer("seats", 2)));
    const askedName = lastText();

    await t.bot.handleUpdate(editedTextUpdate(nour, "3"));
    expect(lastText()).toBe(ar("input-edited"));
    await t.bot.handleUpdate(forwardedTextUpdate(nour, "Ahmad Karimi"));
    expect(lastText()).toBe(ar("input-forwarded"));
    for (const kind of ["photo", "voice", "location", "sticker", "contact"] as const) {
      await t.bot.handleUpdate(mediaUpdate(nour, kind));
      expect(lastText(), kind).not.toBe(askedName);
      expect(lastText(), kind).not.toMatch(/undefined|\[object Object\]/);
    }
    await t.bot.handleUpdate(textUpdate(nour, "Nour H."));
    await t.bot.handleUpdate(callbackUpdate(nour, signupAnswer("age", "ADULT")));
    await t.bot.handleUpdate(callbackUpdate(nour, signupAnswer("consent", "yes")));
    await t.bot.handleUpdate(callbackUpdate(nour, signupAnswer("confirm", "yes")));

    expect(await db.prisma.signup.findMany({ select: { seats: true, listName: true, status: true } })).toEqual([{ seats: 2, listName: "Nour H.", status: "CONFIRMED" }]);
  });

  it("when someone writes in a group without a command, then the bot stays silent; a command gets the pointer to the private chat", async () => {
    const before = t.api.calls.length;
    await t.bot.handleUpdate(groupTextUpdate(nour, -100_123, "hello bot, <b>anyone</b>?"));
    expect(t.api.calls.length).toBe(before);
  });

  it("when a contact (phone number) is sent, then it is not stored anywhere", async () => {
    await t.bot.handleUpdate(mediaUpdate(nour, "contact"));
    const rows = await db.prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT t::text AS row FROM users t UNION ALL SELECT t::text FROM conversation_states t UNION ALL SELECT t::text FROM audit_entries t`,
    );
    expect(rows.some(({ row }) => row.includes("4915112345678"))).toBe(false);
  });
});
