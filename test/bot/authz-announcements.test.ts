// Forged callback data for every announcement button (edit, cancel, promote, the approval
// queue's approve and reject, the picker's pages) from every actor of the cast: whoever may not
// is refused politely and nothing changes; whoever may gets the next step.
import { beforeEach, describe, expect, it } from "vitest";
import { adminAnnouncementApprovalsButton, adminApproveAnnouncementButton, adminRejectAnnouncementButton } from "../../src/bot/keyboards/admin.ts";
import { cancelAnnouncementButton, editAnnouncementButton, promoteOfferButton } from "../../src/bot/keyboards/broadcast.ts";
import { ACTOR_NAMES, ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { callbackUpdate, commandUpdate, type TestUser } from "../support/updates.ts";

describe("bot: forged announcement buttons", () => {
  const { db, t } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let ids: { announcementA: number; pendingU: number; occurrenceA: number };

  const de = (key: string) => stripBidi(t.i18n.t("de", key));
  const as = (who: ActorName): TestUser => ({ id: Number(cast.users[who].telegramId), first_name: `Person ${who}`, language_code: "de" });
  const lastNotice = () => stripBidi(String(t.api.callsTo("answerCallbackQuery").at(-1)?.payload.text ?? ""));
  const snapshot = async () => ({
    announcements: await db.prisma.announcement.findMany({ orderBy: { id: "asc" } }),
    deliveries: await db.prisma.delivery.findMany({ orderBy: { id: "asc" } }),
  });

  beforeEach(async () => {
    cast = await seedCast(db);
    const offer = (await t.services.offers.saveOffer(offerInput({ organizationId: cast.orgs.A, startsAt: "2026-12-03T14:00:00Z", signupRequired: true }))).id;
    const occurrenceA = await t.services.offers.nextOccurrenceId(offer);
    const draft = {
      texts: { de: "Sprachcafé zieht um" },
      sourceLocale: "de" as const,
      audience: { kind: "SUBSCRIBERS" as const, topic: "general", districtIds: [], languages: [] },
      urgent: false,
      scheduledAt: new Date("2026-12-05T10:00:00Z"),
    };
    const announcementA = (await t.services.announcements.create(cast.users.staffA.id, draft)).id;
    const pendingU = (await t.services.announcements.create(cast.users.untrusted.id, draft)).id;
    ids = { announcementA, pendingU, occurrenceA };
  });

  /** Each button, who may press it, and what a permitted press leads to. */
  const presses: Record<string, { data: () => string; allowed: readonly ActorName[]; changes: boolean; next: string }> = {
    "edit A's announcement": { data: () => editAnnouncementButton.pack(ids.announcementA), allowed: ["staffA", "admin"], changes: false, next: "broadcast-edit-what" },
    "cancel A's announcement": { data: () => cancelAnnouncementButton.pack(ids.announcementA), allowed: ["staffA", "admin"], changes: true, next: "broadcast-cancelled-scheduled" },
    "promote A's offer": { data: () => promoteOfferButton.pack(ids.occurrenceA), allowed: ["staffA", "admin"], changes: false, next: "broadcast-ask-translations" },
    "open the announcements to approve": { data: () => adminAnnouncementApprovalsButton.pack("list"), allowed: ["admin"], changes: false, next: "admin-announcement-approvals-title" },
    "approve U's announcement": { data: () => adminApproveAnnouncementButton.pack(ids.pendingU), allowed: ["admin"], changes: true, next: "admin-announcement-approved" },
    "reject U's announcement": { data: () => adminRejectAnnouncementButton.pack(ids.pendingU), allowed: ["admin"], changes: false, next: "admin-announcement-reject-ask-reason" },
    // The picker's pages are answers inside /broadcast; outside it they are stale for everyone.
    "a picker page": { data: () => "bc:occp:3", allowed: [], changes: false, next: "" },
  };
  const refusals = ["error-forbidden", "error-announcement-not-editable", "error-stale-button"];

  const cases = Object.entries(presses).flatMap(([name, press]) => ACTOR_NAMES.map((who) => [name, who, press.allowed.includes(who)] as const));

  it.each(cases)("%s, pressed by %s: allowed = %s", async (name, who, allowed) => {
    const press = presses[name]!;
    const before = await snapshot();
    await t.bot.handleUpdate(callbackUpdate(as(who), press.data()));
    const texts = t.api.textsTo(as(who).id).map(stripBidi);
    if (allowed) {
      // The first words of the next step's text (its variables come later in the sentence).
      const expected = stripBidi(t.i18n.t("de", press.next, { id: ids.pendingU, max: 500 })).slice(0, 20);
      expect([lastNotice(), ...texts].some((text) => text.includes(expected))).toBe(true);
      if (!press.changes) expect(await snapshot()).toEqual(before);
      return;
    }
    expect(refusals.map(de)).toContain(lastNotice());
    expect(await snapshot()).toEqual(before);
  });

  it("when staff of another organization open /announcements, then they do not see A's announcement", async () => {
    await t.bot.handleUpdate(commandUpdate(as("staffB"), "announcements"));
    expect(t.api.textsTo(as("staffB").id).at(-1)).not.toContain("Sprachcafé");
    await t.bot.handleUpdate(commandUpdate(as("admin"), "announcements"));
    const adminView = stripBidi(t.api.textsTo(as("admin").id).at(-1)!);
    expect(adminView).toContain("Stadt Münster · Partner A");
    expect(adminView).toContain("Neuer Partner U");
  });

  it("when an offer card is opened, then only staff of its organization and admins see Promote", async () => {
    const promote = de("broadcast-promote");
    for (const who of ACTOR_NAMES) {
      t.api.clear();
      await t.bot.handleUpdate(commandUpdate(as(who), "start", `offer_${(await db.prisma.offerOccurrence.findUniqueOrThrow({ where: { id: ids.occurrenceA } })).offerId}`));
      const shown = t.api.calls.flatMap((c) => (c.payload.reply_markup?.inline_keyboard ?? []).flat().map((b: { text: string }) => stripBidi(b.text)));
      expect(shown.includes(promote), who).toBe(who === "staffA" || who === "admin");
    }
  });
});
