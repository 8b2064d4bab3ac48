// Finding offers: /offers and the main-menu button, filters, paging, details, share links and
// free-text search.
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { OfferUnavailableError } from "../../domain/offers.ts";
import type { BotContext } from "../context.ts";
import { notice, present } from "../messages.ts";
import { truncate, type DateStyle } from "../formatting.ts";
import {
  categoryKeyboard,
  detailsKeyboard,
  districtKeyboard,
  EMPTY_LIST,
  filterMenuButton,
  listButton,
  listKeyboard,
  openButton,
  searchKeyboard,
  whenKeyboard,
  type ListState,
} from "../keyboards/offers.ts";
import { renderDetails, renderList, renderSearchResults } from "../views/offers.ts";

const PAGE_SIZE = 5;
/** Shorter text is not a search; longer text is cut (searchWords bounds it further). */
const SEARCH_MIN_CHARS = 2;

export type OffersFeatureDeps = { timezone: string };

/** The offer screens, shared by this feature and /start deep links. */
export function createOfferScreens({ timezone }: OffersFeatureDeps) {
  const dates = async (ctx: BotContext): Promise<DateStyle> => ({ locale: await ctx.i18n.getLocale(), timezone });

  async function activeFilterLabels(ctx: BotContext, state: ListState, locale: string): Promise<string[]> {
    const labels: string[] = [];
    if (state.categoryId) {
      const category = (await ctx.services.catalog.listCategories(locale)).find((c) => c.id === state.categoryId);
      labels.push(category ? `${category.emoji} ${category.name}` : state.categoryId);
    }
    if (state.districtId) {
      const district = (await ctx.services.catalog.listDistricts(locale)).find((d) => d.id === state.districtId);
      if (district) labels.push(`📍 ${district.name}`);
    }
    if (state.when) labels.push(`📅 ${ctx.t(`offers-when-${state.when}`)}`);
    if (state.youth) labels.push(ctx.t("offers-filter-youth"));
    return labels;
  }

  async function showList(ctx: BotContext, state: ListState): Promise<void> {
    const style = await dates(ctx);
    const page = await ctx.services.offers.listUpcoming({ filter: state, page: state.page, pageSize: PAGE_SIZE, locale: style.locale });
    const current = { ...state, page: page.page };
    const text = renderList(ctx, page, await activeFilterLabels(ctx, state, style.locale), style);
    await present(ctx, text, listKeyboard(ctx, page, current));
  }

  async function showOffer(ctx: BotContext, occurrenceId: number, state: ListState): Promise<void> {
    const style = await dates(ctx);
    let offer;
    try {
      offer = await ctx.services.offers.getDetails({ occurrenceId, locale: style.locale });
    } catch (error) {
      if (!(error instanceof OfferUnavailableError)) throw error;
      // A button or link from before the offer was cancelled or ended: say so, show what is on.
      if (ctx.callbackQuery) await notice(ctx, ctx.t("offers-unavailable"));
      else await ctx.reply(ctx.t("offers-unavailable"));
      await showList(ctx, state);
      return;
    }
    if (ctx.callbackQuery) await notice(ctx);
    await present(ctx, renderDetails(ctx, offer, style), detailsKeyboard(ctx, { offerId: offer.offerId, occurrenceId: offer.occurrenceId, signupRequired: offer.signupRequired, title: offer.title, state }));
    if (offer.latitude !== undefined && offer.longitude !== undefined) {
      const address = [offer.districtName, offer.address].filter(Boolean).join(", ");
      await ctx.replyWithVenue(offer.latitude, offer.longitude, truncate(offer.title, 64), truncate(address || offer.organizationName, 128));
    }
  }

  /** Opens an offer's next date from a share link; a gone offer gets a notice and the list. */
  async function showOfferById(ctx: BotContext, offerId: number): Promise<void> {
    let occurrenceId = 0; // no such date: showOffer reports the offer unavailable
    try {
      occurrenceId = await ctx.services.offers.nextOccurrenceId(offerId);
    } catch (error) {
      if (!(error instanceof OfferUnavailableError)) throw error;
    }
    await showOffer(ctx, occurrenceId, EMPTY_LIST);
  }

  async function search(ctx: BotContext, text: string): Promise<void> {
    const style = await dates(ctx);
    const cards = await ctx.services.offers.search({ query: text, locale: style.locale, limit: 8 });
    await present(ctx, renderSearchResults(ctx, text, cards, style), searchKeyboard(ctx, cards));
  }

  return { showList, showOffer, showOfferById, search };
}

export type OfferScreens = ReturnType<typeof createOfferScreens>;

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

