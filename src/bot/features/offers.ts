// Finding offers: /offers and the main-menu button, filters, paging, details, share links and
// free-text search.
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { notice, present } from "../messages.ts";
import { categoryKeyboard, districtKeyboard, EMPTY_LIST, filterMenuButton, listButton, openButton, originalButton, translatedButton, whenKeyboard } from "../keyboards/offers.ts";
import type { OfferScreens } from "../screens/offers.ts";

/** Shorter text is not a search; longer text is cut (searchWords bounds it further). */
const SEARCH_MIN_CHARS = 2;

export function offersFeature(screens: OfferScreens): Composer<BotContext> {
  const { showList, showOffer } = screens;
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("offers", (ctx) => showList(ctx, EMPTY_LIST));
  privateChats.filter(hears("menu-offers"), (ctx) => showList(ctx, EMPTY_LIST));

  privateChats.callbackQuery(listButton.filter, async (ctx) => {
    const state = listButton.unpack(ctx.callbackQuery.data);
    if (!state) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    await showList(ctx, state);
  });

  privateChats.callbackQuery(filterMenuButton.filter, async (ctx) => {
    const choice = filterMenuButton.unpack(ctx.callbackQuery.data);
    if (!choice) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    const locale = await ctx.i18n.getLocale();
    if (choice.menu === "c") {
      await present(ctx, ctx.t("offers-choose-category"), categoryKeyboard(ctx, await ctx.services.catalog.listCategories(locale), choice.state));
    } else if (choice.menu === "d") {
      await present(ctx, ctx.t("offers-choose-district"), districtKeyboard(ctx, await ctx.services.catalog.listDistricts(locale), choice.state));
    } else {
      await present(ctx, ctx.t("offers-choose-when"), whenKeyboard(ctx, choice.state));
    }
  });

  privateChats.callbackQuery(openButton.filter, async (ctx) => {
    const target = openButton.unpack(ctx.callbackQuery.data);
    if (!target) return notice(ctx, ctx.t("error-stale-button"));
    await showOffer(ctx, target.occurrenceId, target.state);
  });

  // "📄 Show original" under a machine translation, and the way back to the reader's language.
  privateChats.callbackQuery(originalButton.filter, async (ctx) => {
    const target = originalButton.unpack(ctx.callbackQuery.data);
    if (!target) return notice(ctx, ctx.t("error-stale-button"));
    await showOffer(ctx, target.occurrenceId, target.state, { original: true, switched: true });
  });
  privateChats.callbackQuery(translatedButton.filter, async (ctx) => {
    const target = translatedButton.unpack(ctx.callbackQuery.data);
    if (!target) return notice(ctx, ctx.t("error-stale-button"));
    await showOffer(ctx, target.occurrenceId, target.state, { switched: true });
  });

  // Free text outside a conversation is a search in all languages. It comes after every
  // command and menu button, so only text nobody else wanted reaches it.
  privateChats.on("message:text", async (ctx, next) => {
    const text = ctx.msg.text.trim();
    if (text.startsWith("/")) return next();
    if (Array.from(text).length < SEARCH_MIN_CHARS) {
      await ctx.reply(ctx.t("search-too-short"));
      return;
    }
    await screens.search(ctx, text);
  });

  return composer;
}

