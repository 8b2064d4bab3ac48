// Forged /admin buttons (organizations, staff, invitations, revoking, admin roles, the audit log
// and its filter) from every kind of person: only admins get through; everyone else is refused
// politely, nothing changes and the attempt is in the audit log.
import { beforeEach, describe, expect, it } from "vitest";
import {
  adminAdminsButton,
  adminAuditButton,
  adminAuditFilterButton,
  adminAuditOrgButton,
  adminInviteButton,
  adminOrganizationButton,
  adminRevokeButton,
  adminRoleButton,
  adminScreenButton,
  adminStaffButton,
  adminTrustButton,
} from "../../src/bot/keyboards/admin.ts";
import { ACTOR_NAMES, ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { callbackUpdate, type TestUser } from "../support/updates.ts";

/** Every admin button this feature owns, with payloads naming real rows. */
const BUTTONS = (cast: Cast): Record<string, string> => ({
  organizations: adminScreenButton.pack("orgs"),
  "new organization": adminScreenButton.pack("new-org"),
  organization: adminOrganizationButton.pack(cast.orgs.B),
  trust: adminTrustButton.pack({ organizationId: cast.orgs.U, trusted: true }),
  invite: adminInviteButton.pack(cast.orgs.A),
  staff: adminStaffButton.pack(cast.orgs.A),
  revoke: adminRevokeButton.pack({ organizationId: cast.orgs.B, userId: cast.users.staffB.id }),
  "make admin": adminRoleButton.pack({ admin: true, organizationId: cast.orgs.A, userId: cast.users.staffA.id }),
  "revoke admin": adminRoleButton.pack({ admin: false, organizationId: 0, userId: cast.users.admin.id }),
  admins: adminAdminsButton.pack("list"),
  "audit page": adminAuditButton.pack(0),
  "audit filter": adminAuditFilterButton.pack("orgs"),
  "audit of A": adminAuditOrgButton.pack({ organizationId: cast.orgs.A, page: 0 }),
});
const NAMES = [
  "organizations",
  "new organization",
  "organization",
  "trust",
  "invite",
  "staff",
  "revoke",
  "make admin",
  "revoke admin",
  "admins",
  "audit page",
  "audit filter",
  "audit of A",
];

describe("bot: forged /admin buttons from every actor", () => {
  const { db, t } = useTestBot({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;

  beforeEach(async () => {
    cast = await seedCast(db);
  });

  const userOf = (who: ActorName): TestUser => ({ id: Number(cast.users[who].telegramId), first_name: who, language_code: "de" });
  const de = (key: string) => stripBidi(t.i18n.t("de", key));
  const snapshot = async () => ({
    organizations: await db.prisma.organization.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, trusted: true } }),
    users: await db.prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, organizationId: true } }),
    invitations: await db.prisma.invitation.count(),
    conversations: await db.prisma.conversationState.count(),
  });
  const answers = () => t.api.callsTo("answerCallbackQuery").map((c) => c.payload.text as string | undefined);

  const refused = ACTOR_NAMES.filter((who) => who !== "admin").flatMap((who) => NAMES.map((name) => [who, name] as const));

  it.each(refused)("when %s presses the %s button, then it is refused, nothing changes and access.denied names them", async (who, name) => {
    const data = BUTTONS(cast)[name]!;
    const before = await snapshot();
    await t.bot.handleUpdate(callbackUpdate(userOf(who), data));

    expect(answers()).toEqual([de("error-forbidden")]);
    expect(t.api.callsTo("editMessageText")).toEqual([]);
    expect(await snapshot()).toEqual(before);
    const entries = await db.prisma.auditEntry.findMany({ select: { actorUserId: true, action: true, targetId: true } });
    expect(entries).toEqual([{ actorUserId: cast.users[who].id, action: "access.denied", targetId: data }]);
  });

  it("when the buttons are listed, then every one of them is tried", () => {
    expect(Object.keys(BUTTONS(cast)).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)("when the admin presses the %s button, then it is not refused", async (name) => {
    await t.bot.handleUpdate(callbackUpdate(userOf("admin"), BUTTONS(cast)[name]!));
    expect(answers()).not.toContain(de("error-forbidden"));
    expect(await db.prisma.auditEntry.count({ where: { action: "access.denied" } })).toBe(0);
  });

  it("when the admin presses make admin, trust and revoke, then those are done and audited; removing a BOT_ADMIN_IDS admin is explained, not done", async () => {
    const admin = userOf("admin");
    const buttons = BUTTONS(cast);
    for (const name of ["make admin", "trust", "revoke", "revoke admin"]) await t.bot.handleUpdate(callbackUpdate(admin, buttons[name]!));
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: cast.users.staffA.id }, select: { role: true } })).toEqual({ role: "ADMIN" });
    expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: cast.orgs.U }, select: { trusted: true } })).toEqual({ trusted: true });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: cast.users.staffB.id }, select: { role: true } })).toEqual({ role: "RESIDENT" });
    // The configured admin is not on the admins screen's "take back" list: the forged press is told so.
    expect(answers().at(-1)).toBe(de("error-admin-configured"));
    expect((await db.prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).map((e) => e.action)).toEqual(["admin.granted", "organization.edited", "staff.revoked"]);
  });

  it("when the admin forges a revoke or a role change for someone of another organization, then nobody is found and nothing changes", async () => {
    const admin = userOf("admin");
    const before = await snapshot();
    await t.bot.handleUpdate(callbackUpdate(admin, adminRevokeButton.pack({ organizationId: cast.orgs.A, userId: cast.users.staffB.id })));
    await t.bot.handleUpdate(callbackUpdate(admin, adminRoleButton.pack({ admin: true, organizationId: cast.orgs.A, userId: cast.users.staffB.id })));
    expect(answers()).toEqual([de("error-not-found"), de("error-not-found")]);
    expect(await snapshot()).toEqual(before);
  });

  it("when a bot-made admin's role was taken back meanwhile, then their old admin buttons are refused", async () => {
    await t.services.staff.grantAdmin(cast.users.admin.id, cast.users.staffA.id);
    await t.bot.handleUpdate(callbackUpdate(userOf("staffA"), adminAuditButton.pack(0)));
    expect(answers()).toEqual([undefined]);
    await t.services.staff.revokeAdmin(cast.users.admin.id, cast.users.staffA.id);
    await t.bot.handleUpdate(callbackUpdate(userOf("staffA"), adminAuditButton.pack(0)));
    expect(answers().at(-1)).toBe(de("error-forbidden"));
  });
});
