// /broadcast for partners and admins: staff pick among their own organization's dates (paged,
// with how many people each reaches) and are never asked about urgent; admins say whom the
// announcement is from and are told plainly that an urgent one arrives at night too; the reject
// conversation returns an announcement with the reason.
import { beforeEach, describe, expect, it } from "vitest";
import { adminRejectAnnouncementButton } from "../../src/bot/keyboards/admin.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { useTestBot } from "../support/bot.ts";
import { createLogger } from "../../src/logger.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

describe("bot: /broadcast for partners", () => {
  const { db, t, notes } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID], logger: createLogger({ level: "error" }) });
  let cast: Cast;

  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));
  const as = (who: ActorName): TestUser => ({ id: Number(cast.users[who].telegramId), first_name: who, language_code: "de" });
  const lastTo = (user: TestUser) => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === user.id).at(-1)!;
  const labelsTo = (user: TestUser) => buttons(lastTo(user)).map((b) => stripBidi(b.text));
  const tap = async (user: TestUser, label: string) => {
    // The newest message with such a button (a hint may have come after the question).
    const sent = t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === user.id).reverse();
    const button = sent.map((call) => buttons(call).find((b) => stripBidi(b.text) === label || stripBidi(b.text).includes(label))).find(Boolean);
    if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(labelsTo(user))}`);
    await t.bot.handleUpdate(callbackUpdate(user, button.callback_data!));
  };
  const say = (user: TestUser, text: string) => t.bot.handleUpdate(textUpdate(user, text));

  beforeEach(async () => {
    cast = await seedCast(db);
  });

  it("when staff write to participants, then the picker pages through their organization's dates with their people, and urgent is never asked", async () => {
    const staff = as("staffA");
    for (let i = 0; i < 9; i++) {
      await t.services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt: `2026-12-1${i}T14:00:00Z`, signupRequired: true, texts: { de: { title: `Kurs ${i}`, summary: "s" } } }));
    }
    await t.services.offers.saveOffer(offerInput({ organizationId: cast.orgs.B, startsAt: "2026-12-03T14:00:00Z", signupRequired: true, texts: { de: { title: "Fremder Kurs", summary: "s" } } }));
    const first = await db.prisma.offerOccurrence.findFirstOrThrow({ where: { offer: { translations: { some: { title: "Kurs 0" } } } } });
    const ana = await db.prisma.user.create({ data: { telegramId: 7001n, locale: "de" } });
    await t.services.signups.signUp({ occurrenceId: first.id, userId: ana.id, seats: 1, listName: "Ana", ageBand: "ADULT" });

    await t.bot.handleUpdate(commandUpdate(staff, "broadcast"));
    await say(staff, "Raumwechsel: heute in Raum 2");
    await tap(staff, de("broadcast-translations-done"));
    expect(stripBidi(lastTo(staff).payload.text)).toBe(de("broadcast-ask-audience"));
    await tap(staff, de("broadcast-audience-participants"));

    // Newest offer first: "Kurs 8" … "Kurs 1" on the first page, then "Kurs 0" with its person.
    const page1 = labelsTo(staff);
    expect(page1.filter((l) => l.startsWith("Kurs"))).toHaveLength(8);
    expect(page1[0]).toMatch(/^Kurs 8 · .* · 👥 0 Personen$/);
    expect(page1.some((l) => l.includes("Fremder Kurs"))).toBe(false);
    expect(page1).toContain(`${de("broadcast-picker-next")} ▶`);
    expect(page1).not.toContain(`◀ ${de("broadcast-picker-previous")}`);

    // A forged page number is not followed.
    await t.bot.handleUpdate(callbackUpdate(staff, "bc:occp:7"));
    expect(stripBidi(lastTo(staff).payload.text)).toBe(de("signup-button-hint"));

    await tap(staff, de("broadcast-picker-next"));
    const page2 = labelsTo(staff);
    expect(page2.filter((l) => l.startsWith("Kurs"))).toEqual([expect.stringMatching(/^Kurs 0 · .* · 👥 1 Person$/)]);
    expect(page2).toContain(`◀ ${de("broadcast-picker-previous")}`);
    await tap(staff, "Kurs 0");
    await tap(staff, de("broadcast-districts-done")); // all languages
    expect(stripBidi(lastTo(staff).payload.text)).toBe(de("broadcast-ask-when"));
    await t.bot.handleUpdate(commandUpdate(staff, "cancel"));
    expect(await db.prisma.announcement.count()).toBe(0);
  });

  it("when an admin sends an urgent one for the city, then the confirmation says it arrives at night too, and it is saved as the city's", async () => {
    const admin = as("admin");
    await t.bot.handleUpdate(commandUpdate(admin, "broadcast"));
    await say(admin, "Unwetterwarnung: Bitte bleibt heute Abend zu Hause.");
    await tap(admin, de("broadcast-translations-done"));
    expect(stripBidi(lastTo(admin).payload.text)).toBe(de("broadcast-ask-as"));
    expect(labelsTo(admin)).toEqual(expect.arrayContaining([`🏛 ${de("broadcast-as-city")}`, "🏢 Stadt Münster · Partner A", "🏢 Neuer Partner U"]));
    await tap(admin, de("broadcast-as-city"));
    await tap(admin, de("broadcast-audience-subscribers"));
    await tap(admin, de("broadcast-topic-general"));
    await tap(admin, de("broadcast-districts-done"));
    await tap(admin, de("broadcast-districts-done"));
    await tap(admin, de("broadcast-urgent"));
    await say(admin, "2030-01-15 10:00"); // a typed time: the conversation runs on the machine clock, the domain on the test clock
    await tap(admin, de("broadcast-repeat-none"));
    expect(stripBidi(lastTo(admin).payload.text)).toContain(de("broadcast-confirm-urgent-night"));
    await tap(admin, de("broadcast-confirm"));
    expect(await db.prisma.announcement.findFirstOrThrow()).toMatchObject({ urgent: true, organizationId: null, status: "SCHEDULED" });
  });

  it("when an admin rejects a pending announcement with a reason, then it is returned and the author is told the reason", async () => {
    const { id } = await t.services.announcements.create(cast.users.untrusted.id, {
      texts: { de: "Großes Gewinnspiel!" },
      sourceLocale: "de",
      audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
      urgent: false,
      scheduledAt: new Date("2026-12-05T10:00:00Z"),
    });
    const admin = as("admin");
    await t.bot.handleUpdate(callbackUpdate(admin, adminRejectAnnouncementButton.pack(id)));
    expect(stripBidi(lastTo(admin).payload.text)).toBe(de("admin-announcement-reject-ask-reason", { id, max: 500 }));
    await say(admin, "Bitte keine Gewinnspiele.");
    expect(stripBidi(lastTo(admin).payload.text)).toBe(de("admin-announcement-rejected"));
    expect(await db.prisma.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", rejectionReason: "Bitte keine Gewinnspiele." });
    expect((await notes.notices()).filter((n) => n.kind !== "announcement-pending")).toEqual([expect.objectContaining({ kind: "announcement-rejected", reason: "Bitte keine Gewinnspiele.", to: expect.objectContaining({ telegramId: cast.users.untrusted.telegramId }) })]);
  });
});
