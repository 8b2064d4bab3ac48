// End to end over HTTP: a staff member of an untrusted partner composes an announcement to a
// topic's subscribers; nothing goes out until an admin approves it in /admin; then the
// subscribers get it in their languages and the author is told. Staff of another organization
// never see it in /announcements and cannot cancel it with a forged button.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { adminApproveAnnouncementButton } from "../../src/bot/keyboards/admin.ts";
import { cancelAnnouncementButton } from "../../src/bot/keyboards/broadcast.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { journeyChat } from "../support/journey.ts";
import { stripBidi, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z";
const partner: TestUser = { id: 9401, first_name: "Frau Yıldız", language_code: "de" };
const otherStaff: TestUser = { id: 9402, first_name: "Herr Brandt", language_code: "de" };
const admin: TestUser = { id: 9403, first_name: "Frau Demir", language_code: "de" };
const german: TestUser = { id: 9404, first_name: "Jonas", language_code: "de" };
const arabic: TestUser = { id: 9405, first_name: "Layla", language_code: "ar" };

const GERMAN_TEXT = "Offenes Training für Jugendliche am Samstag!";
const ARABIC_TEXT = "تدريب مفتوح للشباب يوم السبت!";

describe("journey: an untrusted partner's announcement waits for the city's approval", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;
  const clock = fixedClock(NOW);
  const { messagesTo, screensOf, last, send, tap, de } = journeyChat(() => rig);

  const announcement = async () => (await app.db.prisma.announcement.findFirstOrThrow({ orderBy: { id: "desc" } }));

  beforeAll(async () => {
    rig = await startTestRig({ env: { BOT_ADMIN_IDS: String(admin.id) }, app: { clock } });
    ({ app, telegram } = rig);
    const { users, subscriptions } = app.services;
    const prisma = app.db.prisma;
    const untrusted = await prisma.organization.create({ data: { name: "Neuer Verein", trusted: false } });
    const trusted = await prisma.organization.create({ data: { name: "Sportbund", trusted: true } });
    for (const [user, organizationId] of [
      [partner, untrusted.id],
      [otherStaff, trusted.id],
    ] as const) {
      const profile = await users.identify({ telegramId: BigInt(user.id), firstName: user.first_name, languageCode: user.language_code });
      await prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId } });
    }
    await users.identify({ telegramId: BigInt(admin.id), firstName: admin.first_name, languageCode: "de" });
    for (const user of [german, arabic]) {
      const profile = await users.identify({ telegramId: BigInt(user.id), firstName: user.first_name, languageCode: user.language_code });
      await subscriptions.toggleTopic(profile.id, "youth");
    }
  });
  afterAll(() => rig?.close());

  it("when the partner composes it, then nothing is delivered; staff of another organization neither see nor cancel it; after the admin approves, the subscribers get it in their languages", async () => {
    await send(commandUpdate(partner, "broadcast"));
    await send(textUpdate(partner, GERMAN_TEXT));
    await tap(partner, "العربية");
    await send(textUpdate(partner, ARABIC_TEXT));
    await tap(partner, de("broadcast-translations-done"));
    // Staff are not asked whom it is from: it is their organization's.
    expect(stripBidi(last(partner).payload.text)).toBe(de("broadcast-ask-audience"));
    await tap(partner, de("broadcast-audience-subscribers"));
    await tap(partner, "Jugend");
    await tap(partner, de("broadcast-districts-done"));
    await tap(partner, de("broadcast-districts-done")); // all languages
    // Staff are not asked about urgent: the next question is when.
    expect(stripBidi(last(partner).payload.text)).toBe(de("broadcast-ask-when"));
    // With the year: the conversation checks "in the future" against the machine's clock, the domain against the test's.
    await send(textUpdate(partner, "02.12.2027 12:00"));
    await tap(partner, de("broadcast-repeat-none"));
    await tap(partner, de("broadcast-confirm"));
    expect(stripBidi(last(partner).payload.text)).toBe(de("broadcast-saved-pending"));
    const { id, status } = await announcement();
    expect(status).toBe("PENDING_APPROVAL");
    await expect.poll(() => stripBidi(last(admin)?.payload.text ?? "")).toContain(de("notice-announcement-pending"));

    // Nothing goes out, however often the job runs.
    clock.set("2026-12-02T11:05:00Z");
    await app.scheduler.runJob("announcements", clock.now());
    expect(messagesTo(german)).toHaveLength(0);
    expect(messagesTo(arabic)).toHaveLength(0);

    // Another organization's staff: not in their list, and a forged cancel is refused.
    await send(commandUpdate(otherStaff, "announcements"));
    expect(stripBidi(last(otherStaff).payload.text)).not.toContain(GERMAN_TEXT);
    telegram.api.clear();
    await send(callbackUpdate(otherStaff, cancelAnnouncementButton.pack(id)));
    expect(telegram.api.callsTo("answerCallbackQuery")[0]!.payload.text).toBe(app.i18n.t("de", "error-forbidden"));
    expect((await announcement()).status).toBe("PENDING_APPROVAL");

    // The admin finds it next to the offers' approvals and approves it.
    await send(commandUpdate(admin, "admin"));
    await tap(admin, de("admin-announcement-approvals"));
    const queue = screensOf(admin).at(-1)!;
    expect(stripBidi(queue.payload.text)).toContain(GERMAN_TEXT);
    expect(stripBidi(queue.payload.text)).toContain("Neuer Verein");
    expect(buttons(queue).map((b) => b.callback_data)).toContain(adminApproveAnnouncementButton.pack(id));
    await send(callbackUpdate(admin, adminApproveAnnouncementButton.pack(id)));
    expect(stripBidi(String(telegram.api.callsTo("answerCallbackQuery").at(-1)!.payload.text))).toBe(de("admin-announcement-approved"));
    await expect.poll(() => stripBidi(last(partner)?.payload.text ?? "")).toContain(de("notice-announcement-approved"));
    expect(messagesTo(german)).toHaveLength(0);

    // At its time it goes out, each in their language.
    clock.set("2027-12-02T11:05:00Z");
    await app.scheduler.runJob("announcements", clock.now());
    await expect.poll(() => stripBidi(last(german)?.payload.text ?? "")).toBe(GERMAN_TEXT);
    await expect.poll(() => stripBidi(last(arabic)?.payload.text ?? "")).toBe(ARABIC_TEXT);
    expect(await app.db.prisma.auditEntry.findMany({ where: { targetType: "announcement" }, select: { action: true }, orderBy: { id: "asc" } })).toEqual(
      expect.arrayContaining([{ action: "announcement.created" }, { action: "announcement.approved" }]),
    );
  });
});
