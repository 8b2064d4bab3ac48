// The domain services, built once per app. `createServices` builds all of them, including the
// data access they share (saving an offer as is, setting its status, the catalog, the audit
// log): the app's wiring, the demo seed and tests use that. The bot gets `botServices` (guarded
// use cases only), the scheduler and the outbox `jobServices` (system work, no actor).
import type { Db, DirectQuery } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import { createActors } from "./actors.ts";
import { createAnnouncementsService, type QuietHours } from "./announcements.ts";
import { createAuditService } from "./audit.ts";
import { createCatalogService } from "./catalog.ts";
import { createConversationStateService } from "./conversation-state.ts";
import { ForbiddenError } from "./errors.ts";
import { createFeedsService } from "./feeds.ts";
import { createJobRunsService } from "./job-runs.ts";
import { createMachineTranslationService, type TranslationProvider } from "./machine-translation.ts";
import type { Logger } from "./logger-port.ts";
import { createOutboxNotifier } from "./outbox.ts";
import { createOfferManagementService } from "./offer-management.ts";
import { createOffersService } from "./offers.ts";
import { createPrivacyService } from "./privacy.ts";
import { createQuestionsService } from "./questions.ts";
import { createRetentionService } from "./retention.ts";
import { createScheduleImportService } from "./schedule-import.ts";
import { createScreenCache, type ScreenCache } from "./screen-cache.ts";
import { createCalendarFeedsService } from "./calendar-feeds.ts";
import type { AddressGuard } from "./public-address.ts";
import { createSignupsService } from "./signups.ts";
import { createStatsService } from "./stats.ts";
import { createStaffService } from "./staff.ts";
import { createSubscriptionsService } from "./subscriptions.ts";
import { createUsersService } from "./users.ts";

export type ServicesDeps = {
  db: Db;
  /** The driver beneath Prisma, for the one statement every update runs (Database.query). */
  sql: DirectQuery;
  clock: Clock;
  adminIds: readonly bigint[];
  timezone: string;
  /** Days after an offer's date that its sign-ups are kept (RETENTION_DAYS). */
  retentionDays?: number;
  /** Data protection contact shown in /privacy (PRIVACY_CONTACT). */
  privacyContact?: string;
  /** No non-urgent announcements in these local minutes of the day (QUIET_HOURS); none when left out. */
  quietHours?: QuietHours;
  /** Sign-up rules (GUARDIAN_AGE, GUARDIAN_HOLD_HOURS, STILL_COMING_LEAD_HOURS, SIGNUP_MAX_SEATS); the domain's defaults when left out. */
  signups?: { guardianAge?: number; guardianHoldMs?: number; stillComingLeadMs?: number; maxSeats?: number };
  /** The ages of the "for young people" filter (YOUTH_AGES). */
  youthAges?: { min: number; max: number };
  /** How long an invitation link is valid (INVITATION_VALIDITY_DAYS). */
  invitationValidityMs?: number;
  /** The language of a notice's recipient who has none yet (DEFAULT_LOCALE); "de" when left out. */
  defaultLocale?: string;
  /** Called when outbox rows are due now: wakes the sender here and on the other instances. */
  wakeOutbox?: () => void;
  /** The sender's messages per second (BROADCAST_RATE), for estimated ends; unlimited when left out. */
  sendRate?: number;
  /** The machine translation provider (TRANSLATE_PROVIDER); none when left out. */
  translationProvider?: TranslationProvider | null;
  /** TRANSLATE_MONTHLY_CHARS and TRANSLATE_TIMEOUT_MS. */
  translation?: { monthlyChars?: number; timeoutMs?: number };
  /** Which hosts a subscribed calendar may be on (CALENDAR_ALLOW_PRIVATE_URLS); public ones only when left out. */
  calendarAddresses?: AddressGuard;
  /** Days a resident's question thread is kept after its last message (QUESTION_RETENTION_DAYS). */
  questionRetentionDays?: number;
  /** The read-mostly screens' cache (screen-cache.ts): TTL as the safety net, 0 turns it off (e.g. to measure the queries). */
  screenCache?: { ttlMs?: number; maxEntries?: number };
  /** An existing screen cache to share (tests: several service objects standing for one instance). */
  screens?: ScreenCache;
  log?: Logger;
};

