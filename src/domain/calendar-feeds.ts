// Subscribed calendars: an organization registers the public iCalendar address of its own
// calendar (staff of the organization, or admins), and an hourly job
// (src/scheduler/jobs/calendar-feeds.ts) fetches it and applies it like an import, by the system
// acting for the organization (schedule-import.ts syncCalendar: its own approval rules; events
// gone are cancelled with notices). Here: registering, which calendars are due, and what a
// fetch's outcome does: ETag and Last-Modified kept for the next conditional request; a failure
// backs off (1, 2, 4 … hours, at most 12) and after a day of failures the organization's staff
// are told, once, through the outbox.
import type { Db } from "../db/index.ts";
import type { ParsedSchedule } from "../import/schedule.ts";
import { requireStaffOf, type Actors } from "./actors.ts";
import type { AuditService } from "./audit.ts";
import type { Clock } from "./clock.ts";
import { ForbiddenError, ValidationError } from "./errors.ts";
import type { Logger } from "./logger-port.ts";
import type { Notifier } from "./notifier.ts";
import { createAddressGuard, type AddressGuard } from "./public-address.ts";
import type { ImportResult, ScheduleImportService } from "./schedule-import.ts";

const HOUR = 3_600_000;
/** After this long failing, the organization's staff are told (once per failing spell). */
export const CALENDAR_FAILURE_NOTICE_MS = 24 * HOUR;
const BACKOFF_MAX_MS = 12 * HOUR;

/** An http(s) address of at most 500 characters, or a ValidationError. */
export function checkCalendarUrl(raw: string): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ValidationError("calendar url");
  }
  // webcal:// is how calendar apps link a subscription: it is https underneath.
  if (url.protocol === "webcal:") return checkCalendarUrl(`https:${text.slice("webcal:".length)}`);
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname || text.length > 500) throw new ValidationError("calendar url");
  return url.toString();
}

export type CalendarStatus = { url: string | null; checkedAt: Date | null; failures: number };
export type DueCalendar = { organizationId: number; url: string; etag: string | null; lastModified: string | null };

export type CalendarFeedsDeps = {
  db: Db;
  clock: Clock;
  actors: Actors;
  audit: AuditService;
  scheduleImport: ScheduleImportService;
  notifier: Notifier;
  /** Which hosts a calendar may be on (public ones unless CALENDAR_ALLOW_PRIVATE_URLS says more); the job checks again at every fetch. */
  addresses?: AddressGuard;
  log?: Logger;
};

