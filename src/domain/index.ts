// The domain services, built once per app. The bot and the scheduler receive this object.
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import { createActors } from "./actors.ts";
import { createAnnouncementsService, type QuietHours } from "./announcements.ts";
import { createAuditService } from "./audit.ts";
import { createCatalogService } from "./catalog.ts";
import { createConversationStateService } from "./conversation-state.ts";
import { createJobRunsService } from "./job-runs.ts";
import type { Logger } from "./logger-port.ts";
import { silentNotifier, type Notifier } from "./notifier.ts";
import { createOfferManagementService } from "./offer-management.ts";
import { createOffersService } from "./offers.ts";
import { createPrivacyService } from "./privacy.ts";
import { createRetentionService } from "./retention.ts";
import { createSignupsService } from "./signups.ts";
import { createStatsService } from "./stats.ts";
import { createStaffService } from "./staff.ts";
import { createSubscriptionsService } from "./subscriptions.ts";
import { createUsersService } from "./users.ts";

export type ServicesDeps = {
  db: Db;
  clock: Clock;
  adminIds: readonly bigint[];
  timezone: string;
  /** Days after an offer's date that its sign-ups are kept (RETENTION_DAYS). */
  retentionDays?: number;
  /** Data protection contact shown in /privacy (PRIVACY_CONTACT). */
  privacyContact?: string;
  /** No non-urgent announcements in these local minutes of the day (QUIET_HOURS); none when left out. */
  quietHours?: QuietHours;
  /** How services reach people outside a conversation; the bot's notifier in the app. */
  notifier?: Notifier;
  log?: Logger;
};

export function createServices(deps: ServicesDeps) {
  const { db, clock, adminIds, timezone, retentionDays = 30, privacyContact, notifier = silentNotifier, log } = deps;
  // Config owns the default (QUIET_HOURS); left out here, nothing waits for the morning.
  const quietHours = deps.quietHours ?? null;
  const subscriptions = createSubscriptionsService({ db, clock });
  const actors = createActors({ db, adminIds });
  const audit = createAuditService({ db, clock, actors });
  const offers = createOffersService({ db, clock, timezone });
  const signups = createSignupsService({ db, clock, notifier, log });
  const privacy = createPrivacyService({ db, clock, signups, audit, retentionDays, contact: privacyContact });
  return {
    users: createUsersService({ db, clock, adminIds }),
    catalog: createCatalogService({ db }),
    offers,
    stats: createStatsService({ db, actors, timezone }),
    offerManagement: createOfferManagementService({ db, clock, actors, audit, offers, notifier, adminIds, log }),
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
      log,
    }),
    retention: createRetentionService({ db, retentionDays, eraseUser: privacy.erase }),
    conversationState: createConversationStateService({ db, clock }),
    jobRuns: createJobRunsService({ db }),
    actors,
    audit,
    staff: createStaffService({ db, clock, actors, audit }),
  };
}

export type Services = ReturnType<typeof createServices>;