export function createServices(deps: ServicesDeps) {
  const { db, clock, adminIds, timezone, retentionDays = 30, privacyContact, defaultLocale = "de", wakeOutbox = () => {}, sendRate, log } = deps;
  // Config owns the default (QUIET_HOURS); left out here, nothing waits for the morning.
  const quietHours = deps.quietHours ?? null;
  // Every notice goes into the outbox; the delivery engine sends it.
  const notifier = createOutboxNotifier({ db, clock, quietHours, timezone, defaultLocale, wake: wakeOutbox, log });
  const subscriptions = createSubscriptionsService({ db, clock });
  const actors = createActors({ db, adminIds });
  const audit = createAuditService({ db, clock, actors });
  // List pages, cards and the catalog from memory; every write that changes them calls
  // screens.changed() (the app adds NOTIFY to the other instances and the web cache).
  const screens = deps.screens ?? createScreenCache(deps.screenCache);
  const offers = createOffersService({ db, sql: deps.sql, clock, timezone, youthAges: deps.youthAges, cache: screens });
  const signups = createSignupsService({ db, sql: deps.sql, clock, notifier, quietHours, timezone, log, ...deps.signups });
  const translation = createMachineTranslationService({ db, clock, actors, provider: deps.translationProvider ?? null, timezone, log, ...deps.translation });
  const questions = createQuestionsService({
    db,
    clock,
    actors,
    audit,
    translation,
    adminIds,
    quietHours,
    timezone,
    defaultLocale,
    retentionDays: deps.questionRetentionDays,
    wake: wakeOutbox,
    log,
  });
  const privacy = createPrivacyService({ db, clock, signups, audit, retentionDays, contact: privacyContact, translationProvider: translation.providerName, questions, questionDays: deps.questionRetentionDays });
  const offerManagement = createOfferManagementService({ db, clock, actors, audit, offers, notifier, adminIds, translation, log });
  const scheduleImport = createScheduleImportService({ db, clock, timezone, actors, audit, offers, offerManagement });
  return {
    translation,
    questions,
    users: createUsersService({ db, clock, adminIds, sql: deps.sql }),
    catalog: createCatalogService({ db, cache: screens }),
    offers,
    feeds: createFeedsService({ db, clock, actors, timezone, defaultLocale, youthAges: deps.youthAges }),
    stats: createStatsService({ db, actors, timezone, translation }),
    offerManagement,
    scheduleImport,
    calendarFeeds: createCalendarFeedsService({ db, clock, actors, audit, scheduleImport, notifier, addresses: deps.calendarAddresses, log }),
    signups,
    privacy,
    subscriptions,
    announcements: createAnnouncementsService({
      db,
      clock,
      actors,
      timezone,
      quietHours,
      subscribers: async (spec) => (await subscriptions.audienceFor(spec)).map((m) => ({ userId: m.userId, locale: m.locale })),
      audit,
      notifier,
      adminIds,
      promotionDraft: offers.promotionDraft,
      wake: wakeOutbox,
      sendRate,
      translation,
      log,
    }),
    retention: createRetentionService({ db, retentionDays, eraseUser: privacy.erase }),
    conversationState: createConversationStateService({ sql: deps.sql, clock }),
    jobRuns: createJobRunsService({ db }),
    actors,
    audit,
    staff: createStaffService({ db, clock, actors, audit, invitationValidityMs: deps.invitationValidityMs, onOffersChanged: screens.changed }),
    screens,
  };
}

/** Everything the domain has, unguarded data access included. Never hand this to the bot. */
export type Services = ReturnType<typeof createServices>;

/** A new object with only the named members: what is not listed is not reachable through it. */
function only<T extends object, K extends keyof T>(service: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, service[key]])) as Pick<T, K>;
}

type StaffService = Services["staff"];

/** Who acted: the first argument (an actor's user id), or its `actorUserId` / `userId`. */
function actorOf(args: unknown[]): number | null {
  const [first] = args;
  if (typeof first === "number") return first;
  if (first && typeof first === "object") {
    const { actorUserId, userId } = first as { actorUserId?: unknown; userId?: unknown };
    if (typeof actorUserId === "number") return actorUserId;
    if (typeof userId === "number") return userId;
  }
  return null;
}

/** On what: the first id after the actor (an offer, an organization, a user …). */
function targetOf(args: unknown[]): string | undefined {
  const found = args.slice(1).find((arg) => typeof arg === "number" || typeof arg === "string");
  return found === undefined ? undefined : String(found);
}

/**
 * Accountability, one rule in one home: a write or read the domain refuses (ForbiddenError)
 * leaves an `access.denied` entry (actor, method, target) and is rethrown. The bot notes only
 * what it refuses itself (a button of a screen the sender's role doesn't open).
 */
function audited<T extends Record<string, unknown>>(name: string, service: T, staff: Pick<StaffService, "recordDenied">): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(service)) {
    if (typeof member !== "function") {
      wrapped[key] = member;
      continue;
    }
    const method = `${name}.${key}`;
    // The refusal is what the caller needs; a failing audit write must not replace it.
    const note = async (error: unknown, args: unknown[]): Promise<never> => {
      if (error instanceof ForbiddenError) await staff.recordDenied(actorOf(args), method, targetOf(args)).catch(() => undefined);
      throw error;
    };
    // Synchronous members stay synchronous; every guarded use case is async and refuses by rejecting.
    wrapped[key] = (...args: unknown[]) => {
      const result = (member as (...a: unknown[]) => unknown)(...args);
      return result instanceof Promise ? result.catch((error: unknown) => note(error, args)) : result;
    };
  }
  return wrapped as T;
}

