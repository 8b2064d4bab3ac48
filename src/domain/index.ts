// The domain services, built once per app. The bot and the scheduler receive this object.
import type { Db } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import { createConversationStateService } from "./conversation-state.ts";
import { createUsersService } from "./users.ts";

export type ServicesDeps = { db: Db; clock: Clock; adminIds: readonly bigint[] };

export function createServices({ db, clock, adminIds }: ServicesDeps) {
  return {
    users: createUsersService({ db, clock, adminIds }),
    conversationState: createConversationStateService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
