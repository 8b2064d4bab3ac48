import { describe, expect, it } from "vitest";
import {
  adminAuditFilterButton,
  adminApproveButton,
  adminAuditButton,
  adminInviteButton,
  adminOrganizationButton,
  adminRejectButton,
  adminRevokeButton,
  adminScreenButton,
  adminStaffButton,
  adminTrustButton,
} from "../../src/bot/keyboards/admin.ts";
import { createTestBot, useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons, lastScreen } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, stickerUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const admin: TestUser = { id: 701, first_name: "Frau Demir", language_code: "de" };
const newcomer: TestUser = { id: 702, first_name: "Herr <b>Kaya</b>", language_code: "de" };
const resident: TestUser = { id: 703, first_name: "Olena", language_code: "de" };
const staff: TestUser = { id: 704, first_name: "Frau Lenz", language_code: "de" };


describe("bot: /admin", () => {
  const { db, t } = useTestBot({ adminIds: [BigInt(admin.id)] });

  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));
  const lastText = () => stripBidi(String(lastScreen(t.api).payload.text));
  const lastNotice = () => stripBidi(String(t.api.callsTo("answerCallbackQuery").at(-1)?.payload.text));
  const send = (update: Parameters<typeof t.bot.handleUpdate>[0]) => t.bot.handleUpdate(update);
  const userRow = (user: TestUser) => db.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } });

  /** Invites through the button and returns the token of the link the admin got. */
  async function inviteLink(organizationId: number): Promise<string> {
    await send(callbackUpdate(admin, adminInviteButton.pack(organizationId)));
    const message = t.api.callsTo("sendMessage").at(-1)!;
    const token = /https:\/\/t\.me\/treffpunkt_test_bot\?start=invite_([A-Za-z0-9_-]{16,32})/.exec(message.payload.text)?.[1];
    expect(token).toBeDefined();
    return token!;
  }

  async function pendingOffer(title: string): Promise<number> {
    const org = await t.services.catalog.saveOrganization({ name: "Jugendtreff Ost" });
    const profile = await t.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name, languageCode: "de" });
    await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: org.id } });
    const { status: _status, ...input } = offerInput({ organizationId: org.id, startsAt: "2026-12-10T15:00:00Z", texts: { de: { title, summary: "Kurz" } } });
    const created = await t.services.offerManagement.create(profile.id, input, true);
    expect(created.status).toBe("PENDING_APPROVAL");
    return created.id;
  }

  it("when an admin creates an organization, invites, trusts it and revokes the new member, then each step is stored", async () => {
    await send(commandUpdate(admin, "admin"));
    expect(lastText()).toContain(de("admin-menu-title"));
    await send(callbackUpdate(admin, adminScreenButton.pack("orgs")));
    expect(lastText()).toContain(de("admin-organizations-none"));

    // The conversation: a name that is too long gets a hint, then a valid one is created.
    await send(callbackUpdate(admin, adminScreenButton.pack("new-org")));
    expect(lastText()).toBe(de("admin-organization-ask-name", { max: 160 }));
    await send(textUpdate(admin, "x".repeat(161)));
    expect(lastText()).toBe(de("admin-organization-name-hint", { max: 160 }));
    await send(textUpdate(admin, "Nachbarschaft <Nord> & Co"));
    expect(lastText()).toBe(de("admin-organization-created", { name: "Nachbarschaft <Nord> & Co" }));
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { name: "Nachbarschaft <Nord> & Co" } });
    expect(org.trusted).toBe(false);

    // Names typed by people are escaped in HTML screens.
    await send(callbackUpdate(admin, adminScreenButton.pack("orgs")));
    expect(lastScreen(t.api).payload.parse_mode).toBe("HTML");
    expect(lastText()).toContain("Nachbarschaft &lt;Nord&gt; &amp; Co");

    const token = await inviteLink(org.id);
    const invitation = t.api.callsTo("sendMessage").at(-1)!;
    const share = buttons(invitation).find((b) => b.url?.startsWith("https://t.me/share/url?url="));
    expect(decodeURIComponent(share!.url!)).toContain(`start=invite_${token}`);
    // Valid seven days from the fixed clock (2026-12-01 11:00 Berlin).
    expect(stripBidi(invitation.payload.text)).toContain("8. Dez.");

    await send(commandUpdate(newcomer, "start", `invite_${token}`));
    expect(t.api.textsTo(newcomer.id).at(-1)).toBe(de("staff-welcome", { organization: "Nachbarschaft <Nord> & Co" }));
    expect(await userRow(newcomer)).toMatchObject({ role: "STAFF", organizationId: org.id });

    await send(callbackUpdate(admin, adminOrganizationButton.pack(org.id)));
    expect(buttons(lastScreen(t.api)).map((b) => b.text)).toContain(de("admin-organization-trusted-off"));
    await send(callbackUpdate(admin, adminTrustButton.pack({ organizationId: org.id, trusted: true })));
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).trusted).toBe(true);
    expect(buttons(lastScreen(t.api)).map((b) => b.text)).toContain(de("admin-organization-trusted-on"));

    await send(callbackUpdate(admin, adminStaffButton.pack(org.id)));
    expect(lastText()).toContain("Herr &lt;b&gt;Kaya&lt;/b&gt;");
    const newcomerId = (await userRow(newcomer)).id;
    const revoke = buttons(lastScreen(t.api)).find((b) => b.callback_data === adminRevokeButton.pack({ organizationId: org.id, userId: newcomerId }));
    expect(stripBidi(revoke!.text)).toBe(de("admin-staff-revoke", { name: newcomer.first_name }));
    await send(callbackUpdate(admin, revoke!.callback_data!));
    expect(lastNotice()).toBe(de("admin-staff-revoked", { name: newcomer.first_name }));
    expect(await userRow(newcomer)).toMatchObject({ role: "RESIDENT", organizationId: null });
    expect(lastText()).toContain(de("admin-staff-none"));
  });

  it("when an admin types a name that is taken, then they are asked again and /cancel leaves without a second row", async () => {
    await t.services.catalog.saveOrganization({ name: "Stadtbibliothek" });
    await send(commandUpdate(admin, "admin"));
    await send(callbackUpdate(admin, adminScreenButton.pack("new-org")));
    await send(textUpdate(admin, "Stadtbibliothek"));
    expect(lastText()).toBe(de("error-organization-exists"));
    await send(commandUpdate(admin, "cancel"));
    expect(lastText()).toBe(de("admin-cancelled"));
    expect(await db.prisma.organization.count()).toBe(1);
  });

  it("when an invitation link is opened a second time, after its expiry or forged, then the right error is shown and nobody joins", async () => {
    const { id: organizationId } = await t.services.catalog.saveOrganization({ name: "Tafel" });
    const used = await inviteLink(organizationId);
    await send(commandUpdate(newcomer, "start", `invite_${used}`));
    await send(commandUpdate(resident, "start", `invite_${used}`));
    expect(t.api.textsTo(resident.id).at(-1)).toBe(de("error-invitation-used"));

    const expired = await inviteLink(organizationId);
    const later = createTestBot(db, { adminIds: [BigInt(admin.id)], now: "2026-12-08T10:00:01Z" });
    await later.bot.handleUpdate(commandUpdate(resident, "start", `invite_${expired}`));
    expect(later.api.textsTo(resident.id).at(-1)).toBe(de("error-invitation-expired"));

    await send(commandUpdate(resident, "start", "invite_AAAAAAAAAAAAAAAAAAAAAA"));
    expect(t.api.textsTo(resident.id).at(-1)).toBe(de("error-invitation-invalid"));
    expect(await userRow(resident)).toMatchObject({ role: "RESIDENT", organizationId: null });
  });

  it("when an admin approves a pending offer with the button, then it is published and the queue is empty", async () => {
    const offerId = await pendingOffer("Kochen <für> alle");
    await send(commandUpdate(admin, "admin"));
    await send(callbackUpdate(admin, adminScreenButton.pack("approvals")));
    expect(lastText()).toContain("Kochen &lt;für&gt; alle");
    expect(lastText()).toContain("Jugendtreff Ost");

    await send(callbackUpdate(admin, adminApproveButton.pack(offerId)));
    expect(lastNotice()).toBe(de("admin-approved"));
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("PUBLISHED");
    expect(lastText()).toContain(de("admin-approvals-none"));

    // Pressing it again (an old message) is answered, not crashed on.
    await send(callbackUpdate(admin, adminApproveButton.pack(offerId)));
    expect(lastNotice()).toBe(de("error-offer-not-pending"));
  });

  it("when an admin rejects a pending offer with a reason, then the reason is stored and the offer goes back to draft", async () => {
    const offerId = await pendingOffer("Nähcafé");
    await send(callbackUpdate(admin, adminRejectButton.pack(offerId)));
    expect(lastText()).toBe(de("admin-reject-ask-reason", { title: "Nähcafé", max: 500 }));
    await send(stickerUpdate(admin));
    expect(lastText()).toBe(de("admin-reject-reason-hint", { max: 500 }));
    await send(textUpdate(admin, "Bitte die Uhrzeit ergänzen."));
    expect(lastText()).toBe(de("admin-rejected"));
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ status: "DRAFT", rejectionReason: "Bitte die Uhrzeit ergänzen." });
  });

  it("when the audit log has more than ten entries, then it shows the newest ten and pages with ◀ ▶", async () => {
    const adminUser = await t.services.users.identify({ telegramId: BigInt(admin.id), firstName: admin.first_name, languageCode: "de" });
    for (let i = 1; i <= 12; i++) await t.services.staff.createOrganization(adminUser.id, { name: `Verein ${i}` });
    const entries = await db.prisma.auditEntry.findMany({ orderBy: { id: "desc" } });
    expect(entries).toHaveLength(12);

    // Each entry in words: what (and on what), then who and when.
    const created = de("audit-action-organization-created");
    const plain = () => lastText().replace(/<[^>]+>/g, "");
    const whatLines = () => plain().split("\n").filter((line) => line.startsWith(created));
    await send(callbackUpdate(admin, adminAuditButton.pack(0)));
    const first = whatLines();
    expect(first).toHaveLength(10);
    expect(first[0]).toBe(`${created} · Verein 12`);
    const lines = plain().split("\n");
    expect(lines[lines.indexOf(first[0]!) + 1]).toMatch(new RegExp(`^${de("audit-who-admin", { id: String(adminUser.id) })} · .*\\d`));
    expect(lastText()).not.toContain("organization.created");
    expect(buttons(lastScreen(t.api)).map((b) => b.callback_data)).toEqual([adminAuditButton.pack(1), adminAuditFilterButton.pack("orgs"), adminScreenButton.pack("menu")]);

    await send(callbackUpdate(admin, adminAuditButton.pack(1)));
    expect(whatLines()).toEqual([`${created} · Verein 2`, `${created} · Verein 1`]);
    expect(buttons(lastScreen(t.api)).map((b) => b.callback_data)).toEqual([adminAuditButton.pack(0), adminAuditFilterButton.pack("orgs"), adminScreenButton.pack("menu")]);
  });

  it("when a resident sends /admin or forges admin buttons, then each is refused, nothing changes and access.denied is audited", async () => {
    const { id: organizationId } = await t.services.catalog.saveOrganization({ name: "Tafel" });
    const offerId = await pendingOffer("Nähcafé");
    await send(commandUpdate(resident, "admin"));
    const forged = [
      adminTrustButton.pack({ organizationId, trusted: true }),
      adminInviteButton.pack(organizationId),
      adminApproveButton.pack(offerId),
      adminRejectButton.pack(offerId),
      adminAuditButton.pack(0),
      adminScreenButton.pack("new-org"),
    ];
    for (const data of forged) await send(callbackUpdate(resident, data));
    // Staff are not admins either.
    await send(commandUpdate(staff, "admin"));

    expect(t.api.textsTo(resident.id)).toEqual([de("error-forbidden")]);
    expect(t.api.textsTo(staff.id)).toEqual([de("error-forbidden")]);
    expect(t.api.callsTo("answerCallbackQuery").map((c) => c.payload.text)).toEqual(forged.map(() => de("error-forbidden")));
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })).trusted).toBe(false);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("PENDING_APPROVAL");
    expect(await db.prisma.invitation.count()).toBe(0);

    const denied = await db.prisma.auditEntry.findMany({ where: { action: "access.denied" }, orderBy: { id: "asc" } });
    const residentId = (await userRow(resident)).id;
    expect(denied).toHaveLength(forged.length + 2);
    expect(denied[0]).toMatchObject({ actorUserId: residentId, targetType: "/admin" });
    expect(denied[1]).toMatchObject({ actorUserId: residentId, targetType: "admin.trust", targetId: forged[0] });
  });
});
