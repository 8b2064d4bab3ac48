// Forged buttons, in the bot: every /myoffers button and the admin's approval buttons for
// offers and revisions, pressed by each actor of the cast on offers of A (trusted) and U
// (untrusted). Anyone but the offer's own staff and the admins (for approvals: the admins only)
// gets the polite refusal; nothing changes and nothing of the offer is shown.
import { beforeEach, describe, expect, it } from "vitest";
import { adminApproveButton, adminRejectButton, revisionApproveButton, revisionOpenButton, revisionRejectButton } from "../../src/bot/keyboards/admin.ts";
import {
  attendanceButton,
  staffCancelButton,
  staffCancelConfirmButton,
  staffDateButton,
  staffEditButton,
  staffExportButton,
  staffOfferButton,
  staffRescheduleButton,
} from "../../src/bot/keyboards/staff-offers.ts";
import { ACTOR_NAMES, ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerSnapshot, seedOfferFixture, type OfferFixture } from "../support/offer-fixtures.ts";
import { lastScreen } from "../support/screens.ts";
import { callbackUpdate, type TestUser } from "../support/updates.ts";

const OWNERS = ["A", "U"] as const;
type Owner = (typeof OWNERS)[number];

/** Each button with the data a forger would send, and whether it is an admin's approval button. */
const BUTTONS: Record<string, { data: (fx: OfferFixture) => string; adminOnly: boolean }> = {
  "staff: open offer": { data: (fx) => staffOfferButton.pack(fx.offer), adminOnly: false },
  "staff: participants": { data: (fx) => staffDateButton.pack(fx.occurrence), adminOnly: false },
  "staff: CSV export": { data: (fx) => staffExportButton.pack(fx.occurrence), adminOnly: false },
  "staff: cancel question": { data: (fx) => staffCancelButton.pack(fx.offer), adminOnly: false },
  "staff: cancel confirmed": { data: (fx) => staffCancelConfirmButton.pack(fx.offer), adminOnly: false },
  "staff: change time": { data: (fx) => staffRescheduleButton.pack(fx.offer), adminOnly: false },
  "staff: edit": { data: (fx) => staffEditButton.pack(fx.offer), adminOnly: false },
  "staff: attendance": { data: (fx) => attendanceButton.pack({ signupId: fx.pastSignup, present: true }), adminOnly: false },
  "admin: approve offer": { data: (fx) => adminApproveButton.pack(fx.pending), adminOnly: true },
  "admin: reject offer": { data: (fx) => adminRejectButton.pack(fx.pending), adminOnly: true },
  "admin: open revision": { data: (fx) => revisionOpenButton.pack(fx.revision), adminOnly: true },
  "admin: approve revision": { data: (fx) => revisionApproveButton.pack(fx.revision), adminOnly: true },
  "admin: reject revision": { data: (fx) => revisionRejectButton.pack(fx.revision), adminOnly: true },
};

const OWNER_STAFF: Record<Owner, ActorName> = { A: "staffA", U: "untrusted" };
const refused = (button: string, owner: Owner) =>
  ACTOR_NAMES.filter((who) => who !== "admin" && (BUTTONS[button]!.adminOnly || who !== OWNER_STAFF[owner]));

const CASES = Object.keys(BUTTONS).flatMap((button) => OWNERS.map((owner) => [button, owner, refused(button, owner).join(", ")] as const));

describe("bot: forged offer buttons", () => {
  const { db, t, notes } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let fixtures: Record<Owner, OfferFixture>;

  beforeEach(async () => {
    cast = await seedCast(db);
    fixtures = {
      A: await seedOfferFixture(db, t.services, cast, cast.orgs.A, cast.users.staffA.id),
      U: await seedOfferFixture(db, t.services, cast, cast.orgs.U, cast.users.untrusted.id),
    };
  });

  const userOf = (who: ActorName): TestUser => ({ id: Number(cast.users[who].telegramId), first_name: `Person ${who}`, language_code: "de" });

  it.each(CASES)("when %s of %s is pressed by %s, then each is refused politely and nothing changes", async (button, owner, names) => {
    const before = await offerSnapshot(db);
    const denied = await db.prisma.auditEntry.count({ where: { action: "access.denied" } });
    const who = names.split(", ") as ActorName[];
    expect(who.length).toBeGreaterThan(0);
    for (const actor of who) {
      const user = userOf(actor);
      const callsBefore = t.api.calls.length;
      await t.bot.handleUpdate(callbackUpdate(user, BUTTONS[button]!.data(fixtures[owner])));
      const answers = t.api.calls.slice(callsBefore);
      // One answer to the press, the refusal; no screen, document or conversation question.
      expect(answers.map((c) => c.method), actor).toEqual(["answerCallbackQuery"]);
      expect(stripBidi(String(answers[0]!.payload.text)), actor).toBe(stripBidi(t.i18n.t("de", "error-forbidden")));
    }
    expect(await offerSnapshot(db)).toEqual(before);
    expect(await db.prisma.auditEntry.count({ where: { action: "access.denied" } })).toBe(denied + who.length);
    expect(await notes.notices()).toEqual([]);
  });

  it("when the offer's own staff and an admin press the same buttons, then they get through (the refusals above are about who, not what)", async () => {
    const press = (who: ActorName, data: string) => t.bot.handleUpdate(callbackUpdate(userOf(who), data));
    const forbidden = stripBidi(t.i18n.t("de", "error-forbidden"));
    const refusedAnswers = () => t.api.callsTo("answerCallbackQuery").filter((c) => stripBidi(String(c.payload.text ?? "")) === forbidden);

    await press("untrusted", staffOfferButton.pack(fixtures.U.offer));
    expect(stripBidi(String(lastScreen(t.api).payload.text))).toContain(stripBidi(t.i18n.t("de", "revision-waiting-own")));
    await press("untrusted", staffDateButton.pack(fixtures.U.occurrence));
    await press("staffA", staffExportButton.pack(fixtures.A.occurrence));
    await press("admin", revisionOpenButton.pack(fixtures.U.revision));
    await press("admin", revisionApproveButton.pack(fixtures.U.revision));
    await press("admin", adminApproveButton.pack(fixtures.A.pending));

    expect(refusedAnswers()).toEqual([]);
    expect(t.api.callsTo("sendDocument")).toHaveLength(1);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: fixtures.U.offer } })).costText).toBe("2 €");
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: fixtures.A.pending } })).status).toBe("PUBLISHED");
  });
});
