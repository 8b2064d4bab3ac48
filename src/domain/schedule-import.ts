// Importing a schedule (a CSV, XLSX or .ics file a staff member sends, or an organization's
// subscribed calendar) into the organization's offers, through the rules staff follow by hand:
// offerManagement creates (untrusted organizations' offers wait for approval), edits (an
// untrusted organization's change to a published offer waits as a revision; participants are
// told of a new time or place) and cancels (participants are told). Each item of the file
// finds its offer again by Offer.externalRef: "o<organization>:" (files) or "o<organization>:cal:"
// (the subscribed calendar) and a hash of the iCalendar UID or the template's id, so importing
// the same file again changes nothing. An unchanged item is one whose offer, merged with what
// the file says, is the same as before (or as the change already waiting for approval).
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import type { Db } from "../db/index.ts";
import type { ImportItem, ParsedSchedule, RowError } from "../import/schedule.ts";
import { requireStaffOf, type Actors } from "./actors.ts";
import type { AuditService } from "./audit.ts";
import type { Clock } from "./clock.ts";
import { ForbiddenError, ValidationError } from "./errors.ts";
import { isLocale, type Locale } from "./locales.ts";
import type { Acting, OfferManagementService } from "./offer-management.ts";
import type { OfferEdit } from "./offer-revisions.ts";
import type { OffersService } from "./offers.ts";
import { foldForSearch } from "./search-text.ts";

/** For the whole file, when it doesn't say: the category and district the staff member chose. */
export type ImportDefaults = { categoryId?: string; districtId?: number | null };

export type ImportCounts = { created: number; changed: number; unchanged: number; cancelled: number };

export type ImportPreview = ImportCounts & {
  errors: RowError[];
  /** Rows that need a default the staff member has not chosen yet. */
  needs: { category: boolean; district: boolean };
};

export type ImportResult = ImportCounts & { errors: RowError[]; awaitingApproval: number; notified: number };

type Plan = {
  organizationId: number;
  creates: { ref: string; input: OfferEdit }[];
  edits: { offerId: number; input: OfferEdit }[];
  unchanged: number;
  cancels: number[];
  errors: RowError[];
  needs: { category: boolean; district: boolean };
};

const hash = (text: string, length: number) => createHash("sha256").update(text).digest("hex").slice(0, length);

/** The namespace of an organization's imported offers: files, or its subscribed calendar. */
export const refNamespace = (organizationId: number, source: "file" | "calendar") => (source === "file" ? `o${organizationId}:` : `o${organizationId}:cal:`);

/** An item's externalRef: the namespace and a hash of its key; a date of an expanded series after its series' hash. */
export function externalRefOf(namespace: string, item: Pick<ImportItem, "key" | "group">): string {
  return item.group ? `${namespace}${hash(item.group, 24)}-${hash(item.key, 12)}` : `${namespace}${hash(item.key, 24)}`;
}

const seriesPrefix = (namespace: string, group: string) => `${namespace}${hash(group, 24)}-`;

/** An offer as a plain value to compare: same value, same offer. */
function normalized(edit: OfferEdit): string {
  const iso = (d: Date | undefined | null) => (d ? new Date(d).toISOString() : null);
  const texts = Object.keys(edit.texts)
    .sort()
    .map((locale) => {
      const t = edit.texts[locale as Locale]!;
      return [locale, t.title, t.summary ?? "", t.details ?? null, t.accessibility ?? null];
    });
  return JSON.stringify([
    edit.organizationId,
    edit.categoryId,
    edit.districtId ?? null,
    edit.address ?? null,
    edit.latitude ?? null,
    edit.longitude ?? null,
    edit.onlineUrl ?? null,
    iso(edit.startsAt),
    iso(edit.endsAt),
    edit.recurrence ?? "NONE",
    iso(edit.recurrenceUntil),
    edit.costText ?? null,
    edit.ageMin ?? null,
    edit.ageMax ?? null,
    edit.languages ?? [edit.sourceLocale],
    edit.signupRequired ?? false,
    edit.capacity ?? null,
    edit.sourceLocale,
    texts,
  ]);
}

