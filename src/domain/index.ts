// The domain services, built once per app. The bot and the scheduler receive this object.
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import { createCatalogService } from "./catalog.ts";
import { createConversationStateService } from "./conversation-state.ts";
import { createOffersService } from "./offers.ts";
import { createUsersService } from "./users.ts";

export type ServicesDeps = { db: Db; clock: Clock; adminIds: readonly bigint[]; timezone: string };

export function createServices({ db, clock, adminIds, timezone }: ServicesDeps) {
  return {
    users: createUsersService({ db, clock, adminIds }),
    catalog: createCatalogService({ db }),
    offers: createOffersService({ db, clock, timezone }),
    conversationState: createConversationStateService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
