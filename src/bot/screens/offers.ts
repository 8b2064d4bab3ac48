// The offer screens: the list with its filters, one offer's details (with its place as a venue),
// search results. Shared by the offers feature and /start offer links.
import { OfferUnavailableError } from "../../domain/offers.ts";
import type { BotContext } from "../context.ts";
import { truncate, type DateStyle } from "../formatting.ts";
import { dateStyleOf } from "../i18n.ts";
import { detailsKeyboard, EMPTY_LIST, listKeyboard, searchKeyboard, type ListState } from "../keyboards/offers.ts";
import { notice, present } from "../messages.ts";
import { feedUrl } from "../../web/feed-links.ts";
import { isStaff } from "../roles.ts";
import { renderDetails, renderList, renderSearchResults } from "../views/offers.ts";

const PAGE_SIZE = 5;
/** The offer screens, shared by the offers feature and /start deep links. */
export function createOfferScreens({ timezone, publicUrl }: { timezone: string; publicUrl?: string }) {
  const dates = (ctx: BotContext): Promise<DateStyle> => dateStyleOf(ctx, timezone);

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

  /**
   * One date of an offer. `original`: in the language its author wrote ("Show original");
   * `switched`: the reader only switched between that and their language, so the venue (sent
   * with the offer) is not sent again.
   */
  async function showOffer(ctx: BotContext, occurrenceId: number, state: ListState, options: { original?: boolean; switched?: boolean } = {}): Promise<void> {
    const style = await dates(ctx);
    const original = options.original === true;
    let offer;
    try {
      offer = await ctx.services.offers.getDetails({ occurrenceId, locale: style.locale, original });
    } catch (error) {
      if (!(error instanceof OfferUnavailableError)) throw error;
      // A button or link from before the offer was cancelled or ended: say so, show what is on.
      if (ctx.callbackQuery) await notice(ctx, ctx.t("offers-unavailable"));
      else await ctx.reply(ctx.t("offers-unavailable"));
      await showList(ctx, state);
      return;
    }
    if (ctx.callbackQuery) await notice(ctx);
    // "Promote this offer" only for staff of its organization and admins (the domain decides).
    const promote = isStaff(ctx) && ctx.user !== undefined && (await ctx.services.announcements.canPromote(ctx.user.id, offer.occurrenceId));
    // A machine version offers the original; the original offers the way back to it.
    const version = original ? ("original" as const) : offer.textOrigin === "MACHINE" ? ("machine" as const) : undefined;
    await present(
      ctx,
      renderDetails(ctx, offer, style, { original }),
      detailsKeyboard(ctx, {
        offerId: offer.offerId,
        occurrenceId: offer.occurrenceId,
        signupRequired: offer.signupRequired,
        title: offer.title,
        state,
        promote,
        version,
        // The calendar of the offer's topic, in the reader's language (PUBLIC_URL set only).
        subscribeUrl: publicUrl ? feedUrl(publicUrl, "ics", { lang: style.locale, category: offer.categoryId }) : undefined,
      }),
    );
    if (offer.latitude !== undefined && offer.longitude !== undefined && !options.switched) {
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
