// Who may do what. Every staff and admin action asks here, in the domain, whatever buttons the
// bot showed: a forged button from a resident reaches no staff action.
import type { Db } from "../db/index.ts";
import { ForbiddenError } from "./errors.ts";
import type { Role } from "./users.ts";

export type Actor = Readonly<{ userId: number; role: Role; organizationId: number | null }>;

export function createActors({ db, adminIds }: { db: Db; adminIds: readonly bigint[] }) {
  const admins = new Set(adminIds);
  return {
    /** The acting user with their current role (BOT_ADMIN_IDS make an admin). */
    async load(userId: number): Promise<Actor> {
      const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, organizationId: true, telegramId: true, deletedAt: true } });
      if (!user || user.deletedAt) throw new ForbiddenError("unknown user");
      return { userId: user.id, role: admins.has(user.telegramId) ? "ADMIN" : user.role, organizationId: user.organizationId };
    },

    /** Admin by configuration (BOT_ADMIN_IDS): no action in the bot can take that away. */
    isConfiguredAdmin(telegramId: bigint): boolean {
      return admins.has(telegramId);
    },

    /** The Telegram ids of BOT_ADMIN_IDS. */
    configuredAdminIds(): readonly bigint[] {
      return [...admins];
    },
  };
}

export type Actors = ReturnType<typeof createActors>;

export function requireAdmin(actor: Actor, action: string): void {
  if (actor.role !== "ADMIN") throw new ForbiddenError(action);
}

/** Staff of any organization, or an admin: who may write to many people (announcements). */
export function requireStaff(actor: Actor, action: string): void {
  if (actor.role !== "ADMIN" && actor.role !== "STAFF") throw new ForbiddenError(action);
}

/** Admins manage every organization's offers; staff only their own organization's. */
export function requireStaffOf(actor: Pick<Actor, "role" | "organizationId">, organizationId: number, action: string): void {
  if (actor.role === "ADMIN") return;
  if (actor.role !== "STAFF" || actor.organizationId !== organizationId) throw new ForbiddenError(action);
}
