// Buttons of the offer list, its filters and the offer details. The whole list state (filters
// and page) travels in the callback data, so any bot instance can answer any button and an
// old message still works.
import { InlineKeyboard } from "grammy";
import type { CategoryEntry, DistrictEntry } from "../../domain/catalog.ts";
import { WHEN_FILTERS, type OfferCard, type OfferFilter, type OfferPage, type WhenFilter } from "../../domain/offers.ts";
import { callbackCodec } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { deepLink, shareLink } from "../deep-links.ts";
import { askQuestionButton } from "./questions.ts";
import { truncate } from "../formatting.ts";
import { isStaff } from "../roles.ts";
import { promoteOfferButton } from "./broadcast.ts";
import { startSignup } from "./signups.ts";

export type ListState = OfferFilter & { page: number };

export const EMPTY_LIST: ListState = { page: 0 };

const WHEN_CODE: Record<WhenFilter, string> = { today: "t", week: "w", months2: "m" };
const CODE_WHEN = Object.fromEntries(Object.entries(WHEN_CODE).map(([k, v]) => [v, k])) as Record<string, WhenFilter>;

/** "<category|-> . <district|-> . <t|w|m|-> . <0|1> . <page>", e.g. "sport.3.w.1.0". */
const STATE_PATTERN = /^([a-z][a-z0-9-]{0,31}|-)\.([1-9]\d{0,8}|-)\.([twm]|-)\.([01])\.(\d{1,4})$/;

export function encodeState(state: ListState): string {
  return [state.categoryId ?? "-", state.districtId ?? "-", state.when ? WHEN_CODE[state.when] : "-", state.youth ? 1 : 0, state.page].join(".");
}

export function decodeState(raw: string): ListState | undefined {
  const match = STATE_PATTERN.exec(raw);
  if (!match) return undefined;
  const [, category, district, when, youth, page] = match;
  return {
    ...(category !== "-" ? { categoryId: category } : {}),
    ...(district !== "-" ? { districtId: Number(district) } : {}),
    ...(when !== "-" ? { when: CODE_WHEN[when!] } : {}),
    ...(youth === "1" ? { youth: true } : {}),
    page: Number(page),
  };
}

const stateCodec = { encode: encodeState, decode: decodeState };

/** Show the list with this state (also used by every filter choice). */
export const listButton = callbackCodec("of", "l", stateCodec);
/** Show one of the filter menus. */
export const filterMenuButton = callbackCodec("of", "f", {
  encode: ({ menu, state }: { menu: "c" | "d" | "w"; state: ListState }) => `${menu}:${encodeState(state)}`,
  decode: (raw: string) => {
    const [menu, rest] = [raw.slice(0, 1), raw.slice(2)];
    const state = raw[1] === ":" ? decodeState(rest) : undefined;
    return state && (menu === "c" || menu === "d" || menu === "w") ? { menu: menu as "c" | "d" | "w", state } : undefined;
  },
});
/** Open one date of an offer, remembering the list to go back to. */
export const openButton = callbackCodec("of", "o", {
  encode: ({ occurrenceId, state }: { occurrenceId: number; state: ListState }) => `${occurrenceId}:${encodeState(state)}`,
  decode: (raw: string) => {
    const match = /^([1-9]\d{0,9}):(.+)$/.exec(raw);
    const state = match ? decodeState(match[2]!) : undefined;
    return match && state ? { occurrenceId: Number(match[1]), state } : undefined;
  },
});

/** The payload of openButton: a date of an offer and the list to go back to. */
const datePayload = {
  encode: ({ occurrenceId, state }: { occurrenceId: number; state: ListState }) => `${occurrenceId}:${encodeState(state)}`,
  decode: (raw: string) => openButton.unpack(`of:o:${raw}`),
};
/** Show one date of an offer in the language its author wrote (under a machine translation). */
export const originalButton = callbackCodec("of", "v", datePayload);
/** From the original back to the reader's language version. */
export const translatedButton = callbackCodec("of", "t", datePayload);

const hasFilter = (state: ListState) => Boolean(state.categoryId || state.districtId || state.when || state.youth);

export function cardButtonLabel(card: OfferCard): string {
  return `${card.emoji} ${truncate(card.title, 40)}`;
}