/**
 * What the bot may call. Every write either takes the acting user's id and checks their role
 * in the domain (staff and admin actions), or acts only on the calling user's own data: their
 * sign-ups, subscriptions, language, erasure, and what Telegram says about the sender of the
 * update (identify, markBlocked, the conversation state of their chat). Reads are listed too:
 * test/domain/guarded-services.test.ts classifies every member and fails on a new one.
 */
export function botServices(services: Services) {
  const { users, catalog, offers, signups, subscriptions, privacy, announcements, offerManagement, staff, stats, audit, actors, conversationState, translation, feeds, scheduleImport, calendarFeeds, questions } = services;
  const guarded = {
    questions: only(questions, "prepare", "ask", "reply", "followUp", "original", "markDone", "blockAsker", "linkGroup", "setReplyDays", "adminCounts"),
    translation: only(translation, "providerName", "staffSupported", "staffSupportedState", "staffTranslate", "adminUsage"),
    users: only(users, "identify", "identifyWith", "setLocale", "markBlocked"),
    catalog: only(catalog, "listCategories", "listDistricts"),
    offers: only(offers, "listUpcoming", "search", "getDetails", "occurrenceTiming", "nextOccurrenceId"),
    signups: only(signups, "getOptions", "signUp", "cancel", "declineAttendance", "listForUser", "getForUser", "occurrenceOf", "getGuardianRequest", "guardianDecide"),
    subscriptions: only(
      subscriptions,
      "get",
      "toggleTopic",
      "toggleDistrict",
      "setAllDistricts",
      "toggleDigest",
      "setEnabled",
      "stopAll",
      "unsubscribeTopic",
      "needsAsking",
      "markAsked",
    ),
    privacy: only(privacy, "policy", "activeSignups", "exportFor", "erase"),
    announcements: only(
      announcements,
      "countAudience",
      "create",
      "listScheduled",
      "edit",
      "cancel",
      "recentStats",
      "audienceDates",
      "canPromote",
      "promotionDraft",
      "pendingApproval",
      "approve",
      "reject",
      "translateDraft",
      "original",
    ),
    offerManagement: only(
      offerManagement,
      "create",
      "edit",
      "ownTexts",
      "translateDraft",
      "reschedule",
      "cancel",
      "listOwn",
      "ownOffer",
      "pending",
      "approve",
      "reject",
      "pendingRevisions",
      "revision",
      "approveRevision",
      "rejectRevision",
      "participants",
      "exportCsv",
      "markAttendance",
    ),
    staff: only(
      staff,
      "createOrganization",
      "editOrganization",
      "listOrganizations",
      "invite",
      "acceptInvitation",
      "listStaff",
      "revoke",
      "grantAdmin",
      "revokeAdmin",
      "listAdmins",
      "recordDenied",
    ),
    stats: only(stats, "month"),
    feeds: only(feeds, "adminInventoryCsv"),
    scheduleImport: only(scheduleImport, "preview", "apply"),
    calendarFeeds: only(calendarFeeds, "calendarStatus", "setCalendar", "removeCalendar"),
    audit: only(audit, "page"),
    actors: only(actors, "load"),
    conversationState: only(conversationState, "read", "write", "delete"),
  };
  return Object.fromEntries(Object.entries(guarded).map(([name, service]) => [name, audited(name, service, staff)])) as typeof guarded;
}

export type BotServices = ReturnType<typeof botServices>;

/** What the scheduler's jobs, the outbox transport and the notifier use: system work, no actor. */
export function jobServices(services: Services) {
  const { signups, announcements, retention, jobRuns, users, offerManagement, calendarFeeds, questions } = services;
  return {
    questions: only(questions, "copy", "recordRelay", "remindUnanswered", "purge"),
    signups: only(signups, "runScheduled"),
    offerManagement: only(offerManagement, "backfillTranslations"),
    announcements: only(announcements, "enqueueDue", "markFinished", "createDigest", "content", "digestOffers", "backfillTranslations"),
    retention: only(retention, "run"),
    jobRuns: only(jobRuns, "claim", "prune"),
    users: only(users, "markBlocked"),
    calendarFeeds: only(calendarFeeds, "dueCalendars", "calendarFetched", "calendarFailed"),
  };
}

export type JobServices = ReturnType<typeof jobServices>;

/**
 * What the public web layer (src/web: feeds and the "What's on" page) may read: published
 * offers only, no actor, no writes, nothing personal.
 */
export function webServices(services: Services) {
  const { feeds, catalog } = services;
  return {
    feeds: only(feeds, "listings", "inventoryCsv"),
    catalog: only(catalog, "listCategories", "listDistricts"),
  };
}

export type WebServices = ReturnType<typeof webServices>;
