// The audit log: every staff and admin action with actor, time and target. The actor is the
// internal user id, which stays pseudonymous when the person's data is erased.
import type { Db } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { requireAdmin, type Actors } from "./actors.ts";
import type { Clock } from "./clock.ts";
import { pickText, pickTranslation } from "./translations.ts";

/** Every action the log records; the admins' log has words for each (locales: audit-action-…). */
export const AUDIT_ACTIONS = [
  "offer.created",
  "offer.edited",
  "offer.submitted",
  "offer.published",
  "offer.approved",
  "offer.rejected",
  "offer.cancelled",
  "offer.attendance",
  "participants.exported",
  "offer.revision.submitted",
  "offer.revision.approved",
  "offer.revision.rejected",
  "announcement.created",
  "announcement.approved",
  "announcement.rejected",
  "announcement.cancelled",
  "announcement.edited",
  "announcement.sent",
  "organization.created",
  "organization.edited",
  "staff.invited",
  "staff.joined",
  "staff.revoked",
  "admin.granted",
  "admin.revoked",
  "access.denied",
  "user.erased",
  "import.applied",
  "import.calendar-set",
  "question.blocked",
  "question.group-linked",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry as the admins' log shows it: ids only, the bot puts names and titles to them. */
export type AuditEntryView = {
  id: number;
  actorUserId: number | null;
  /** The actor's role when they acted (null: the system, or an entry older than this column). */
  actorRole: string | null;
  actorOrganizationId: number | null;
  action: string;
  targetType: string;
  targetId: string | null;
  organizationId: number | null;
  createdAt: Date;
};

/** A page of the log with what its entries are about, in the reader's language. */
export type AuditPage = {
  entries: (AuditEntryView & {
    /** The offer's or announcement's title, or the organization's name; null when gone or not a thing with a name. */
    subject: string | null;
  })[];
  /** Names of the organizations the page mentions (actors' and entries'). */
  organizations: Record<number, string>;
  hasMore: boolean;
};

const SUBJECT_MAX = 60;
const firstLine = (text: string) => {
  const line = text.split("\n", 1)[0]!.trim();
  return Array.from(line).length > SUBJECT_MAX ? `${Array.from(line).slice(0, SUBJECT_MAX - 1).join("")}…` : line;
};

export type AuditRecord = {
  actorUserId: number | null;
  action: AuditAction;
  targetType: string;
  targetId?: string | number;
  /** What organization the entry is about; found from the target (or the actor) when left out. */
  organizationId?: number | null;
  details?: Prisma.InputJsonValue;
};

const asId = (raw: string | number | undefined) => {
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

export function createAuditService({ db, clock, actors }: { db: Db; clock: Clock; actors: Actors }) {
  /** The organization of an offer, a date, a sign-up or an organization itself; undefined for anything else. */
  async function organizationOfTarget(targetType: string, targetId: string | number | undefined): Promise<number | undefined> {
    const id = asId(targetId);
    if (id === undefined) return undefined;
    if (targetType === "organization") return id;
    if (targetType === "offer") return (await db.offer.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId;
    if (targetType === "occurrence") {
      return (await db.offerOccurrence.findUnique({ where: { id }, select: { offer: { select: { organizationId: true } } } }))?.offer.organizationId;
    }
    if (targetType === "signup") {
      return (await db.signup.findUnique({ where: { id }, select: { occurrence: { select: { offer: { select: { organizationId: true } } } } } }))?.occurrence.offer.organizationId;
    }
    return undefined;
  }

  const service = {
    /**
     * Writes one entry with the actor's role and organization at this moment, and the
     * organization it is about (given, else the target's, else the actor's).
     */
    async record(entry: AuditRecord): Promise<void> {
      const actor =
        entry.actorUserId === null ? null : await db.user.findUnique({ where: { id: entry.actorUserId }, select: { role: true, organizationId: true, telegramId: true } });
      const actorRole = actor ? (actors.isConfiguredAdmin(actor.telegramId) ? "ADMIN" : actor.role) : null;
      const organizationId =
        entry.organizationId !== undefined ? entry.organizationId : ((await organizationOfTarget(entry.targetType, entry.targetId)) ?? actor?.organizationId ?? null);
      await db.auditEntry.create({
        data: {
          actorUserId: entry.actorUserId,
          actorRole,
          actorOrganizationId: actor?.organizationId ?? null,
          action: entry.action,
          targetType: entry.targetType,
          targetId: entry.targetId === undefined ? null : String(entry.targetId),
          organizationId,
          details: entry.details,
          createdAt: clock.now(),
        },
      });
    },

    /**
     * The newest entries first, a page at a time, optionally of one organization (admins only),
     * with the titles of what they are about in `locale` (the reader's language pick).
     */
    async page(input: { actorUserId: number; page: number; pageSize?: number; organizationId?: number; locale?: string }): Promise<AuditPage> {
      requireAdmin(await actors.load(input.actorUserId), "read audit log");
      const pageSize = input.pageSize ?? 10;
      const rows = await db.auditEntry.findMany({
        where: input.organizationId === undefined ? {} : { organizationId: input.organizationId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: Math.max(0, input.page) * pageSize,
        take: pageSize + 1,
        select: {
          id: true,
          actorUserId: true,
          actorRole: true,
          actorOrganizationId: true,
          action: true,
          targetType: true,
          targetId: true,
          organizationId: true,
          createdAt: true,
        },
      });
      const entries = rows.slice(0, pageSize);
      const subjects = await subjectsOf(entries, input.locale);
      const orgIds = new Set<number>();
      for (const entry of entries) {
        if (entry.organizationId !== null) orgIds.add(entry.organizationId);
        if (entry.actorOrganizationId !== null) orgIds.add(entry.actorOrganizationId);
      }
      const orgs = await db.organization.findMany({ where: { id: { in: [...orgIds] } }, select: { id: true, name: true } });
      return {
        entries: entries.map((entry) => ({ ...entry, subject: subjects.get(`${entry.targetType}:${entry.targetId}`) ?? null })),
        organizations: Object.fromEntries(orgs.map((org) => [org.id, org.name])),
        hasMore: rows.length > pageSize,
      };
    },
  };
  return service;

  /** Titles by "type:id" for the offers (also through a date or a sign-up), announcements and organizations of a page. */
  async function subjectsOf(entries: { targetType: string; targetId: string | null }[], locale: string | undefined): Promise<Map<string, string>> {
    const ids = (type: string) => [...new Set(entries.filter((e) => e.targetType === type).flatMap((e) => asId(e.targetId ?? undefined) ?? []))];
    const offerSelect = { id: true, sourceLocale: true, translations: { select: { locale: true, title: true } } } as const;
    const titleOf = (offer: { sourceLocale: string; translations: { locale: string; title: string }[] }) =>
      pickTranslation(offer.translations, locale, offer.sourceLocale)?.title;
    const subjects = new Map<string, string>();
    const put = (key: string, title: string | undefined) => {
      if (title) subjects.set(key, title);
    };
    for (const offer of await db.offer.findMany({ where: { id: { in: ids("offer") } }, select: offerSelect })) put(`offer:${offer.id}`, titleOf(offer));
    for (const date of await db.offerOccurrence.findMany({ where: { id: { in: ids("occurrence") } }, select: { id: true, offer: { select: offerSelect } } })) {
      put(`occurrence:${date.id}`, titleOf(date.offer));
    }
    for (const signup of await db.signup.findMany({ where: { id: { in: ids("signup") } }, select: { id: true, occurrence: { select: { offer: { select: offerSelect } } } } })) {
      put(`signup:${signup.id}`, titleOf(signup.occurrence.offer));
    }
    for (const row of await db.announcement.findMany({ where: { id: { in: ids("announcement") } }, select: { id: true, texts: true, sourceLocale: true } })) {
      const text = pickText(row.texts as Record<string, string>, locale, row.sourceLocale)?.text;
      put(`announcement:${row.id}`, text === undefined ? undefined : firstLine(text));
    }
    for (const org of await db.organization.findMany({ where: { id: { in: ids("organization") } }, select: { id: true, name: true } })) put(`organization:${org.id}`, org.name);
    return subjects;
  }
}

export type AuditService = ReturnType<typeof createAuditService>;
