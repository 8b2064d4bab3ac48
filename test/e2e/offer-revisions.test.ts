// End to end over HTTP: a new (untrusted) partner's staff member publishes an offer through
// approval, then changes its title. Residents keep seeing the old title while the change waits;
// the admin sees old and new side by side in /admin and approves; then residents see the new one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { adminApproveButton, adminInviteButton, adminScreenButton } from "../../src/bot/keyboards/admin.ts";
import { staffEditButton } from "../../src/bot/keyboards/staff-offers.ts";
import { runningClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { stripBidi, type ApiCall, type FakeTelegramServer } from "../support/fake-telegram.ts";
import type { Button } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const admin: TestUser = { id: 9501, first_name: "Frau Becker", language_code: "de" };
const staff: TestUser = { id: 9502, first_name: "Herr Nowak", language_code: "de" };
const jonas: TestUser = { id: 9503, first_name: "Jonas", language_code: "de" };

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

describe("journey: an untrusted partner's change to a published offer waits for the admin", () => {
  let rig: TestRig;
  let app: App;
  let telegram: FakeTelegramServer;
  let partnerId: number;

  const messagesTo = (user: TestUser): ApiCall[] =>
    telegram.api.calls.filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.payload.chat_id) === user.id);
  const lastText = (user: TestUser) => stripBidi(String(messagesTo(user).at(-1)?.payload.text ?? ""));
  const send = async (update: Parameters<typeof withoutId>[0]) => expect((await telegram.deliver(withoutId(update))).status).toBe(200);
  const say = (user: TestUser, text: string) => send(textUpdate(user, text));
  const buttonsOf = (user: TestUser) => (messagesTo(user).at(-1)!.payload.reply_markup?.inline_keyboard?.flat() ?? []) as Button[];
  const tap = async (user: TestUser, label: string) => {
    const button = buttonsOf(user).find((b) => stripBidi(b.text) === label || stripBidi(b.text).endsWith(label));
    if (!button) throw new Error(`no button ${label}`);
    await send(callbackUpdate(user, button.callback_data!));
  };
  const de = (key: string, args?: Record<string, string | number>) => stripBidi(app.i18n.t("de", key, args));
  const residentSees = async () => {
    await send(commandUpdate(jonas, "offers"));
    return lastText(jonas);
  };

  /** The offer conversation, German only, no sign-up; `save` is the last button. */
  async function answerOfferQuestions(title: string, save: string) {
    await say(staff, title);
    await say(staff, "Gemeinsam kochen und essen.");
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, "Sport");
    await tap(staff, "Coerde");
    await say(staff, "Stadtteilhaus Coerde");
    await say(staff, "05.12. 15:00");
    await tap(staff, de("newoffer-length", { hours: 2 }));
    await tap(staff, de("broadcast-repeat-none"));
    await tap(staff, de("newoffer-no-signup"));
    await tap(staff, de("broadcast-translations-done"));
    await tap(staff, de("newoffer-ages-all"));
    await tap(staff, de("offer-cost-free"));
    await tap(staff, save);
  }

  beforeAll(async () => {
    rig = await startTestRig({ env: { BOT_ADMIN_IDS: String(admin.id) }, app: { clock: runningClock("2026-12-01T10:00:00Z") } });
    ({ app, telegram } = rig);
    partnerId = (await app.services.catalog.saveOrganization({ name: "Neuer Partner e. V." })).id;
    await app.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    await send(commandUpdate(admin, "start"));
  });
  afterAll(() => rig?.close());

  it("when the partner changes the title, then residents see the old one until the admin approves, and the new one after", async () => {
    // An untrusted partner: its staff member joins by invitation and publishes through approval.
    await send(callbackUpdate(admin, adminInviteButton.pack(partnerId)));
    const token = /start=(invite_[A-Za-z0-9_-]+)/.exec(lastText(admin))![1]!;
    await send(commandUpdate(staff, "start", token));
    await send(commandUpdate(staff, "newoffer"));
    await answerOfferQuestions("Kochtreff", de("newoffer-publish"));
    expect(lastText(staff)).toBe(de("newoffer-saved-pending-approval"));
    // Notices come through the outbox: wait for each before the next step, so none lands mid-screen.
    await expect.poll(() => lastText(admin)).toContain(de("notice-offer-pending"));
    const offer = await app.db.prisma.offer.findFirstOrThrow();
    await send(callbackUpdate(admin, adminApproveButton.pack(offer.id)));
    await expect.poll(() => lastText(staff)).toContain(de("notice-offer-approved"));
    expect(await residentSees()).toContain("Kochtreff");

    // The change: the staff member is told it waits; the admins are told there is one to review.
    await send(callbackUpdate(staff, staffEditButton.pack(offer.id)));
    await answerOfferQuestions("Kochtreff am Abend", de("newoffer-save-changes"));
    expect(lastText(staff)).toBe(de("revision-waits"));
    await expect.poll(() => lastText(admin)).toContain(de("notice-offer-revision-pending"));
    expect(await residentSees()).toContain("Kochtreff");
    expect(await residentSees()).not.toContain("Kochtreff am Abend");

    // The admin's queue marks it as a change; opening it shows only the title, old next to new.
    await send(commandUpdate(admin, "admin"));
    await send(callbackUpdate(admin, adminScreenButton.pack("approvals")));
    expect(lastText(admin)).toContain(de("revision-queue-title"));
    await tap(admin, de("revision-open", { number: 1 }));
    const review = lastText(admin);
    expect(review).toContain(`${de("revision-field-title")} · Deutsch`);
    expect(review).toContain(`${de("revision-was")} Kochtreff\n`);
    expect(review).toContain(`${de("revision-now")} Kochtreff am Abend`);
    expect(review).not.toContain(de("revision-field-starts"));

    await tap(admin, de("admin-approve"));
    await expect.poll(() => lastText(staff)).toContain(de("notice-offer-revision-approved"));
    expect(await residentSees()).toContain("Kochtreff am Abend");
    expect(lastText(admin)).toContain(de("admin-approvals-none"));
  });
});