/**
 * Where a repeating offer starts. A calendar's long-running series is anchored by the parser
 * to its first date of the current year, so on 1 January that anchor moves a year on. The
 * offer's own start stays when it is a date of the same series (same weekday and local time,
 * a whole number of weeks or fortnights earlier) and only dates already past lie between it and
 * the file's anchor: nothing changes for anyone signed up. Otherwise the file's start wins.
 */
export function stableStart(current: Pick<OfferEdit, "startsAt" | "recurrence"> | undefined, item: Pick<ImportItem, "startsAt" | "recurrence">, now: Date, timezone: string): Date {
  if (!current?.startsAt || item.recurrence === "NONE" || current.recurrence !== item.recurrence) return item.startsAt;
  const before = DateTime.fromJSDate(new Date(current.startsAt), { zone: timezone });
  const anchor = DateTime.fromJSDate(item.startsAt, { zone: timezone });
  if (before >= anchor || before.toFormat("c HH:mm:ss") !== anchor.toFormat("c HH:mm:ss")) return item.startsAt;
  const period = item.recurrence === "WEEKLY" ? 7 : 14;
  const days = Math.round(anchor.startOf("day").diff(before.startOf("day"), "days").days);
  if (days % period !== 0) return item.startsAt;
  // The date before the file's anchor is past: keeping the older start adds no upcoming date.
  return anchor.minus({ days: period }).toJSDate() < now ? new Date(current.startsAt) : item.startsAt;
}

export type ScheduleImportDeps = {
  db: Db;
  clock: Clock;
  /** The bot's time zone: a series' dates are the same weekday and local time in it. */
  timezone: string;
  actors: Actors;
  audit: AuditService;
  offers: OffersService;
  offerManagement: OfferManagementService;
};

