import { beforeEach, describe, expect, it } from "vitest";
import { requireStaffOf } from "../../src/domain/actors.ts";
import { ForbiddenError } from "../../src/domain/errors.ts";
import { INVITATION_VALIDITY_MS } from "../../src/domain/staff.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const ADMIN_TG = 1n;
const OTHER_ADMIN_TG = 3n;

describe("staff and organizations", () => {
  const { db, services, clock } = useServices({ now: NOW, adminIds: [ADMIN_TG, OTHER_ADMIN_TG] });
  let admin: number;
  let resident: number;

  beforeEach(async () => {
    admin = await person(ADMIN_TG, "Admin");
    resident = await person(2n, "Rana");
  });

  async function person(telegramId: bigint, firstName: string): Promise<number> {
    return (await services.users.identify({ telegramId, firstName })).id;
  }
  async function organization(name = "Jugendzentrum Nord"): Promise<number> {
    return (await services.staff.createOrganization(admin, { name })).id;
  }
  /** A staff member of `organizationId`, through an invitation as in the bot. */
  async function staffOf(organizationId: number, telegramId = 10n, firstName = "Sami"): Promise<number> {
    const userId = await person(telegramId, firstName);
    const { token } = await services.staff.invite(admin, organizationId);
    await services.staff.acceptInvitation(userId, token);
    return userId;
  }
  const userRow = (id: number) => db.prisma.user.findUniqueOrThrow({ where: { id }, select: { role: true, organizationId: true } });

  it("when an admin creates and edits an organization, then the list shows it with its trusted flag and staff count", async () => {
    const { id } = await services.staff.createOrganization(admin, { name: "  Sportverein Coerde  ", contact: "info@sv.example", sourceLocale: "en" });
    await staffOf(id);

    expect(await services.staff.listOrganizations(admin)).toEqual([
      { id, name: "Sportverein Coerde", contact: "info@sv.example", sourceLocale: "en", trusted: false, staffCount: 1 },
    ]);

    await services.staff.editOrganization(admin, id, { name: "SV Coerde", contact: null, trusted: true });

    expect(await services.staff.listOrganizations(admin)).toEqual([{ id, name: "SV Coerde", contact: null, sourceLocale: "en", trusted: true, staffCount: 1 }]);
  });

  it("when an organization name is taken, empty or too long, then it is refused with organization-exists or invalid-input", async () => {
    await organization("Stadtteilbüro");
    const second = await organization("Caritas");

    await expect(services.staff.createOrganization(admin, { name: " Stadtteilbüro " })).rejects.toMatchObject({ code: "organization-exists" });
    await expect(services.staff.editOrganization(admin, second, { name: "Stadtteilbüro" })).rejects.toMatchObject({ code: "organization-exists" });
    await expect(services.staff.createOrganization(admin, { name: "   " })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(services.staff.createOrganization(admin, { name: "x".repeat(161) })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(services.staff.createOrganization(admin, { name: "y", sourceLocale: "xx" })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(services.staff.editOrganization(admin, 999_999, { trusted: true })).rejects.toMatchObject({ code: "not-found" });
    await expect(services.staff.createOrganization(admin, { name: "x".repeat(160) })).resolves.toMatchObject({ id: expect.any(Number) });

    const names = (await db.prisma.organization.findMany({ orderBy: { id: "asc" } })).map((o) => o.name);
    expect(names).toEqual(["Stadtteilbüro", "Caritas", "x".repeat(160)]);
  });

  it("when a resident or a staff member tries admin actions, then each is ForbiddenError and nothing is changed", async () => {
    const orgId = await organization();
    const staff = await staffOf(orgId);
    const auditBefore = await db.prisma.auditEntry.count();

    for (const actor of [resident, staff]) {
      await expect(services.staff.createOrganization(actor, { name: "Eigene Organisation" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(services.staff.editOrganization(actor, orgId, { trusted: true, name: "Gekapert" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(services.staff.listOrganizations(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(services.staff.invite(actor, orgId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(services.staff.listStaff(actor, orgId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(services.staff.revoke(actor, staff)).rejects.toBeInstanceOf(ForbiddenError);
    }

    expect(await db.prisma.organization.findMany({ select: { name: true, trusted: true } })).toEqual([{ name: "Jugendzentrum Nord", trusted: false }]);
    expect(await db.prisma.invitation.count()).toBe(1); // the one that made `staff`
    expect(await userRow(staff)).toEqual({ role: "STAFF", organizationId: orgId });
    expect(await userRow(resident)).toEqual({ role: "RESIDENT", organizationId: null });
    expect(await db.prisma.auditEntry.count()).toBe(auditBefore);
  });

  it("when someone opens an invitation, then they become staff of that organization and of no other", async () => {
    const orgId = await organization();
    const otherOrgId = await organization("Polizei Münster");

    const { token, expiresAt } = await services.staff.invite(admin, orgId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(expiresAt.toISOString()).toBe("2026-12-08T10:00:00.000Z");

    await expect(services.staff.acceptInvitation(resident, token)).resolves.toEqual({ organizationId: orgId, organizationName: "Jugendzentrum Nord" });

    expect(await userRow(resident)).toEqual({ role: "STAFF", organizationId: orgId });
    const actor = await services.actors.load(resident);
    expect(() => requireStaffOf(actor, orgId, "offer.edit")).not.toThrow();
    expect(() => requireStaffOf(actor, otherOrgId, "offer.edit")).toThrow(ForbiddenError);
    expect(await services.staff.listStaff(admin, orgId)).toEqual([{ userId: resident, firstName: "Rana", admin: false, configuredAdmin: false }]);
    expect(await services.staff.listStaff(admin, otherOrgId)).toEqual([]);
  });

  it("when an invitation is used, expired or unknown, then invitation-used, invitation-expired or invitation-invalid and nobody else becomes staff", async () => {
    const orgId = await organization();
    const late = await person(20n, "Spät");
    const used = await services.staff.invite(admin, orgId);
    const lastMoment = await services.staff.invite(admin, orgId);
    const expired = await services.staff.invite(admin, orgId);
    await services.staff.acceptInvitation(resident, used.token);

    await expect(services.staff.acceptInvitation(late, used.token)).rejects.toMatchObject({ code: "invitation-used" });
    clock.advance(INVITATION_VALIDITY_MS - 1);
    await services.staff.acceptInvitation(await person(21n, "Pünktlich"), lastMoment.token);
    clock.advance(1);
    await expect(services.staff.acceptInvitation(late, expired.token)).rejects.toMatchObject({ code: "invitation-expired" });
    await expect(services.staff.acceptInvitation(late, "forged-token-forged-tok")).rejects.toMatchObject({ code: "invitation-invalid" });

    expect(await userRow(late)).toEqual({ role: "RESIDENT", organizationId: null });
    expect(await db.prisma.invitation.findUniqueOrThrow({ where: { token: expired.token } })).toMatchObject({ usedAt: null, usedByUserId: null });
  });

  it("when several people open one link at the same moment, then exactly one becomes staff and the others get invitation-used", async () => {
    const orgId = await organization();
    const people = await Promise.all([100n, 101n, 102n, 103n, 104n].map((tg) => person(tg, `P${tg}`)));
    const { token } = await services.staff.invite(admin, orgId);

    const outcomes = await Promise.allSettled(people.map((userId) => services.staff.acceptInvitation(userId, token)));

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected.map((o) => (o.reason as { code?: string }).code)).toEqual(Array(people.length - 1).fill("invitation-used"));
    const staff = await db.prisma.user.findMany({ where: { role: "STAFF" }, select: { id: true } });
    expect(staff).toHaveLength(1);
    const invitation = await db.prisma.invitation.findUniqueOrThrow({ where: { token } });
    expect(invitation.usedByUserId).toBe(staff[0]!.id);
    expect(await db.prisma.auditEntry.count({ where: { action: "staff.joined" } })).toBe(1);
  });

  it("when an admin opens an invitation, then they stay admin and get the organization", async () => {
    const orgId = await organization();
    const storedAdmin = await person(30n, "Gespeichert");
    await db.prisma.user.update({ where: { id: storedAdmin }, data: { role: "ADMIN" } });

    await services.staff.acceptInvitation(admin, (await services.staff.invite(admin, orgId)).token);
    await services.staff.acceptInvitation(storedAdmin, (await services.staff.invite(admin, orgId)).token);

    expect(await services.actors.load(admin)).toMatchObject({ role: "ADMIN", organizationId: orgId });
    expect(await services.actors.load(storedAdmin)).toMatchObject({ role: "ADMIN", organizationId: orgId });
    expect(await userRow(storedAdmin)).toEqual({ role: "ADMIN", organizationId: orgId });
  });

  it("when an admin revokes a staff member, then they are a resident again and can no longer act for the organization", async () => {
    const orgId = await organization();
    const staff = await staffOf(orgId);
    requireStaffOf(await services.actors.load(staff), orgId, "offer.edit");

    await services.staff.revoke(admin, staff);

    expect(await userRow(staff)).toEqual({ role: "RESIDENT", organizationId: null });
    const actor = await services.actors.load(staff);
    expect(() => requireStaffOf(actor, orgId, "offer.edit")).toThrow(ForbiddenError);
    expect(await services.staff.listStaff(admin, orgId)).toEqual([]);
    await expect(services.staff.revoke(admin, staff)).rejects.toMatchObject({ code: "not-found" });
  });

  it("when an admin from BOT_ADMIN_IDS is revoked, then it is refused and they keep the organization", async () => {
    const orgId = await organization();
    const otherAdmin = await person(OTHER_ADMIN_TG, "Zweite");
    await services.staff.acceptInvitation(otherAdmin, (await services.staff.invite(admin, orgId)).token);
    const rowBefore = await userRow(otherAdmin);

    await expect(services.staff.revoke(admin, otherAdmin)).rejects.toBeInstanceOf(ForbiddenError);

    expect(await userRow(otherAdmin)).toEqual(rowBefore);
    expect(await services.actors.load(otherAdmin)).toMatchObject({ role: "ADMIN", organizationId: orgId });
    expect(await db.prisma.auditEntry.count({ where: { action: "staff.revoked" } })).toBe(0);
  });

  it("when admins and staff act, then every action is audited with actor and target, newest first, a page at a time", async () => {
    const minute = 60_000;
    const orgId = await organization();
    clock.advance(minute);
    await services.staff.editOrganization(admin, orgId, { trusted: true });
    clock.advance(minute);
    const { token } = await services.staff.invite(admin, orgId);
    clock.advance(minute);
    await services.staff.acceptInvitation(resident, token);
    clock.advance(minute);
    await services.staff.revoke(admin, resident);
    clock.advance(minute);
    await services.staff.recordDenied(resident, "offer.edit", "offer:42");

    const first = await services.audit.page({ actorUserId: admin, page: 0, pageSize: 4 });
    const second = await services.audit.page({ actorUserId: admin, page: 1, pageSize: 4 });

    const view = (e: { actorUserId: number | null; action: string; targetType: string; targetId: string | null }) => [e.actorUserId, e.action, e.targetType, e.targetId];
    expect([...first.entries, ...second.entries].map(view)).toEqual([
      [resident, "access.denied", "offer.edit", "offer:42"],
      [admin, "staff.revoked", "user", String(resident)],
      [resident, "staff.joined", "organization", String(orgId)],
      [admin, "staff.invited", "organization", String(orgId)],
      [admin, "organization.edited", "organization", String(orgId)],
      [admin, "organization.created", "organization", String(orgId)],
    ]);
    expect([first.hasMore, second.hasMore]).toEqual([true, false]);
    expect(first.entries[0]!.createdAt.toISOString()).toBe("2026-12-01T10:05:00.000Z");
    const details = JSON.stringify((await db.prisma.auditEntry.findMany()).map((e) => e.details));
    expect(details).toContain('"trusted":true');
    expect(details).not.toContain(token);
    await expect(services.audit.page({ actorUserId: resident, page: 0 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("when a refused action is recorded without a known user or with an overlong target, then it is stored, cut to the column size", async () => {
    await services.staff.recordDenied(null, "offer.edit", "😀".repeat(100));

    const [entry] = (await services.audit.page({ actorUserId: admin, page: 0 })).entries;
    expect(entry).toMatchObject({ actorUserId: null, action: "access.denied", targetType: "offer.edit", targetId: "😀".repeat(64) });
  });
});
