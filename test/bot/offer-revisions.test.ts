// The admin's side of revisions in the bot: the queue marks changes, one opens old next to new
// in the admin's language, rejecting asks for a reason that reaches the author; a change decided
// meanwhile is said so, not shown.
import { beforeEach, describe, expect, it } from "vitest";
import { createI18n, translatorOf } from "../../src/bot/i18n.ts";
import { renderNotice } from "../../src/bot/notifier.ts";
import type { Notice } from "../../src/domain/notifier.ts";
import { adminScreenButton, revisionApproveButton, revisionOpenButton, revisionRejectButton } from "../../src/bot/keyboards/admin.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { fixtureDraft } from "../support/offer-fixtures.ts";
import { lastScreen } from "../support/screens.ts";
import { callbackUpdate, textUpdate, type TestUser } from "../support/updates.ts";

describe("bot: revisions in /admin", () => {
  const { db, t, notes } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let offerId: number;
  let revisionId: number;
  const admin = (): TestUser => ({ id: Number(ADMIN_TELEGRAM_ID), first_name: "Admin", language_code: "en" });

  beforeEach(async () => {
    cast = await seedCast(db);
    await db.prisma.user.update({ where: { id: cast.users.admin.id }, data: { locale: "en" } });
    await db.prisma.user.update({ where: { id: cast.users.untrusted.id }, data: { locale: "uk" } });
    const { offerManagement } = t.services;
    offerId = (await offerManagement.create(cast.users.untrusted.id, fixtureDraft(cast.orgs.U, "Kochtreff"), true)).id;
    await offerManagement.approve(cast.users.admin.id, offerId);
    await offerManagement.edit(cast.users.untrusted.id, offerId, { ...fixtureDraft(cast.orgs.U, "Kochtreff"), startsAt: new Date("2026-12-05T15:00:00Z"), endsAt: new Date("2026-12-05T17:00:00Z"), costText: "2 €" });
    revisionId = (await db.prisma.offerRevision.findFirstOrThrow({ where: { status: "PENDING" } })).id;
    await notes.clear();
  });

  const en = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("en", key, args));
  /** The last screen as the admin reads it (tags left out). */
  const screenText = () => stripBidi(String(lastScreen(t.api).payload.text)).replace(/<[^>]+>/g, "");
  const lastNotice = () => stripBidi(String(t.api.callsTo("answerCallbackQuery").at(-1)?.payload.text));
  const press = (data: string) => t.bot.handleUpdate(callbackUpdate(admin(), data));

  it("when the admin opens the queue and the change, then it is marked as a change and shows only the fields that differ, old next to new", async () => {
    await press(adminScreenButton.pack("approvals"));
    expect(screenText()).toContain(en("revision-queue-title"));
    expect(screenText()).toContain("✏️ 1. Kochtreff · Neuer Partner U");

    await press(revisionOpenButton.pack(revisionId));
    const text = screenText();
    expect(text).toContain(en("revision-title", { title: "Kochtreff" }));
    expect(text).toContain(`${en("revision-field-starts")}\n${en("revision-was")} Sat, Dec 5, 15:00\n${en("revision-now")} Sat, Dec 5, 16:00`);
    expect(text).toContain(`${en("revision-field-cost")}\n${en("revision-was")} —\n${en("revision-now")} 2 €`);
    expect(text).toContain(`${en("revision-field-ends")}\n`);
    expect(text).not.toContain(en("revision-field-title"));
    expect(text).not.toContain(en("revision-field-address"));
  });

  it("when the admin rejects with a reason, then the published offer stays and the author is told in their language", async () => {
    await press(revisionRejectButton.pack(revisionId));
    expect(stripBidi(String(t.api.callsTo("sendMessage").at(-1)?.payload.text))).toBe(en("revision-reject-ask-reason", { title: "Kochtreff", max: 500 }));
    await t.bot.handleUpdate(textUpdate(admin(), "Please keep the old time, the hall is booked."));

    expect(stripBidi(String(t.api.callsTo("sendMessage").at(-1)?.payload.text))).toBe(en("revision-rejected"));
    expect(await db.prisma.offerRevision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({ status: "REJECTED", reason: "Please keep the old time, the hall is booked." });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).costText).toBeNull();
    expect(await notes.notices()).toMatchObject([{ kind: "offer-revision-rejected", to: { telegramId: cast.users.untrusted.telegramId, locale: "uk" }, reason: "Please keep the old time, the hall is booked." }]);
  });

  it("when a change was decided meanwhile, then opening, approving or rejecting it says so and shows the queue", async () => {
    await press(revisionApproveButton.pack(revisionId));
    expect(lastNotice()).toBe(en("revision-approved"));
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).costText).toBe("2 €");

    for (const data of [revisionOpenButton.pack(revisionId), revisionApproveButton.pack(revisionId), revisionRejectButton.pack(revisionId), revisionOpenButton.pack(999_999)]) {
      await press(data);
      expect(lastNotice()).toBe(en("error-revision-not-pending"));
      expect(screenText()).toContain(en("admin-approvals-none"));
    }
    expect(await db.prisma.offerRevision.count({ where: { status: "APPROVED" } })).toBe(1);
  });
});

describe("notices about revisions", () => {
  const i18n = createI18n({ defaultLocale: "de" });
  const offer = { offerId: 2, title: "Kochtreff <Nord>", startsAt: new Date("2026-12-05T14:00:00Z"), endsAt: null, place: "Coerde" };

  async function sent(notice: Notice): Promise<string> {
    const locale = notice.to.locale ?? "de";
    const { text } = renderNotice(notice, (key, args) => translatorOf(i18n)(locale, key, args), { locale, timezone: "Europe/Berlin" });
    return stripBidi(text);
  }

  it("when a change waits, is approved or is rejected, then the recipient reads it in their language, with the organization or the reason", async () => {
    const to = (locale: string) => ({ telegramId: 4242n, locale });
    const pending = await sent({ kind: "offer-revision-pending", to: to("en"), offer, organizationName: "Neuer Partner" });
    expect(pending).toContain(stripBidi(i18n.t("en", "notice-offer-revision-pending")));
    expect(pending).toContain("Kochtreff &lt;Nord&gt;");
    expect(pending).toContain(stripBidi(i18n.t("en", "offer-organizer", { name: "Neuer Partner" })));
    expect(await sent({ kind: "offer-revision-approved", to: to("ar"), offer })).toContain(stripBidi(i18n.t("ar", "notice-offer-revision-approved")));
    const rejected = await sent({ kind: "offer-revision-rejected", to: to("uk"), offer, reason: "Bitte <keine> Preise" });
    expect(rejected).toContain(stripBidi(i18n.t("uk", "notice-offer-revision-rejected")));
    expect(rejected).toContain("Bitte &lt;keine&gt; Preise");
  });
});
