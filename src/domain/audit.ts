// The audit log: every staff and admin action with actor, time and target. The actor is the
// internal user id, which stays pseudonymous when the person's data is erased.
import type { Db } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { requireAdmin, type Actors } from "./actors.ts";
import type { Clock } from "./clock.ts";

export type AuditAction =
  | "offer.created"
  | "offer.edited"
  | "offer.submitted"
  | "offer.published"
  | "offer.approved"
  | "offer.rejected"
  | "offer.cancelled"
  | "offer.attendance"
  | "participants.exported"
  | "announcement.created"
  | "announcement.cancelled"
  | "announcement.edited"
  | "announcement.approved"
  | "announcement.rejected"
  | "announcement.sent"
  | "organization.created"
  | "organization.edited"
  | "staff.invited"
  | "staff.joined"
  | "staff.revoked"
  | "access.denied"
  | "user.erased";

export type AuditEntryView = { id: number; actorUserId: number | null; action: string; targetType: string; targetId: string | null; createdAt: Date };

export function createAuditService({ db, clock, actors }: { db: Db; clock: Clock; actors: Actors }) {
  return {
    async record(entry: { actorUserId: number | null; action: AuditAction; targetType: string; targetId?: string | number; details?: Prisma.InputJsonValue }): Promise<void> {
      await db.auditEntry.create({
        data: {
          actorUserId: entry.actorUserId,
          action: entry.action,
          targetType: entry.targetType,
          targetId: entry.targetId === undefined ? null : String(entry.targetId),
          details: entry.details,
          createdAt: clock.now(),
        },
      });
    },

    /** The newest entries first, a page at a time (admins only). */
    async page(input: { actorUserId: number; page: number; pageSize?: number }): Promise<{ entries: AuditEntryView[]; hasMore: boolean }> {
      requireAdmin(await actors.load(input.actorUserId), "read audit log");
      const pageSize = input.pageSize ?? 10;
      const rows = await db.auditEntry.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: Math.max(0, input.page) * pageSize,
        take: pageSize + 1,
        select: { id: true, actorUserId: true, action: true, targetType: true, targetId: true, createdAt: true },
      });
      return { entries: rows.slice(0, pageSize), hasMore: rows.length > pageSize };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