export function createCalendarFeedsService({ db, clock, actors, audit, scheduleImport, notifier, addresses = createAddressGuard(), log }: CalendarFeedsDeps) {
  /** The organization the actor manages: their own (staff), or the one an admin names. */
  async function organizationFor(actorUserId: number, organizationId?: number): Promise<number> {
    const actor = await actors.load(actorUserId);
    const target = organizationId ?? actor.organizationId;
    if (target === null || target === undefined) throw new ForbiddenError("calendar without organization");
    requireStaffOf(actor, target, "manage calendar");
    return target;
  }

  const reset = { calendarEtag: null, calendarLastModified: null, calendarFailures: 0, calendarFailingSince: null, calendarNextTryAt: null, calendarFailureToldAt: null, calendarCheckedAt: null };

  return {
    /** The subscribed calendar of the actor's organization (admins: of `organizationId`). */
    async calendarStatus(actorUserId: number, organizationId?: number): Promise<CalendarStatus> {
      const id = await organizationFor(actorUserId, organizationId);
      const org = await db.organization.findUniqueOrThrow({ where: { id }, select: { calendarUrl: true, calendarCheckedAt: true, calendarFailures: true } });
      return { url: org.calendarUrl, checkedAt: org.calendarCheckedAt, failures: org.calendarFailures };
    },

    /**
     * Registers (or replaces) the calendar's address and the category and district for its
     * events; fetched on the next run. An address on a host that resolves to a non-public
     * address (loopback, private network, link-local …) is refused (PrivateAddressError).
     */
    async setCalendar(actorUserId: number, input: { url: string; categoryId: string; districtId: number | null; organizationId?: number }): Promise<void> {
      const id = await organizationFor(actorUserId, input.organizationId);
      const url = checkCalendarUrl(input.url);
      await addresses.checkHost(new URL(url).hostname);
      if (!(await db.category.findUnique({ where: { id: input.categoryId } }))) throw new ValidationError("category");
      await db.organization.update({ where: { id }, data: { ...reset, calendarUrl: url, calendarCategoryId: input.categoryId, calendarDistrictId: input.districtId } });
      await audit.record({ actorUserId, action: "import.calendar-set", targetType: "organization", targetId: id, details: { set: true } });
    },

    /** Stops polling; the offers already imported stay. */
    async removeCalendar(actorUserId: number, organizationId?: number): Promise<void> {
      const id = await organizationFor(actorUserId, organizationId);
      await db.organization.update({ where: { id }, data: { ...reset, calendarUrl: null, calendarCategoryId: null, calendarDistrictId: null } });
      await audit.record({ actorUserId, action: "import.calendar-set", targetType: "organization", targetId: id, details: { set: false } });
    },

    /** Calendars to fetch now: registered, and not waiting out a backoff. */
    async dueCalendars(now: Date): Promise<DueCalendar[]> {
      const rows = await db.organization.findMany({
        where: { calendarUrl: { not: null }, OR: [{ calendarNextTryAt: null }, { calendarNextTryAt: { lte: now } }] },
        orderBy: { id: "asc" },
        select: { id: true, calendarUrl: true, calendarEtag: true, calendarLastModified: true },
      });
      return rows.map((r) => ({ organizationId: r.id, url: r.calendarUrl!, etag: r.calendarEtag, lastModified: r.calendarLastModified }));
    },

    /** A fetch that answered 304 (nothing changed) or 200 with the calendar: kept for the next conditional request, and applied. */
    async calendarFetched(organizationId: number, fetched: { notModified: true } | { notModified: false; parsed: ParsedSchedule; etag: string | null; lastModified: string | null }): Promise<ImportResult | null> {
      const now = clock.now();
      const org = await db.organization.findUnique({ where: { id: organizationId }, select: { calendarCategoryId: true, calendarDistrictId: true } });
      if (!org) return null;
      const ok = { calendarFailures: 0, calendarFailingSince: null, calendarNextTryAt: null, calendarFailureToldAt: null, calendarCheckedAt: now };
      if (fetched.notModified) {
        await db.organization.update({ where: { id: organizationId }, data: ok });
        return null;
      }
      const result = await scheduleImport.syncCalendar(organizationId, fetched.parsed, { categoryId: org.calendarCategoryId ?? undefined, districtId: org.calendarDistrictId });
      await db.organization.update({ where: { id: organizationId }, data: { ...ok, calendarEtag: fetched.etag?.slice(0, 200) ?? null, calendarLastModified: fetched.lastModified?.slice(0, 100) ?? null } });
      return result;
    },

    /** A fetch that failed: try again after a growing pause; after a day of failures the staff are told, once. */
    async calendarFailed(organizationId: number, reason: string): Promise<void> {
      const now = clock.now();
      const org = await db.organization.findUnique({ where: { id: organizationId } });
      if (!org?.calendarUrl) return;
      const failures = org.calendarFailures + 1;
      const since = org.calendarFailingSince ?? now;
      const wait = Math.min(HOUR * 2 ** (failures - 1), BACKOFF_MAX_MS);
      const tell = !org.calendarFailureToldAt && now.getTime() - since.getTime() >= CALENDAR_FAILURE_NOTICE_MS;
      await db.organization.update({
        where: { id: organizationId },
        data: { calendarFailures: failures, calendarFailingSince: since, calendarNextTryAt: new Date(now.getTime() + wait), ...(tell ? { calendarFailureToldAt: now } : {}) },
      });
      log?.warn({ organizationId, failures, reason }, "calendar feed failed");
      if (!tell) return;
      const staff = await db.user.findMany({ where: { organizationId, role: { in: ["STAFF", "ADMIN"] }, blockedAt: null, deletedAt: null }, select: { telegramId: true, locale: true, telegramLocale: true } });
      for (const person of staff) {
        await notifier
          .send({ kind: "calendar-failing", to: { telegramId: person.telegramId, locale: person.locale ?? person.telegramLocale ?? undefined }, url: org.calendarUrl })
          .catch((error: unknown) => log?.warn({ err: error }, "notice not sent"));
      }
    },
  };
}

export type CalendarFeedsService = ReturnType<typeof createCalendarFeedsService>;
