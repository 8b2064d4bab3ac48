// The domain services, built once per app. The bot and the scheduler receive this object.
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import { createCatalogService } from "./catalog.ts";
import { createConversationStateService } from "./conversation-state.ts";
import type { Logger } from "./logger-port.ts";
import { silentNotifier, type Notifier } from "./notifier.ts";
import { createOffersService } from "./offers.ts";
import { createSignupsService } from "./signups.ts";
import { createUsersService } from "./users.ts";

export type ServicesDeps = {
  db: Db;
  clock: Clock;
  adminIds: readonly bigint[];
  timezone: string;
  /** How services reach people outside a conversation; the bot's notifier in the app. */
  notifier?: Notifier;
  log?: Logger;
};

export function createServices({ db, clock, adminIds, timezone, notifier = silentNotifier, log }: ServicesDeps) {
  return {
    users: createUsersService({ db, clock, adminIds }),
    catalog: createCatalogService({ db }),
    offers: createOffersService({ db, clock, timezone }),
    signups: createSignupsService({ db, clock, notifier, log }),
    conversationState: createConversationStateService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
