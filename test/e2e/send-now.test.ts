// End to end over HTTP: "Send now" means the moment of confirmation, however long staff read
// the preview, and delivery starts within seconds of it (the sender is woken, not the next
// minute's job). A staff-chosen time that passes meanwhile is asked for again; nothing is lost.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { journeyChat } from "../support/journey.ts";
import { stripBidi, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z"; // 11:00 in Berlin: no quiet hours
const staff: TestUser = { id: 9401, first_name: "Frau Meier", language_code: "de" };
const reader: TestUser = { id: 9402, first_name: "Jonas", language_code: "de" };


describe("journey: “Send now” goes out at the confirmation", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;
  const clock = fixedClock(NOW);
  const { messagesTo, last, send, tap, de } = journeyChat(() => rig);


  /** /broadcast up to the question "now or when?", to the subscribers of general news. */
  async function composeUntilWhen(text: string): Promise<void> {
    await send(commandUpdate(staff, "broadcast"));
    await send(textUpdate(staff, text));
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, de("broadcast-as-city")); // an admin: from the city
    await tap(staff, de("broadcast-audience-subscribers"));
    await tap(staff, de("broadcast-topic-general"));
    await tap(staff, de("broadcast-districts-done"));
    await tap(staff, de("broadcast-districts-done")); // all languages
    await tap(staff, de("broadcast-normal"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-ask-when"));
  }

  beforeAll(async () => {
    rig = await startTestRig({ env: { BOT_ADMIN_IDS: String(staff.id) }, app: { clock } });
    ({ app, telegram } = rig);
    const profile = await app.services.users.identify({ telegramId: BigInt(reader.id), firstName: reader.first_name, languageCode: "de" });
    await app.services.subscriptions.toggleTopic(profile.id, "general");
  });
  afterAll(() => rig?.close());
  beforeEach(() => clock.set(NOW));

  it("when staff tap “Send now”, read the previews for 90 seconds and confirm, then it is delivered, starting within 2 s of the confirmation", async () => {
    await composeUntilWhen("Heute Abend: Laternenumzug ab 17 Uhr am Rathaus");
    await tap(staff, de("broadcast-now"));
    await tap(staff, de("broadcast-repeat-none"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-confirm-question-now", { count: 1 }));

    clock.advance(90_000); // reading the previews
    const delivered = telegram.api.arrival("sendMessage", (p) => Number(p.chat_id) === reader.id);
    const confirmed = performance.now();
    await tap(staff, de("broadcast-confirm"));
    const call = await delivered;
    const ms = performance.now() - confirmed;

    expect(ms).toBeLessThan(2000);
    expect(stripBidi(String(call.payload.text))).toBe("Heute Abend: Laternenumzug ab 17 Uhr am Rathaus");
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-sending", { count: 1 }));
    const [announcement] = await app.db.prisma.announcement.findMany({ orderBy: { id: "desc" }, take: 1 });
    expect(announcement!.scheduledAt).toEqual(clock.now());
  });

  it("when a chosen time passes while staff read the previews, then the time is asked again and the announcement, text kept, is saved", async () => {
    const before = await app.db.prisma.announcement.count();
    await composeUntilWhen("Sprachcafé zieht in Raum 2 um");
    // The conversation checks "in the future" against the real time, the domain against its clock.
    await send(textUpdate(staff, "2027-06-01 12:00")); // Berlin summer time: 10:00 UTC
    await tap(staff, de("broadcast-repeat-none"));
    clock.set("2027-06-01T10:10:00Z"); // the time passes before the confirmation
    await tap(staff, de("broadcast-confirm"));
    expect(stripBidi(last(staff).payload.text)).toBe(`${de("broadcast-time-passed")}\n\n${de("broadcast-ask-when")}`);
    expect(await app.db.prisma.announcement.count()).toBe(before);

    await send(textUpdate(staff, "2027-06-02 12:00"));
    await tap(staff, de("broadcast-repeat-none"));
    await tap(staff, de("broadcast-confirm"));
    expect(stripBidi(last(staff).payload.text)).toBe(de("broadcast-saved", { count: 1 }));
    const [saved] = await app.db.prisma.announcement.findMany({ orderBy: { id: "desc" }, take: 1 });
    expect(saved).toMatchObject({ texts: { de: "Sprachcafé zieht in Raum 2 um" }, scheduledAt: new Date("2027-06-02T10:00:00Z"), status: "SCHEDULED" });
  });
});