export function listKeyboard(ctx: BotContext, page: OfferPage, state: ListState): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const card of page.cards) keyboard.text(cardButtonLabel(card), openButton.pack({ occurrenceId: card.occurrenceId, state })).row();
  if (page.pageCount > 1) {
    if (page.page > 0) keyboard.text(ctx.t("offers-prev"), listButton.pack({ ...state, page: page.page - 1 }));
    if (page.page < page.pageCount - 1) keyboard.text(ctx.t("offers-next"), listButton.pack({ ...state, page: page.page + 1 }));
    keyboard.row();
  }
  const reset = { ...state, page: 0 };
  keyboard
    .text(ctx.t("offers-filter-category"), filterMenuButton.pack({ menu: "c", state: reset }))
    .text(ctx.t("offers-filter-district"), filterMenuButton.pack({ menu: "d", state: reset }))
    .row()
    .text(ctx.t("offers-filter-when"), filterMenuButton.pack({ menu: "w", state: reset }))
    .text(`${state.youth ? "✅" : "⬜"} ${ctx.t("offers-filter-youth")}`, listButton.pack({ ...reset, youth: !state.youth }))
    .row();
  if (hasFilter(state)) keyboard.text(ctx.t("offers-filter-clear"), listButton.pack(EMPTY_LIST));
  return keyboard;
}

const tick = (active: boolean, label: string) => (active ? `✅ ${label}` : label);

export function categoryKeyboard(ctx: BotContext, categories: CategoryEntry[], state: ListState): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(tick(!state.categoryId, ctx.t("offers-filter-all")), listButton.pack({ ...state, categoryId: undefined })).row();
  categories.forEach((category, i) => {
    keyboard.text(tick(state.categoryId === category.id, `${category.emoji} ${category.name}`), listButton.pack({ ...state, categoryId: category.id }));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function districtKeyboard(ctx: BotContext, districts: DistrictEntry[], state: ListState): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(tick(!state.districtId, ctx.t("offers-filter-all")), listButton.pack({ ...state, districtId: undefined })).row();
  districts.forEach((district, i) => {
    keyboard.text(tick(state.districtId === district.id, `📍 ${district.name}`), listButton.pack({ ...state, districtId: district.id }));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function whenKeyboard(ctx: BotContext, state: ListState): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(tick(!state.when, ctx.t("offers-filter-all")), listButton.pack({ ...state, when: undefined })).row();
  for (const when of WHEN_FILTERS) keyboard.text(tick(state.when === when, ctx.t(`offers-when-${when}`)), listButton.pack({ ...state, when })).row();
  return keyboard;
}

/**
 * The buttons under one offer. `version`: "machine" adds "📄 Show original"; "original" (the
 * author's texts on show) adds the way back to the reader's language.
 */
export function detailsKeyboard(
  ctx: BotContext,
  input: { offerId: number; occurrenceId: number; signupRequired: boolean; title: string; state: ListState; promote?: boolean; version?: "machine" | "original"; subscribeUrl?: string },
): InlineKeyboard {
  const share = shareLink(deepLink(ctx.me.username, { kind: "offer", offerId: input.offerId }), ctx.t("offers-share-text", { title: input.title }));
  const keyboard = new InlineKeyboard();
  if (input.signupRequired) keyboard.text(ctx.t("signup-button"), startSignup.pack(input.occurrenceId)).row();
  if (input.version === "machine") keyboard.text(ctx.t("translation-show-original"), originalButton.pack({ occurrenceId: input.occurrenceId, state: input.state })).row();
  if (input.version === "original") keyboard.text(ctx.t("mt-offer-show-translation"), translatedButton.pack({ occurrenceId: input.occurrenceId, state: input.state })).row();
  keyboard.url(ctx.t("offers-share"), share).row();
  const ask = askQuestionButton(ctx.t.bind(ctx), input.offerId);
  keyboard.text(ask.text, ask.callback_data).row();
  if (input.subscribeUrl) keyboard.url(ctx.t("feeds-subscribe"), input.subscribeUrl).row();
  // Staff of the offer's organization and admins only; the handler checks again.
  if (input.promote && isStaff(ctx)) keyboard.text(ctx.t("broadcast-promote"), promoteOfferButton.pack(input.occurrenceId)).row();
  return keyboard.text(ctx.t("offers-back"), listButton.pack(input.state));
}

export function searchKeyboard(ctx: BotContext, cards: OfferCard[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const card of cards) keyboard.text(cardButtonLabel(card), openButton.pack({ occurrenceId: card.occurrenceId, state: EMPTY_LIST })).row();
  return keyboard.text(ctx.t("search-all-offers"), listButton.pack(EMPTY_LIST));
}
