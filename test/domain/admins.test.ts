// Admins made in the bot: an admin makes a staff member admin and takes it back; BOT_ADMIN_IDS
// stay admins whatever the bot does (the root of trust), and nobody takes their own role.
import { beforeEach, describe, expect, it } from "vitest";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";

describe("admins in the bot", () => {
  const { db, services } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let admin: number;

  beforeEach(async () => {
    cast = await seedCast(db);
    admin = cast.users.admin.id;
  });

  const roleOf = async (id: number) => db.prisma.user.findUniqueOrThrow({ where: { id }, select: { role: true, organizationId: true } });

  it("when an admin makes staff of A an admin, then they are admin (keeping A) and can themselves manage partners; taking it back makes them staff of A again", async () => {
    const staffA = cast.users.staffA.id;
    await services.staff.grantAdmin(admin, staffA);
    expect(await roleOf(staffA)).toEqual({ role: "ADMIN", organizationId: cast.orgs.A });
    expect(await services.actors.load(staffA)).toMatchObject({ role: "ADMIN", organizationId: cast.orgs.A });
    // The new admin acts as one: lists organizations, invites to B.
    await expect(services.staff.invite(staffA, cast.orgs.B)).resolves.toMatchObject({ token: expect.any(String) });
    expect((await services.staff.listStaff(admin, cast.orgs.A)).find((m) => m.userId === staffA)).toMatchObject({ admin: true, configuredAdmin: false });

    await services.staff.revokeAdmin(admin, staffA);
    expect(await roleOf(staffA)).toEqual({ role: "STAFF", organizationId: cast.orgs.A });
    await expect(services.staff.invite(staffA, cast.orgs.B)).rejects.toMatchObject({ code: "forbidden" });

    const entries = await db.prisma.auditEntry.findMany({ where: { action: { startsWith: "admin." } }, orderBy: { id: "asc" } });
    expect(entries).toMatchObject([
      { action: "admin.granted", actorUserId: admin, targetType: "user", targetId: String(staffA), organizationId: cast.orgs.A },
      { action: "admin.revoked", actorUserId: admin, targetType: "user", targetId: String(staffA), organizationId: cast.orgs.A },
    ]);
  });

  it("when someone is made admin twice, then the second time changes and records nothing", async () => {
    await services.staff.grantAdmin(admin, cast.users.staffB.id);
    await services.staff.grantAdmin(admin, cast.users.staffB.id);
    expect(await db.prisma.auditEntry.count({ where: { action: "admin.granted" } })).toBe(1);
  });

  it("when an admin tries to make a resident (no organization) an admin, then it is not found and nothing changes", async () => {
    await expect(services.staff.grantAdmin(admin, cast.users.resident.id)).rejects.toMatchObject({ code: "not-found" });
    await expect(services.staff.grantAdmin(admin, cast.users.revoked.id)).rejects.toMatchObject({ code: "not-found" });
    expect(await roleOf(cast.users.resident.id)).toEqual({ role: "RESIDENT", organizationId: null });
  });

  it("when a bot-made admin tries to remove a BOT_ADMIN_IDS admin or themselves, then both are refused and roles stay", async () => {
    const made = cast.users.staffA.id;
    await services.staff.grantAdmin(admin, made);
    await expect(services.staff.revokeAdmin(made, admin)).rejects.toMatchObject({ code: "admin-configured" });
    await expect(services.staff.revokeAdmin(made, made)).rejects.toMatchObject({ code: "admin-self" });
    await expect(services.staff.revokeAdmin(admin, admin)).rejects.toMatchObject({ code: "admin-configured" });
    // Nor through "revoke staff": that would take the admin role too.
    await expect(services.staff.revoke(made, made)).rejects.toMatchObject({ code: "admin-self" });
    await expect(services.staff.revoke(made, admin)).rejects.toMatchObject({ code: "not-found" }); // no staff member: an admin by configuration only
    expect(await roleOf(made)).toEqual({ role: "ADMIN", organizationId: cast.orgs.A });
    expect(await services.actors.load(admin)).toMatchObject({ role: "ADMIN" });
  });

  it("when two bot-made admins remain, then one can take the other's role: the one who acts stays admin", async () => {
    const [first, second] = [cast.users.staffA.id, cast.users.staffB.id];
    await services.staff.grantAdmin(admin, first);
    await services.staff.grantAdmin(admin, second);
    await services.staff.revokeAdmin(first, second);
    expect((await services.actors.load(first)).role).toBe("ADMIN");
    expect((await services.actors.load(second)).role).toBe("STAFF");
  });

  it("when the admins are listed, then BOT_ADMIN_IDS and bot-made admins show, with the organization and which can't be removed", async () => {
    await services.staff.grantAdmin(admin, cast.users.staffB.id);
    expect(await services.staff.listAdmins(admin)).toEqual([
      { userId: cast.users.staffB.id, firstName: "Person 3", organizationName: "Sportverein B", configuredAdmin: false },
      { userId: admin, firstName: "Person 6", organizationName: null, configuredAdmin: true },
    ]);
  });
});
