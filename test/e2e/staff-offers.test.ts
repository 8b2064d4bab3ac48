// End to end over HTTP: an admin invites a staff member, who creates a recurring bilingual
// offer; it waits for approval; the admin approves and a resident finds it; the staff member
// moves it by one hour, the move waits for the admin (the club is not trusted), and once it is
// approved the two people signed up are told in their languages; the CSV export parses back.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { staffDateButton, staffExportButton, staffRescheduleButton } from "../../src/bot/keyboards/staff-offers.ts";
import { adminApproveButton, adminInviteButton, revisionApproveButton } from "../../src/bot/keyboards/admin.ts";
import { runningClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { stripBidi, type ApiCall, type FakeTelegramServer } from "../support/fake-telegram.ts";
import type { Button } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const admin: TestUser = { id: 9401, first_name: "Frau Becker", language_code: "de" };
const staff: TestUser = { id: 9402, first_name: "Herr Nowak", language_code: "de" };
const jonas: TestUser = { id: 9403, first_name: "Jonas", language_code: "de" };
const layla: TestUser = { id: 9404, first_name: "Layla", language_code: "ar" };

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

describe("journey: staff publish an offer through approval and move it", () => {
  let rig: TestRig;
  let app: App;
  let telegram: FakeTelegramServer;
  let clubId: number;

  const messagesTo = (user: TestUser): ApiCall[] => telegram.api.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id);
  const lastText = (user: TestUser) => stripBidi(String(messagesTo(user).at(-1)?.payload.text ?? ""));
  const send = async (update: Parameters<typeof withoutId>[0]) => expect((await telegram.deliver(withoutId(update))).status).toBe(200);
  const say = (user: TestUser, text: string) => send(textUpdate(user, text));
  const tap = async (user: TestUser, label: string) => {
    const button = (messagesTo(user).at(-1)!.payload.reply_markup?.inline_keyboard?.flat() as Button[]).find((b) => stripBidi(b.text) === label || stripBidi(b.text).endsWith(label));
    if (!button) throw new Error(`no button ${label}`);
    await send(callbackUpdate(user, button.callback_data!));
  };
  const de = (key: string, args?: Record<string, string | number>) => stripBidi(app.i18n.t("de", key, args));

  beforeAll(async () => {
    rig = await startTestRig({ env: { BOT_ADMIN_IDS: String(admin.id) }, app: { clock: runningClock("2026-12-01T10:00:00Z") } });
    ({ app, telegram } = rig);
    clubId = (await app.services.catalog.saveOrganization({ name: "SV Grün-Weiß" })).id;
    await app.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde", ar: "كويردي" } });
    await send(commandUpdate(admin, "start"));
  });
  afterAll(() => rig?.close());

  it("when the whole journey runs, then approval, finding, moving with notices and the CSV all work", async () => {
    // The admin invites; the staff member opens the link.
    await send(callbackUpdate(admin, adminInviteButton.pack(clubId)));
    const token = /start=(invite_[A-Za-z0-9_-]+)/.exec(lastText(admin))![1]!;
    await send(commandUpdate(staff, "start", token));
    expect((await app.db.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(staff.id) } })).organizationId).toBe(clubId);

    // The staff member creates a weekly offer in German and Arabic.
    await send(commandUpdate(staff, "newoffer"));
    await say(staff, "Fußball für Jugendliche");
    await say(staff, "Training für 12- bis 17-Jährige.");
    await tap(staff, "العربية");
    await say(staff, "كرة القدم للشباب");
    await say(staff, "تدريب للشباب من 12 إلى 17 سنة.");
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, "Sport");
    await tap(staff, "Coerde");
    await say(staff, "Sportplatz Südpark");
    await say(staff, "05.12. 15:00");
    await tap(staff, de("newoffer-length", { hours: 2 }));
    await tap(staff, de("newoffer-repeat-weekly"));
    await say(staff, "31.12.");
    await tap(staff, de("newoffer-seats", { seats: 20 }));
    await tap(staff, "4");
    await tap(staff, de("newoffer-deadline-start"));
    await tap(staff, "العربية");
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, de("newoffer-ages-all"));
    await tap(staff, de("offer-cost-free"));
    await tap(staff, de("newoffer-publish"));
    expect(lastText(staff)).toBe(de("newoffer-saved-pending-approval"));
    await expect.poll(() => lastText(admin)).toContain(de("notice-offer-pending"));

    // Not visible until approved.
    await send(commandUpdate(jonas, "offers"));
    expect(lastText(jonas)).not.toContain("Fußball für Jugendliche");
    const offer = await app.db.prisma.offer.findFirstOrThrow();
    await send(callbackUpdate(admin, adminApproveButton.pack(offer.id)));
    await expect.poll(() => lastText(staff)).toContain(de("notice-offer-approved"));
    await send(commandUpdate(jonas, "offers"));
    expect(lastText(jonas)).toContain("Fußball für Jugendliche");

    // Two residents sign up for the first date.
    const occurrenceId = await app.services.offers.nextOccurrenceId(offer.id);
    for (const user of [jonas, layla]) {
      const profile = await app.services.users.findByTelegramId(BigInt(user.id)) ?? (await app.services.users.identify({ telegramId: BigInt(user.id), languageCode: user.language_code }));
      await app.services.signups.signUp({ occurrenceId, userId: profile.id, seats: 1, listName: user.first_name, ageBand: "ADULT" });
    }

    // The staff member moves it by one hour. The club is not trusted, so the move waits for the
    // admin; once approved, both are told, each in their language.
    await send(callbackUpdate(staff, staffRescheduleButton.pack(offer.id)));
    await say(staff, "05.12. 16:00");
    expect(lastText(staff)).toBe(de("revision-waits"));
    expect(lastText(jonas)).not.toContain(de("notice-offer-changed"));
    const revision = await app.db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: offer.id, status: "PENDING" } });
    await send(callbackUpdate(admin, revisionApproveButton.pack(revision.id)));
    await expect.poll(() => lastText(staff)).toContain(de("notice-offer-revision-approved"));
    await expect.poll(() => lastText(jonas)).toContain(de("notice-offer-changed"));
    expect(lastText(jonas)).toContain("Fußball für Jugendliche");
    expect(lastText(jonas)).toContain("16:00");
    await expect.poll(() => lastText(layla)).toContain(stripBidi(app.i18n.t("ar", "notice-offer-changed")));
    expect(lastText(layla)).toContain("كرة القدم للشباب");

    // The participant list as CSV.
    await send(callbackUpdate(staff, staffDateButton.pack(occurrenceId)));
    await send(callbackUpdate(staff, staffExportButton.pack(occurrenceId)));
    const [document] = telegram.api.callsTo("sendDocument");
    const rows = parse(String(document!.payload.document.content).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Name, r.Plätze, r.Status])).toEqual([
      ["Jonas", "1", "CONFIRMED"],
      ["Layla", "1", "CONFIRMED"],
    ]);
  });
});
