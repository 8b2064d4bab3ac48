// Staff and partner organizations: admins create organizations and invite staff with one-time
// links; whoever opens a link manages that organization's offers until an admin revokes them.
// Audit entries are written after the change commits: on the embedded database a write outside
// an open transaction would wait for it.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { requireAdmin, type Actor, type Actors } from "./actors.ts";
import type { AuditService } from "./audit.ts";
import type { Clock } from "./clock.ts";
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";
import { isLocale } from "./locales.ts";

/** How long an invitation link is valid; config INVITATION_VALIDITY_DAYS. */
export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

const NAME_MAX = 160;
const CONTACT_MAX = 500;
// What the audit columns hold (target_type 32, target_id 64); a forged payload may be longer.
const TARGET_TYPE_MAX = 32;
const TARGET_ID_MAX = 64;

export type OrganizationSummary = Readonly<{
  id: number;
  name: string;
  contact: string | null;
  sourceLocale: string;
  trusted: boolean;
  staffCount: number;
}>;

export type StaffMember = Readonly<{
  userId: number;
  firstName: string | undefined;
  /** An admin (made in the bot, or by BOT_ADMIN_IDS). */
  admin: boolean;
  /** Admin by BOT_ADMIN_IDS: the bot can't take that away. */
  configuredAdmin: boolean;
}>;

/** An admin as the "👑 Admins" screen lists them. */
export type AdminMember = Readonly<{
  userId: number;
  firstName: string | undefined;
  organizationName: string | null;
  /** Admin by BOT_ADMIN_IDS: the bot can't take that away. */
  configuredAdmin: boolean;
}>;

export type StaffServiceDeps = {
  db: Db;
  clock: Clock;
  actors: Actors;
  audit: AuditService;
  invitationValidityMs?: number;
  /** An organization's name or contact changed: the cached offer cards show them (screen-cache.ts). */
  onOffersChanged?: () => void;
};

function checkName(raw: string): string {
  const name = raw.trim();
  if (!name || name.length > NAME_MAX) throw new ValidationError("organization name");
  return name;
}

