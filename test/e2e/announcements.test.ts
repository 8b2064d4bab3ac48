// End to end over HTTP: a staff member composes a bilingual announcement for one topic and
// district and schedules it; the scheduler job delivers it in each subscriber's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { journeyChat } from "../support/journey.ts";
import { stripBidi, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { buttons } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";
import { waitFor } from "../support/wait.ts";

const NOW = "2026-12-01T10:00:00Z";
const staff: TestUser = { id: 9301, first_name: "Frau Meier", language_code: "de" };
const german: TestUser = { id: 9302, first_name: "Jonas", language_code: "de" };
const arabic: TestUser = { id: 9303, first_name: "Layla", language_code: "ar" };
const farsi: TestUser = { id: 9304, first_name: "Dariush", language_code: "fa" };
const otherDistrict: TestUser = { id: 9305, first_name: "Olga", language_code: "de" };
const unsubscribed: TestUser = { id: 9306, first_name: "Ben", language_code: "de" };


describe("journey: a staff announcement reaches the right people in their language", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;
  const clock = fixedClock(NOW);
  const { messagesTo, last, send, tap, de } = journeyChat(() => rig);


  beforeAll(async () => {
    rig = await startTestRig({ env: { BOT_ADMIN_IDS: String(staff.id) }, app: { clock } });
    ({ app, telegram } = rig);
    const { catalog, users, subscriptions } = app.services;
    const coerde = await catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    const hafen = await catalog.saveDistrict({ slug: "hafen", sortOrder: 2, names: { de: "Hafen" } });
    for (const [user, district] of [
      [german, coerde.id],
      [arabic, coerde.id],
      [farsi, coerde.id],
      [otherDistrict, hafen.id],
    ] as const) {
      const profile = await users.identify({ telegramId: BigInt(user.id), firstName: user.first_name, languageCode: user.language_code });
      await subscriptions.toggleTopic(profile.id, "youth");
      await subscriptions.toggleDistrict(profile.id, district);
    }
    await users.identify({ telegramId: BigInt(unsubscribed.id), firstName: unsubscribed.first_name, languageCode: "de" });
  });
  afterAll(() => rig?.close());

  it("when staff compose and schedule it, and the job runs after its time, then each subscriber gets their language and no one else gets it", async () => {
    await send(commandUpdate(staff, "broadcast"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-ask-text", { max: 3500 }));
    await send(textUpdate(staff, "Neues Fußballtraining für 12- bis 17-Jährige in Coerde!"));
    await tap(staff, "العربية");
    await send(textUpdate(staff, "تدريب كرة قدم جديد للشباب من 12 إلى 17 سنة في كويردي!"));
    await tap(staff, de("broadcast-translations-done"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-ask-as")); // an admin: the city or an organization
    await tap(staff, de("broadcast-as-city"));
    await tap(staff, de("broadcast-audience-subscribers"));
    await tap(staff, "Jugend");
    await tap(staff, "Coerde");
    await tap(staff, de("broadcast-districts-done"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-ask-languages"));
    await tap(staff, de("broadcast-districts-done")); // all languages
    await tap(staff, de("broadcast-normal"));
    await send(textUpdate(staff, "gestern 9 Uhr")); // not a date
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-when-hint"));
    await send(textUpdate(staff, "02.12. 12:00"));
    await tap(staff, de("broadcast-repeat-none"));

    const previews = messagesTo(staff).slice(-3, -1).map((m) => stripBidi(m.payload.text));
    expect(previews[0]).toContain("Neues Fußballtraining");
    expect(previews[1]).toContain("تدريب كرة قدم");
    expect(stripBidi(last(staff).payload.text)).toContain("3");
    await tap(staff, de("broadcast-confirm"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-saved", { count: 3 }));

    // Before its time: nothing.
    await app.scheduler.runJob("announcements", new Date("2026-12-02T10:59:00Z"));
    expect(messagesTo(german)).toHaveLength(0);

    clock.set("2026-12-02T11:00:30Z");
    await app.scheduler.runJob("announcements", clock.now());
    // Queuing woke the background sender too: whichever drained, wait for the three.
    await waitFor(() => [german, arabic, farsi].every((u) => messagesTo(u).length === 1), 5000, "the three deliveries");

    expect(stripBidi(last(german).payload.text)).toBe("Neues Fußballtraining für 12- bis 17-Jährige in Coerde!");
    expect(stripBidi(last(arabic).payload.text)).toBe("تدريب كرة قدم جديد للشباب من 12 إلى 17 سنة في كويردي!");
    expect(stripBidi(last(farsi).payload.text)).toBe(
      `${stripBidi(app.i18n.t("fa", "offers-only-in", { language: "de" }))}\n\nNeues Fußballtraining für 12- bis 17-Jährige in Coerde!`,
    );
    expect(buttons(last(german)).map((b) => stripBidi(b.text))).toContain(de("subscriptions-unsubscribe"));
    expect(messagesTo(otherDistrict)).toHaveLength(0);
    expect(messagesTo(unsubscribed)).toHaveLength(0);

    // Running the job again sends nothing twice.
    await app.scheduler.runJob("announcements", clock.now());
    expect(messagesTo(german)).toHaveLength(1);
    const [announcement] = await app.db.prisma.announcement.findMany();
    await expect.poll(() => app.services.announcements.stats(announcement!.id)).toEqual({ queued: 0, sent: 3, failed: 0, blocked: 0, waitingForMorning: 0 });
  });

  it("when a resident tries /broadcast or a forged staff button, then it is refused", async () => {
    await send(commandUpdate(german, "broadcast"));
    expect(stripBidi(last(german).payload.text)).toBe(de("error-forbidden"));
    telegram.api.clear();
    await send(callbackUpdate(german, "an:x:1"));
    expect(telegram.api.callsTo("answerCallbackQuery")[0]!.payload.text).toBe(app.i18n.t("de", "error-forbidden"));
    expect(await app.db.prisma.announcement.count({ where: { status: "CANCELLED" } })).toBe(0);
  });
});
