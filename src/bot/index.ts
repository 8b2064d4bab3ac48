// The bot factory and the only place that orders middleware.
import { conversations } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { systemClock, type Clock } from "../domain/clock.ts";
import type { BotServices } from "../domain/index.ts";
import { matchLocale, type Locale } from "../domain/locales.ts";
import type { Logger } from "../logger.ts";
import type { BaseContext, BotContext } from "./context.ts";
import { conversationStorage } from "./conversations/storage.ts";
import { createErrorHandler } from "./error-handler.ts";
import { installFastBranch } from "./grammy-branch.ts";
import { installFastChain } from "./grammy-chain.ts";
import { adminFeature } from "./features/admin.ts";
import { announcementsFeature } from "./features/announcements.ts";
import { broadcastFeature } from "./features/broadcast.ts";
import { staffOffersFeature } from "./features/staff-offers.ts";
import { statsFeature } from "./features/stats.ts";
import { chatMemberFeature } from "./features/chat-member.ts";
import { groupsFeature } from "./features/groups.ts";
import { questionGroupsFeature, questionsFeature } from "./features/questions.ts";
import { fallbackFeature, helpFeature } from "./features/help.ts";
import { importFeature } from "./features/import.ts";
import { languageFeature } from "./features/language.ts";
import { offersFeature } from "./features/offers.ts";
import { privacyFeature } from "./features/privacy.ts";
import { signupsFeature } from "./features/signups.ts";
import { startFeature } from "./features/start.ts";
import { subscriptionsFeature } from "./features/subscriptions.ts";
import { translatorOf } from "./i18n.ts";
import { answerLast } from "./middlewares/answer-last.ts";
import { updateLogger } from "./middlewares/update-logger.ts";
import { rateLimit, type FloodLimit } from "./middlewares/rate-limit.ts";
import { inputGuard } from "./middlewares/input-guard.ts";
import { loadUser } from "./middlewares/user.ts";
import { createOfferScreens } from "./screens/offers.ts";
import { createSignupScreens } from "./screens/signups.ts";

/** The update types the bot handles; given to setWebhook and getUpdates. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

export type BotDeps = {
  token: string;
  services: BotServices;
  i18n: I18n<BaseContext>;
  logger: Logger;
  /** The bot's time zone (BOT_TIMEZONE): dates are shown in it. */
  timezone: string;
  /** DEFAULT_LOCALE, for answers given before the user is known (the flood notice). */
  defaultLocale: Locale;
  /** Per-user flood limit; tests that script long conversations raise it. */
  floodLimit?: FloodLimit;
  /** apiRoot (BOT_API_ROOT) and, in tests, a fetch that records calls. */
  client?: BotConfig<BotContext>["client"];
  /** Skips getMe at start; tests and benchmarks pass a fixed identity. */
  botInfo?: UserFromGetMe;
  /** The domain's clock (the system clock unless a test fixes it). */
  clock?: Clock;
  /** PUBLIC_URL: offer cards link to the calendar feeds under it; none = no such link. */
  publicUrl?: string;
  /** Webhook mode with grammY's webhook reply: a button press is answered in the HTTP response (middlewares/answer-last.ts). */
  webhookReply?: boolean;
};

function attachServices(services: BotServices, clock: Clock) {
  return (ctx: BaseContext, next: () => Promise<void>) => {
    ctx.services = services;
    ctx.clock = clock;
    return next();
  };
}

/** The bot, and a way to wait for the updates it is still handling (for a clean shutdown). */
export type TreffpunktBot = Bot<BotContext> & { idle(): Promise<void> };

export function createBot({ token, services, i18n, logger, timezone, defaultLocale, floodLimit, client, botInfo, clock = systemClock, publicUrl, webhookReply = false }: BotDeps): TreffpunktBot {
  // Before any composer is built: every use and filter below goes through them.
  installFastChain();
  installFastBranch();
  const bot = new Bot<BotContext>(token, { client, botInfo });
  const translate = translatorOf(i18n);

  // A webhook request can end before its update does (the 20 s timeout, a client that hung
  // up), so the HTTP server closing is not enough: stop() waits for these before the
  // database closes.
  const inFlight = new Set<Promise<void>>();
  bot.use(async (_ctx, next) => {
    const running = next();
    inFlight.add(running);
    try {
      await running;
    } finally {
      inFlight.delete(running);
    }
  });

  // The answer to a button press goes last, in the webhook's response (one Bot API request less).
  if (webhookReply) bot.use(answerLast());

  // Updates of one chat run in order; different chats run concurrently (grammY runner).
  bot.use(sequentialize((ctx) => ctx.chatId?.toString()));
  // One error boundary around everything after sequentialize: an error in any update is
  // handled here, in polling and webhook mode alike, and never reaches the transport.
  const handleError = createErrorHandler(logger, (languageCode, key) => translate(matchLocale(languageCode) ?? defaultLocale, key));
  const guarded = bot.errorBoundary(handleError);

  // services -> logger -> flood limit -> user -> i18n, then the conversations and the features.
  guarded.use(attachServices(services, clock), updateLogger(logger), rateLimit(translate, defaultLocale, floodLimit), loadUser(), i18n);
  guarded.use(inputGuard());
  guarded.use(
    conversations<BotContext, BaseContext>({
      storage: conversationStorage(services.conversationState),
      // Conversations build a fresh context per update and run these again on every replay,
      // so they must not touch the database: the user and their language come from the
      // outside context through conversation.external; each step applies it with useLocale.
      plugins: [attachServices(services, clock), updateLogger(logger), i18n],
    }),
  );

  guarded.use(chatMemberFeature());
  // Before groups.ts: /linkgroup, and replies to the bot's copies of residents' questions.
  guarded.use(questionGroupsFeature());
  guarded.use(groupsFeature());
  const offerScreens = createOfferScreens({ timezone, publicUrl });
  const signupScreens = createSignupScreens({ timezone });
  // First after the plugin: an active sign-up conversation takes its chat's updates.
  guarded.use(signupsFeature(signupScreens));
  guarded.use(broadcastFeature({ timezone }));
  guarded.use(adminFeature({ timezone }));
  guarded.use(staffOffersFeature({ timezone }));
  guarded.use(importFeature({ timezone }));
  guarded.use(statsFeature({ timezone }));
  guarded.use(questionsFeature());
  guarded.use(startFeature(translate, offerScreens, signupScreens));
  guarded.use(privacyFeature());
  guarded.use(subscriptionsFeature());
  guarded.use(announcementsFeature());
  guarded.use(languageFeature(translate));
  guarded.use(helpFeature());
  // Last before the fallback: its free-text search takes any text nobody else handled.
  guarded.use(offersFeature(offerScreens));
  guarded.use(fallbackFeature());

  bot.catch(handleError);
  return Object.assign(bot, {
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  });
}
