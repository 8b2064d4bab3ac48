import { describe, expect, it } from "vitest";
import { parseStaffDateTime } from "../../src/bot/parsing.ts";
import { cancelAnnouncementButton, editAnnouncementButton } from "../../src/bot/keyboards/broadcast.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const admin: TestUser = { id: 801, first_name: "Frau Demir", language_code: "de" };
const resident: TestUser = { id: 802, first_name: "Ali", language_code: "de" };

describe("staff date input", () => {
  const now = new Date("2026-12-20T10:00:00Z");
  it.each([
    ["12.01. 17:00", "2027-01-12T16:00:00.000Z"],
    ["24.12. 9:30", "2026-12-24T08:30:00.000Z"],
    ["24.12.2026 17:00", "2026-12-24T16:00:00.000Z"],
    ["2027-07-01 18:00", "2027-07-01T16:00:00.000Z"],
    ["٢٤.١٢. ١٧:٠٠", "2026-12-24T16:00:00.000Z"], // typed on an Arabic keyboard
    ["۲۴.۱۲. ۱۷:۰۰", "2026-12-24T16:00:00.000Z"], // and on a Persian one
  ])("when staff type %s, then it means %s (Berlin time)", (text, iso) => {
    expect(parseStaffDateTime(text, now, "Europe/Berlin")?.toISOString()).toBe(iso);
  });
  it.each(["morgen", "31.02. 10:00", "12.12.", "2026-13-01 10:00", "25:00"])("when staff type %s, then it is not a date", (text) => {
    expect(parseStaffDateTime(text, now, "Europe/Berlin")).toBeUndefined();
  });
});

describe("bot: managing scheduled announcements", () => {
  const { db, t } = useTestBot({ adminIds: [BigInt(admin.id)] });

  async function scheduled(): Promise<number> {
    const author = await t.services.users.identify({ telegramId: BigInt(admin.id) });
    return (
      await t.services.announcements.create(author.id, {
        texts: { de: "Sprachcafé zieht in Raum 2 um" },
        sourceLocale: "de",
        audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
        urgent: false,
        scheduledAt: new Date("2026-12-05T10:00:00Z"),
      })
    ).id;
  }
  const adminId = async () => (await t.services.users.identify({ telegramId: BigInt(admin.id) })).id;
  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));

  it("when staff open /announcements, edit the time and then cancel, then both are applied", async () => {
    const id = await scheduled();
    await t.bot.handleUpdate(commandUpdate(admin, "announcements"));
    expect(stripBidi(t.api.textsTo(admin.id).at(-1)!)).toContain("Sprachcafé zieht in Raum 2 um");

    await t.bot.handleUpdate(callbackUpdate(admin, editAnnouncementButton.pack(id)));
    const question = t.api.callsTo("sendMessage").at(-1)!;
    const timeButton = question.payload.reply_markup.inline_keyboard.flat().find((b: { text: string }) => b.text === de("broadcast-edit-time"));
    await t.bot.handleUpdate(callbackUpdate(admin, timeButton.callback_data));
    await t.bot.handleUpdate(textUpdate(admin, "2030-01-15 10:00"));
    expect(t.api.textsTo(admin.id).at(-1)).toBe(de("broadcast-edit-saved"));
    expect((await t.services.announcements.listScheduled(await adminId()))[0]!.scheduledAt.toISOString()).toBe("2030-01-15T09:00:00.000Z");

    await t.bot.handleUpdate(callbackUpdate(admin, cancelAnnouncementButton.pack(id)));
    expect(await t.services.announcements.listScheduled(await adminId())).toEqual([]);
  });

  it("when a resident forges the staff buttons, then nothing changes", async () => {
    const id = await scheduled();
    await t.bot.handleUpdate(callbackUpdate(resident, cancelAnnouncementButton.pack(id)));
    await t.bot.handleUpdate(callbackUpdate(resident, editAnnouncementButton.pack(id)));
    await t.bot.handleUpdate(commandUpdate(resident, "announcements"));
    expect(t.api.callsTo("answerCallbackQuery").map((c) => c.payload.text)).toEqual([de("error-forbidden"), de("error-forbidden")]);
    expect(t.api.textsTo(resident.id)).toEqual([de("error-forbidden")]);
    expect(await t.services.announcements.listScheduled(await adminId())).toHaveLength(1);
  });
});