function checkContact(raw: string | null | undefined): string | null {
  const contact = raw?.trim() || null;
  if (contact && contact.length > CONTACT_MAX) throw new ValidationError("organization contact");
  return contact;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export function createStaffService({ db, clock, actors, audit, invitationValidityMs = INVITATION_VALIDITY_MS, onOffersChanged }: StaffServiceDeps) {
  async function asAdmin(actorUserId: number, action: string): Promise<Actor> {
    const actor = await actors.load(actorUserId);
    requireAdmin(actor, action);
    return actor;
  }

  /** The name is unique; the database decides, so two admins creating one name at once get one row. */
  async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("organization-exists");
      throw error;
    }
  }

  return {
    async createOrganization(actorUserId: number, input: { name: string; contact?: string; sourceLocale?: string }): Promise<{ id: number }> {
      const actor = await asAdmin(actorUserId, "organization.create");
      const name = checkName(input.name);
      const contact = checkContact(input.contact);
      const sourceLocale = input.sourceLocale ?? "de";
      if (!isLocale(sourceLocale)) throw new ValidationError("source language");
      const { id } = await uniqueName(() =>
        db.organization.create({ data: { name, contact, sourceLocale, createdAt: clock.now() }, select: { id: true } }),
      );
      await audit.record({ actorUserId: actor.userId, action: "organization.created", targetType: "organization", targetId: id, details: { name } });
      return { id };
    },

    /** `contact: null` or "" clears the contact; fields left out stay as they are. */
    async editOrganization(
      actorUserId: number,
      organizationId: number,
      input: { name?: string; contact?: string | null; trusted?: boolean },
    ): Promise<void> {
      const actor = await asAdmin(actorUserId, "organization.edit");
      const data: { name?: string; contact?: string | null; trusted?: boolean } = {};
      if (input.name !== undefined) data.name = checkName(input.name);
      if (input.contact !== undefined) data.contact = checkContact(input.contact);
      if (input.trusted !== undefined) data.trusted = input.trusted;
      if (Object.keys(data).length === 0) throw new ValidationError("organization changes");
      const { count } = await uniqueName(() => db.organization.updateMany({ where: { id: organizationId }, data }));
      if (count === 0) throw new NotFoundError("organization");
      onOffersChanged?.(); // an offer's card shows its organization's name and contact
      await audit.record({ actorUserId: actor.userId, action: "organization.edited", targetType: "organization", targetId: organizationId, details: data });
    },

    async listOrganizations(actorUserId: number): Promise<OrganizationSummary[]> {
      await asAdmin(actorUserId, "organization.list");
      const rows = await db.organization.findMany({
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: {
          id: true,
          name: true,
          contact: true,
          sourceLocale: true,
          trusted: true,
          _count: { select: { staff: { where: { deletedAt: null } } } },
        },
      });
      return rows.map(({ _count, ...row }) => ({ ...row, staffCount: _count.staff }));
    },

    /** A one-time link secret; the bot turns it into a deep link. */
    async invite(actorUserId: number, organizationId: number): Promise<{ token: string; expiresAt: Date }> {
      const actor = await asAdmin(actorUserId, "staff.invite");
      const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
      if (!organization) throw new NotFoundError("organization");
      const now = clock.now();
      const token = randomBytes(16).toString("base64url");
      const expiresAt = new Date(now.getTime() + invitationValidityMs);
      const invitation = await db.invitation.create({
        data: { token, organizationId, createdByUserId: actor.userId, createdAt: now, expiresAt },
        select: { id: true },
      });
      // Never the token: the audit log is read by people who must not be able to use it.
      await audit.record({ actorUserId: actor.userId, action: "staff.invited", targetType: "organization", targetId: organizationId, details: { invitationId: invitation.id } });
      return { token, expiresAt };
    },

    async acceptInvitation(userId: number, token: string): Promise<{ organizationId: number; organizationName: string }> {
      // Read before the transaction (the embedded database serializes them); it also refuses
      // unknown and erased users.
      const actor = await actors.load(userId);
      const joined = await db.$transaction(async (tx) => {
        const invitation = await tx.invitation.findUnique({ where: { token }, include: { organization: { select: { name: true } } } });
        if (!invitation) throw new DomainError("invitation-invalid");
        if (invitation.usedAt) throw new DomainError("invitation-used");
        const now = clock.now();
        if (invitation.expiresAt <= now) throw new DomainError("invitation-expired");
        // Two people opening the link at once both got here; the row lock lets one claim it.
        const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now, usedByUserId: userId } });
        if (count === 0) throw new DomainError("invitation-used");
        // An admin keeps admin rights; everyone else becomes staff (also an admin by
        // BOT_ADMIN_IDS, so that the membership holds if that list changes).
        const stored = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
        await tx.user.update({
          where: { id: userId },
          data: { role: stored.role === "ADMIN" ? "ADMIN" : "STAFF", organizationId: invitation.organizationId },
        });
        return { organizationId: invitation.organizationId, organizationName: invitation.organization.name, invitationId: invitation.id };
      });
      await audit.record({ actorUserId: actor.userId, action: "staff.joined", targetType: "organization", targetId: joined.organizationId, details: { invitationId: joined.invitationId } });
      return { organizationId: joined.organizationId, organizationName: joined.organizationName };
    },

    async listStaff(actorUserId: number, organizationId: number): Promise<StaffMember[]> {
      await asAdmin(actorUserId, "staff.list");
      const rows = await db.user.findMany({
        where: { organizationId, deletedAt: null },
        orderBy: { id: "asc" },
        select: { id: true, firstName: true, role: true, telegramId: true },
      });
      return rows.map((row) => {
        const configuredAdmin = actors.isConfiguredAdmin(row.telegramId);
        return { userId: row.id, firstName: row.firstName ?? undefined, admin: configuredAdmin || row.role === "ADMIN", configuredAdmin };
      });
    },

    async revoke(actorUserId: number, userId: number): Promise<void> {
      const actor = await asAdmin(actorUserId, "staff.revoke");
      const target = await db.user.findUnique({ where: { id: userId }, select: { telegramId: true, role: true, organizationId: true } });
      if (!target || (target.role === "RESIDENT" && target.organizationId === null)) throw new NotFoundError("staff member");
      // The configuration made them admin; revoking here would change nothing they can do.
      if (actors.isConfiguredAdmin(target.telegramId)) throw new ForbiddenError("staff.revoke configured admin");
      // Another admin takes an admin's rights: nobody locks themselves (and maybe everyone) out.
      if (userId === actor.userId) throw new DomainError("admin-self");
      await db.user.update({ where: { id: userId }, data: { role: "RESIDENT", organizationId: null } });
      await audit.record({
        actorUserId: actor.userId,
        action: "staff.revoked",
        targetType: "user",
        targetId: userId,
        organizationId: target.organizationId,
        details: { role: target.role, organizationId: target.organizationId },
      });
    },

    /**
     * Makes a staff member an admin. They keep their organization (and its offers); an admin
     * already (also by BOT_ADMIN_IDS) stays one and nothing is written.
     */
    async grantAdmin(actorUserId: number, userId: number): Promise<void> {
      const actor = await asAdmin(actorUserId, "admin.grant");
      const target = await db.user.findUnique({ where: { id: userId }, select: { telegramId: true, role: true, organizationId: true, deletedAt: true } });
      if (!target || target.deletedAt || target.organizationId === null) throw new NotFoundError("staff member");
      if (target.role === "ADMIN" || actors.isConfiguredAdmin(target.telegramId)) return;
      const { count } = await db.user.updateMany({ where: { id: userId, role: "STAFF", organizationId: target.organizationId }, data: { role: "ADMIN" } });
      if (count === 0) throw new NotFoundError("staff member");
      await audit.record({
        actorUserId: actor.userId,
        action: "admin.granted",
        targetType: "user",
        targetId: userId,
        organizationId: target.organizationId,
        details: { before: target.role },
      });
    },

    /**
     * Takes back an admin role given in the bot: staff of their organization again (a resident
     * without one). BOT_ADMIN_IDS can't be taken back here (the root of trust), and nobody takes
     * their own: another admin does, so the bot never runs out of admins by a tap.
     */
    async revokeAdmin(actorUserId: number, userId: number): Promise<void> {
      const actor = await asAdmin(actorUserId, "admin.revoke");
      const target = await db.user.findUnique({ where: { id: userId }, select: { telegramId: true, role: true, organizationId: true, deletedAt: true } });
      if (!target || target.deletedAt) throw new NotFoundError("admin");
      if (actors.isConfiguredAdmin(target.telegramId)) throw new DomainError("admin-configured");
      if (userId === actor.userId) throw new DomainError("admin-self");
      if (target.role !== "ADMIN") return;
      const role = target.organizationId === null ? "RESIDENT" : "STAFF";
      const { count } = await db.user.updateMany({ where: { id: userId, role: "ADMIN" }, data: { role } });
      if (count === 0) return;
      await audit.record({ actorUserId: actor.userId, action: "admin.revoked", targetType: "user", targetId: userId, organizationId: target.organizationId, details: { after: role } });
    },

    /** Everyone who is an admin: made in the bot, and those of BOT_ADMIN_IDS who have used the bot. */
    async listAdmins(actorUserId: number): Promise<AdminMember[]> {
      await asAdmin(actorUserId, "admin.list");
      const rows = await db.user.findMany({
        where: { deletedAt: null, OR: [{ role: "ADMIN" }, { telegramId: { in: [...actors.configuredAdminIds()] } }] },
        orderBy: { id: "asc" },
        select: { id: true, firstName: true, telegramId: true, organization: { select: { name: true } } },
      });
      return rows.map((row) => ({
        userId: row.id,
        firstName: row.firstName ?? undefined,
        organizationName: row.organization?.name ?? null,
        configuredAdmin: actors.isConfiguredAdmin(row.telegramId),
      }));
    },

    /** Notes a refused action (a forged button, a stale menu); `actorUserId` null when unknown. */
    async recordDenied(actorUserId: number | null, action: string, target?: string): Promise<void> {
      await audit.record({
        actorUserId,
        action: "access.denied",
        targetType: action.slice(0, TARGET_TYPE_MAX),
        // By code point: cutting a surrogate pair in half would store a broken character.
        targetId: target === undefined ? undefined : Array.from(target).slice(0, TARGET_ID_MAX).join(""),
        details: { action },
      });
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
