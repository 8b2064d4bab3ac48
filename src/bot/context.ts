// The context every handler sees. Inside conversations it is BaseContext (no conversation controls).
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Clock } from "../domain/clock.ts";
import type { BotServices } from "../domain/index.ts";
import type { UserProfile } from "../domain/users.ts";
import type { Logger } from "../logger.ts";

export type BaseContext = Context &
  I18nFlavor & {
    /** Logger for this update, with update_id. */
    log: Logger;
    services: BotServices;
    /** The app's clock (the domain's): what "now" and "in the future" mean for what staff type. */
    clock: Clock;
    /** The user behind this update; undefined for channel posts and updates without `from`. */
    user: UserProfile | undefined;
    /** This chat's stored conversation state, read with the user (see conversations/storage.ts). */
    conversationPrefetch?: { key: string; state: unknown };
  };

export type BotContext = ConversationFlavor<BaseContext>;