export function createScheduleImportService({ db, clock, timezone, actors, audit, offers, offerManagement }: ScheduleImportDeps) {
  /** The staff member's organization; admins without one and residents are refused. */
  async function importer(actorUserId: number): Promise<Acting & { organizationId: number }> {
    const actor = await actors.load(actorUserId);
    if (actor.organizationId === null) throw new ForbiddenError("import offers");
    requireStaffOf(actor, actor.organizationId, "import offers");
    return { ...actor, organizationId: actor.organizationId };
  }

  async function plan(organizationId: number, parsed: ParsedSchedule, defaults: ImportDefaults, source: "file" | "calendar"): Promise<Plan> {
    const organization = await db.organization.findUnique({ where: { id: organizationId } });
    if (!organization) throw new ValidationError("organization");
    const categories = await db.category.findMany({ select: { id: true, names: true } });
    const districts = await db.district.findMany({ select: { id: true, slug: true, names: true } });
    const fold = (text: string) => foldForSearch(text).trim();
    // A name, or one part of it: "Kultur & Freizeit" is found by "Freizeit" too.
    const namesOf = (row: { names: unknown }) =>
      Object.values((row.names ?? {}) as Record<string, string>).flatMap((name) => [fold(name), ...name.split(/\s*[&,/]\s*/).map(fold)]).filter(Boolean);
    const findCategory = (name: string) => categories.find((c) => fold(c.id) === fold(name) || namesOf(c).includes(fold(name)))?.id;
    const findDistrict = (name: string) => districts.find((d) => fold(d.slug) === fold(name) || namesOf(d).includes(fold(name)))?.id;
    const now = clock.now();
    const namespace = refNamespace(organizationId, source);
    const result: Plan = { organizationId, creates: [], edits: [], unchanged: 0, cancels: [], errors: [...parsed.errors], needs: { category: false, district: !parsed.hasDistrict } };
    const planned = new Set<string>();
    const groups = new Set<string>();

    for (const item of parsed.items) {
      const fail = (code: RowError["code"], value?: string) => void result.errors.push({ row: item.row, code, ...(value !== undefined ? { value } : {}) });
      const ref = externalRefOf(namespace, item);
      // Known before any check: a bad row keeps its offer (it is not "gone from the file").
      planned.add(ref);
      if (item.group) groups.add(item.group);
      let categoryId: string | undefined;
      if (item.category) {
        categoryId = findCategory(item.category);
        if (!categoryId) {
          fail("category-unknown", item.category);
          continue;
        }
      } else {
        categoryId = (item.categoryHints ?? []).map(findCategory).find(Boolean) ?? defaults.categoryId;
      }
      if (!categoryId) {
        result.needs.category = true;
        fail("category-missing");
        continue;
      }
      let districtId: number | null | undefined;
      if (item.district) {
        districtId = findDistrict(item.district);
        if (districtId === undefined) {
          fail("district-unknown", item.district);
          continue;
        }
      } else districtId = defaults.districtId ?? undefined;
      const last = item.recurrence === "NONE" ? (item.endsAt ?? item.startsAt) : (item.recurrenceUntil ?? item.startsAt);
      if (last < now) {
        fail("date-past");
        continue;
      }

      const existing = await db.offer.findUnique({ where: { externalRef: ref }, select: { id: true, status: true, organizationId: true } });
      if (existing && existing.organizationId !== organizationId) {
        fail("row-invalid");
        continue;
      }
      const current = existing ? ((await offerManagement.pendingEdit(existing.id)) ?? (await offers.currentInput(existing.id))) : undefined;
      const edit = merge(current, item, { organizationId, categoryId, districtId, sourceLocale: organization.sourceLocale, startsAt: stableStart(current, item, now, timezone) });
      try {
        offers.validate({ ...edit, status: "DRAFT" });
      } catch {
        fail("row-invalid");
        continue;
      }
      if (!existing) result.creates.push({ ref, input: edit });
      else if (existing.status === "CANCELLED" || normalized(edit) === normalized(current!)) result.unchanged++;
      else result.edits.push({ offerId: existing.id, input: edit });
    }

    // Dates gone from a series in the file (a new EXDATE, a shorter series), and for the
    // calendar everything gone from it: their upcoming offers are cancelled.
    const candidates = await db.offer.findMany({
      where: {
        organizationId,
        status: { not: "CANCELLED" },
        ...(source === "calendar"
          ? { externalRef: { startsWith: namespace } }
          : { OR: [...groups].map((group) => ({ externalRef: { startsWith: seriesPrefix(namespace, group) } })) }),
        occurrences: { some: { startsAt: { gt: now } } },
      },
      select: { id: true, externalRef: true },
    });
    // A calendar whose events could not all be read may look as if events were gone: nothing is cancelled then.
    const unsure = source === "calendar" && parsed.errors.length > 0;
    if (!(source === "file" && groups.size === 0) && !unsure) {
      for (const offer of candidates) if (offer.externalRef && !planned.has(offer.externalRef)) result.cancels.push(offer.id);
    }
    result.errors.sort((a, b) => a.row - b.row);
    return result;
  }

  /** The offer as the file describes it, over the offer as it is (what the file doesn't carry stays). */
  function merge(current: OfferEdit | undefined, item: ImportItem, resolved: { organizationId: number; categoryId: string; districtId: number | null | undefined; sourceLocale: string; startsAt: Date }): OfferEdit {
    const own = <T>(value: T | null | undefined, before: T | undefined): T | undefined => (value === undefined ? before : (value ?? undefined));
    const orgLocale = (isLocale(resolved.sourceLocale) ? resolved.sourceLocale : "de") as Locale;
    const itemLocales = Object.keys(item.texts).map((l) => (l === "source" ? orgLocale : l)).filter(isLocale);
    const sourceLocale = current?.sourceLocale ?? (itemLocales.includes(orgLocale) ? orgLocale : (itemLocales[0] ?? orgLocale));
    const texts: OfferEdit["texts"] = { ...(current?.texts ?? {}) };
    for (const [key, t] of Object.entries(item.texts)) {
      const locale = key === "source" ? orgLocale : key;
      if (!isLocale(locale)) continue;
      const before = texts[locale];
      texts[locale] = { ...before, title: t.title, summary: t.summary ?? "" };
    }
    const home = texts[sourceLocale] ?? texts[itemLocales[0] ?? sourceLocale];
    if (home) {
      if (item.accessibility !== undefined) home.accessibility = item.accessibility ?? undefined;
      if (item.contact !== undefined) home.details = item.contact ?? undefined;
      for (const t of Object.values(texts)) {
        if (t && t.accessibility === undefined) delete t.accessibility;
        if (t && t.details === undefined) delete t.details;
      }
    }
    const capacity = own(item.capacity, current?.capacity);
    // A kept start (stableStart) keeps the file's length.
    const shift = resolved.startsAt.getTime() - item.startsAt.getTime();
    const endsAt = item.endsAt ? new Date(item.endsAt.getTime() + shift) : own(item.endsAt, current?.endsAt);
    return {
      organizationId: resolved.organizationId,
      categoryId: resolved.categoryId,
      districtId: resolved.districtId === undefined ? current?.districtId : (resolved.districtId ?? undefined),
      address: own(item.address, current?.address),
      latitude: own(item.latitude, current?.latitude),
      longitude: own(item.longitude, current?.longitude),
      onlineUrl: own(item.onlineUrl, current?.onlineUrl),
      startsAt: resolved.startsAt,
      endsAt,
      recurrence: item.recurrence,
      recurrenceUntil: item.recurrence === "NONE" ? undefined : (item.recurrenceUntil ?? undefined),
      costText: own(item.costText, current?.costText),
      ageMin: own(item.ageMin, current?.ageMin),
      ageMax: own(item.ageMax, current?.ageMax),
      languages: own(item.languages, current?.languages) ?? [sourceLocale],
      signupRequired: item.capacity != null ? true : (current?.signupRequired ?? false),
      capacity,
      ...(current
        ? {
            maxSeatsPerSignup: current.maxSeatsPerSignup,
            signupClosesMinutesBefore: current.signupClosesMinutesBefore,
            cancelDeadlineMinutes: current.cancelDeadlineMinutes,
            reminderLeadMinutes: current.reminderLeadMinutes,
          }
        : {}),
      sourceLocale,
      texts,
    };
  }

  async function run(actor: Acting, organizationId: number, parsed: ParsedSchedule, defaults: ImportDefaults, source: "file" | "calendar"): Promise<ImportResult> {
    const steps = await plan(organizationId, parsed, defaults, source);
    let awaitingApproval = 0;
    let notified = 0;
    for (const { ref, input } of steps.creates) {
      const { status } = await offerManagement.createAs(actor, input, true, ref, { quiet: true });
      if (status === "PENDING_APPROVAL") awaitingApproval++;
    }
    for (const { offerId, input } of steps.edits) {
      const outcome = await offerManagement.editAs(actor, offerId, input, { quiet: true });
      notified += outcome.notified;
      if (outcome.awaitingApproval) awaitingApproval++;
    }
    for (const offerId of steps.cancels) notified += (await offerManagement.cancelAs(actor, offerId)).notified;
    // The admins hear once of what waits for them, not once per offer.
    await offerManagement.importAwaiting(organizationId, awaitingApproval);
    const counts = { created: steps.creates.length, changed: steps.edits.length, unchanged: steps.unchanged, cancelled: steps.cancels.length };
    await audit.record({
      actorUserId: actor.userId,
      action: "import.applied",
      targetType: "organization",
      targetId: organizationId,
      details: { source, format: parsed.format, ...counts, errors: steps.errors.length },
    });
    return { ...counts, errors: steps.errors, awaitingApproval, notified };
  }

  const countsOf = (steps: Plan): ImportCounts => ({ created: steps.creates.length, changed: steps.edits.length, unchanged: steps.unchanged, cancelled: steps.cancels.length });

  return {
    /** What importing the file would do: new, changed, unchanged and cancelled offers, and every bad row. Staff of an organization only. */
    async preview(actorUserId: number, parsed: ParsedSchedule, defaults: ImportDefaults = {}): Promise<ImportPreview> {
      const actor = await importer(actorUserId);
      const steps = await plan(actor.organizationId, parsed, defaults, "file");
      return { ...countsOf(steps), errors: steps.errors, needs: steps.needs };
    },

    /** Imports the file into the staff member's organization; the bad rows are left out and returned. */
    async apply(actorUserId: number, parsed: ParsedSchedule, defaults: ImportDefaults = {}): Promise<ImportResult> {
      const actor = await importer(actorUserId);
      return run(actor, actor.organizationId, parsed, defaults, "file");
    },

    /** A subscribed calendar's events, applied by the system for the organization (its own approval rules); offers of events gone are cancelled. */
    async syncCalendar(organizationId: number, parsed: ParsedSchedule, defaults: ImportDefaults): Promise<ImportResult> {
      const system: Acting = { userId: null, role: "STAFF", organizationId };
      return run(system, organizationId, parsed, defaults, "calendar");
    },
  };
}

export type ScheduleImportService = ReturnType<typeof createScheduleImportService>;
