// Who may manage partners, staff, admin roles and read the audit log: every action × every kind
// of person (test/support/actors.ts). Only admins may; everyone else is refused, nothing changes
// and the refusal is in the audit log as access.denied, with who tried.
import { beforeEach, describe, expect, it } from "vitest";
import { botServices, type BotServices } from "../../src/domain/index.ts";
import { ACTOR_NAMES, ADMIN_TELEGRAM_ID, seedCast, type ActorName, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";

type Action = (bot: BotServices, actor: number, cast: Cast & { madeAdmin: number }) => Promise<unknown>;

/** Each action with otherwise valid arguments; `write` ones change something when allowed. */
const ACTIONS: Record<string, { write: boolean; run: Action }> = {
  "organization create": { write: true, run: (bot, actor) => bot.staff.createOrganization(actor, { name: "Kirchengemeinde" }) },
  "organization edit": { write: true, run: (bot, actor, cast) => bot.staff.editOrganization(actor, cast.orgs.B, { name: "Sportverein B neu", contact: "info@b.example" }) },
  "organization trust": { write: true, run: (bot, actor, cast) => bot.staff.editOrganization(actor, cast.orgs.U, { trusted: true }) },
  "organization list": { write: false, run: (bot, actor) => bot.staff.listOrganizations(actor) },
  invitation: { write: true, run: (bot, actor, cast) => bot.staff.invite(actor, cast.orgs.A) },
  "staff list": { write: false, run: (bot, actor, cast) => bot.staff.listStaff(actor, cast.orgs.A) },
  "staff revoke": { write: true, run: (bot, actor, cast) => bot.staff.revoke(actor, cast.users.staffB.id) },
  "make admin": { write: true, run: (bot, actor, cast) => bot.staff.grantAdmin(actor, cast.users.staffB.id) },
  "revoke admin": { write: true, run: (bot, actor, cast) => bot.staff.revokeAdmin(actor, cast.madeAdmin) },
  "admin list": { write: false, run: (bot, actor) => bot.staff.listAdmins(actor) },
  "audit log read": { write: false, run: (bot, actor) => bot.audit.page({ actorUserId: actor, page: 0 }) },
  "audit log filter": { write: false, run: (bot, actor, cast) => bot.audit.page({ actorUserId: actor, page: 0, organizationId: cast.orgs.A }) },
};

const ALLOWED: Record<ActorName, boolean> = { resident: false, staffA: false, staffB: false, untrusted: false, revoked: false, admin: true };

const CASES = Object.keys(ACTIONS).flatMap((action) => ACTOR_NAMES.map((who) => [action, who] as const));

describe("authorization: partners, staff, admin roles and the audit log", () => {
  const { db, services } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast & { madeAdmin: number };
  let bot: BotServices;

  beforeEach(async () => {
    const seeded = await seedCast(db);
    // An admin made in the bot (staff of A), whom "revoke admin" takes back.
    const madeAdmin = await db.prisma.user.create({ data: { telegramId: 9_000_099n, role: "ADMIN", organizationId: seeded.orgs.A, firstName: "Made" }, select: { id: true } });
    cast = { ...seeded, madeAdmin: madeAdmin.id };
    bot = botServices(services);
  });

  const snapshot = async () => ({
    organizations: await db.prisma.organization.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, contact: true, trusted: true } }),
    users: await db.prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, organizationId: true } }),
    invitations: await db.prisma.invitation.count(),
  });
  const audit = () => db.prisma.auditEntry.findMany({ orderBy: { id: "asc" }, select: { actorUserId: true, action: true, targetType: true } });

  it.each(CASES)("when %s is tried by %s, then it is allowed only for admins; a refusal changes nothing and is audited", async (action, who) => {
    const { write, run } = ACTIONS[action]!;
    const actor = cast.users[who].id;
    const before = await snapshot();

    if (ALLOWED[who]) {
      await expect(run(bot, actor, cast)).resolves.not.toThrow();
      if (write) expect(await snapshot()).not.toEqual(before);
      expect((await audit()).filter((e) => e.action === "access.denied")).toEqual([]);
      return;
    }
    await expect(run(bot, actor, cast)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
    expect(await audit()).toEqual([{ actorUserId: actor, action: "access.denied", targetType: expect.stringMatching(/^(staff|audit)\./) }]);
  });

  it("when an admin's allowed writes run, then each leaves its own audit entry with the organization it is about", async () => {
    const admin = cast.users.admin.id;
    for (const action of ["organization edit", "organization trust", "invitation", "make admin", "revoke admin", "staff revoke"]) await ACTIONS[action]!.run(bot, admin, cast);
    expect(await db.prisma.auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true, organizationId: true, actorRole: true } })).toEqual([
      { action: "organization.edited", organizationId: cast.orgs.B, actorRole: "ADMIN" },
      { action: "organization.edited", organizationId: cast.orgs.U, actorRole: "ADMIN" },
      { action: "staff.invited", organizationId: cast.orgs.A, actorRole: "ADMIN" },
      { action: "admin.granted", organizationId: cast.orgs.B, actorRole: "ADMIN" },
      { action: "admin.revoked", organizationId: cast.orgs.A, actorRole: "ADMIN" },
      { action: "staff.revoked", organizationId: cast.orgs.B, actorRole: "ADMIN" },
    ]);
  });
});
