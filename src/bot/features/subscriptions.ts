// Announcements a resident wants: /subscriptions (and the menu button) with boxes that edit the
// message in place, /stop, the answers to the one-time question after a new user's first
// language choice (screens/subscriptions.ts asks it), and the "unsubscribe" button under announcements.
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { ValidationError } from "../../domain/errors.ts";
import { GENERAL_TOPIC, type SubscriptionSettings } from "../../domain/subscriptions.ts";
import type { CallbackCodec } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml as esc } from "../formatting.ts";
import { translateIn } from "../i18n.ts";
import {
  districtsKeyboard,
  onboardingAnswer,
  subscriptionsKeyboard,
  subscriptionsScreen,
  switchButton,
  toggleDigestButton,
  toggleDistrictButton,
  toggleTopicButton,
  unsubscribeTopicButton,
} from "../keyboards/subscriptions.ts";
import { notice, present } from "../messages.ts";

type Screen = "main" | "districts";

function statusKey(settings: SubscriptionSettings): string {
  if (!settings.enabled) return "subscriptions-status-off";
  return settings.topics.length || settings.digest ? "subscriptions-status-on" : "subscriptions-status-empty";
}

/** Shows a settings screen; after a button press it replaces the message the button was on. */
async function show(ctx: BotContext, screen: Screen, settings?: SubscriptionSettings): Promise<void> {
  const userId = ctx.user!.id;
  const current = settings ?? (await ctx.services.subscriptions.get(userId));
  const locale = await ctx.i18n.getLocale();
  const t = translateIn(ctx);
  const districts = await ctx.services.catalog.listDistricts(locale);
  if (screen === "districts") {
    await present(ctx, esc(t("subscriptions-districts-title")), districtsKeyboard(t, current, districts));
    return;
  }
  const text = [`<b>${esc(t("subscriptions-title"))}</b>`, esc(t("subscriptions-intro")), "", esc(t(statusKey(current)))].join("\n");
  const categories = await ctx.services.catalog.listCategories(locale);
  await present(ctx, text, subscriptionsKeyboard(t, current, categories, districts.length > 0));
}

export function subscriptionsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("subscriptions", (ctx) => show(ctx, "main"));
  privateChats.filter(hears("menu-subscriptions"), (ctx) => show(ctx, "main"));

  privateChats.command("stop", async (ctx) => {
    await ctx.services.subscriptions.stopAll(ctx.user!.id);
    await ctx.reply(ctx.t("subscriptions-stopped"));
  });

  /**
   * A button of this feature: unpacks, acts, answers the press. A payload that does not parse,
   * or names a topic or district that does not exist, is stale or forged.
   */
  function onButton<T>(codec: CallbackCodec<T>, act: (ctx: BotContext, userId: number, value: T) => Promise<void>) {
    privateChats.callbackQuery(codec.filter, async (ctx) => {
      const value = codec.unpack(ctx.callbackQuery.data);
      if (value === undefined || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
      try {
        await act(ctx, ctx.user.id, value);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return notice(ctx, ctx.t("error-stale-button"));
      }
      await notice(ctx);
    });
  }

  onButton(subscriptionsScreen, (ctx, _userId, screen) => show(ctx, screen));
  onButton(toggleTopicButton, async (ctx, userId, topic) => show(ctx, "main", await ctx.services.subscriptions.toggleTopic(userId, topic)));
  onButton(toggleDigestButton, async (ctx, userId) => show(ctx, "main", await ctx.services.subscriptions.toggleDigest(userId)));
  onButton(switchButton, async (ctx, userId, on) => show(ctx, "main", await ctx.services.subscriptions.setEnabled(userId, on)));
  onButton(toggleDistrictButton, async (ctx, userId, district) => {
    const service = ctx.services.subscriptions;
    await show(ctx, "districts", district === "all" ? await service.setAllDistricts(userId) : await service.toggleDistrict(userId, district));
  });

  onButton(onboardingAnswer, async (ctx, _userId, answer) => {
    if (answer === "yes") await show(ctx, "main");
    else await present(ctx, esc(ctx.t("subscriptions-ask-declined")));
  });

  // Under an announcement: leave that message alone (it may carry other buttons) and confirm
  // in a new one, naming the topic so the user knows what they turned off.
  onButton(unsubscribeTopicButton, async (ctx, userId, topic) => {
    await ctx.services.subscriptions.unsubscribeTopic(userId, topic);
    const category = (await ctx.services.catalog.listCategories(await ctx.i18n.getLocale())).find((c) => c.id === topic);
    const name = topic === GENERAL_TOPIC ? ctx.t("subscriptions-general") : category ? `${category.emoji} ${category.name}` : topic;
    await ctx.reply(ctx.t("subscriptions-unsubscribed", { topic: name }));
  });

  return composer;
}
