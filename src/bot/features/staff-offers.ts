// /myoffers for staff: their organization's offers, the people signed up per date, the list
// as a CSV document, attendance after the start, and cancelling an offer (which tells everyone
// signed up). The domain checks the role and organization of every action again.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { createNewOfferConversation, createRescheduleConversation, NEW_OFFER_CONVERSATION, RESCHEDULE_CONVERSATION } from "../conversations/new-offer.ts";
import { escapeHtml as esc, formatDateTime, isolate } from "../formatting.ts";
import { positiveId, callbackCodec } from "../callback-data.ts";
import { notice, present } from "../messages.ts";
import { isStaff } from "./broadcast.ts";
import { startConversation } from "../conversations/enter.ts";

const id = positiveId;
export const staffOfferButton = callbackCodec("so", "v", id);
export const staffDateButton = callbackCodec("so", "d", id);
export const staffExportButton = callbackCodec("so", "e", id);
export const staffCancelButton = callbackCodec("so", "c", id);
export const staffCancelConfirmButton = callbackCodec("so", "x", id);
export const staffListButton = callbackCodec("so", "l", id);
export const staffRescheduleButton = callbackCodec("so", "t", id);
export const staffEditButton = callbackCodec("so", "w", id);
export const attendanceButton = callbackCodec("so", "a", {
  encode: ({ signupId, present: here }: { signupId: number; present: boolean }) => `${here ? "p" : "n"}${signupId}`,
  decode: (raw: string) => {
    const match = /^([pn])([1-9]\d{0,9})$/.exec(raw);
    return match ? { signupId: Number(match[2]), present: match[1] === "p" } : undefined;
  },
});

const STATUS_ICON: Record<string, string> = { DRAFT: "📝", PENDING_APPROVAL: "⏳", PUBLISHED: "✅", CANCELLED: "❌" };
const SIGNUP_ICON: Record<string, string> = { CONFIRMED: "✅", WAITLISTED: "⏳", PENDING_GUARDIAN: "👪" };

export function staffOffersFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createNewOfferConversation({ timezone }), { id: NEW_OFFER_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRescheduleConversation({ timezone }), { id: RESCHEDULE_CONVERSATION }));
  const privateChats = composer.chatType("private");
  const dates = async (ctx: BotContext) => ({ locale: await ctx.i18n.getLocale(), timezone });

  async function showList(ctx: BotContext): Promise<void> {
    const style = await dates(ctx);
    const offers = await ctx.services.offerManagement.listOwn(ctx.user!.id, style.locale);
    const keyboard = new InlineKeyboard();
    for (const offer of offers) keyboard.text(`${STATUS_ICON[offer.status] ?? ""} ${offer.title.slice(0, 40)}`, staffOfferButton.pack(offer.offerId)).row();
    await present(ctx, `<b>${esc(ctx.t("staff-offers-title"))}</b>${offers.length ? "" : `\n\n${esc(ctx.t("staff-offers-none"))}`}`, keyboard);
  }

  async function showOffer(ctx: BotContext, offerId: number): Promise<void> {
    const style = await dates(ctx);
    const offer = (await ctx.services.offerManagement.listOwn(ctx.user!.id, style.locale)).find((o) => o.offerId === offerId);
    if (!offer) return showList(ctx);
    const keyboard = new InlineKeyboard();
    for (const date of offer.dates) keyboard.text(`📅 ${formatDateTime(date.startsAt, style)}`, staffDateButton.pack(date.id)).row();
    if (offer.status !== "CANCELLED") {
      keyboard.text(ctx.t("staff-offer-edit"), staffEditButton.pack(offerId)).text(ctx.t("staff-offer-reschedule"), staffRescheduleButton.pack(offerId)).row();
      keyboard.text(ctx.t("staff-offer-cancel"), staffCancelButton.pack(offerId)).row();
    }
    keyboard.text(ctx.t("staff-back"), staffListButton.pack(1));
    await present(ctx, `${STATUS_ICON[offer.status] ?? ""} <b>${esc(isolate(offer.title))}</b>\n\n${esc(ctx.t("staff-offer-dates"))}`, keyboard);
  }

  async function showParticipants(ctx: BotContext, occurrenceId: number): Promise<void> {
    const style = await dates(ctx);
    const people = await ctx.services.offerManagement.participants(ctx.user!.id, occurrenceId);
    const { startsAt: date, started } = await ctx.services.offers.occurrenceTiming(occurrenceId);
    const lines = people.map(
      (p, i) =>
        `${i + 1}. ${SIGNUP_ICON[p.status] ?? ""} ${esc(isolate(p.listName))} · ${p.seats}${p.childSeats ? ` (${p.childSeats} 👧)` : ""}${p.attendance ? ` · ${p.attendance === "PRESENT" ? "🙋" : "🚫"}` : ""}`,
    );
    const keyboard = new InlineKeyboard();
    if (started) {
      for (const p of people.filter((x) => x.status === "CONFIRMED")) {
        keyboard
          .text(`✅ ${p.listName.slice(0, 20)}`, attendanceButton.pack({ signupId: p.signupId, present: true }))
          .text(`❌ ${p.listName.slice(0, 20)}`, attendanceButton.pack({ signupId: p.signupId, present: false }))
          .row();
      }
    }
    if (people.length) keyboard.text(ctx.t("staff-participants-export"), staffExportButton.pack(occurrenceId)).row();
    const text = [
      `<b>${esc(ctx.t("staff-participants-title", { date: formatDateTime(date, style) }))}</b>`,
      "",
      people.length ? lines.join("\n") : esc(ctx.t("staff-participants-none")),
      ...(people.length && !started ? ["", esc(ctx.t("staff-attendance-hint"))] : []),
    ].join("\n");
    await present(ctx, text, keyboard);
  }

  /** Runs a staff action; domain refusals (wrong organization, revoked) become a polite answer. */
  const guarded = <T>(codec: { filter: RegExp; unpack(data: string | undefined): T | undefined }, action: (ctx: BotContext, value: T) => Promise<void>) =>
    privateChats.callbackQuery(codec.filter, async (ctx) => {
      const value = codec.unpack(ctx.callbackQuery.data);
      if (value === undefined || !ctx.user) return notice(ctx, ctx.t("error-stale-button"));
      if (!isStaff(ctx)) {
        await ctx.services.staff.recordDenied(ctx.user.id, `callback ${ctx.callbackQuery.data.slice(0, 20)}`);
        return notice(ctx, ctx.t("error-forbidden"));
      }
      try {
        await action(ctx, value);
        await notice(ctx);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (error.code === "forbidden") await ctx.services.staff.recordDenied(ctx.user.id, `callback ${ctx.callbackQuery.data.slice(0, 20)}`);
        await notice(ctx, ctx.t(`error-${error.code}`));
      }
    });

  privateChats.command("myoffers", async (ctx) => {
    if (!isStaff(ctx)) {
      if (ctx.user) await ctx.services.staff.recordDenied(ctx.user.id, "/myoffers");
      return ctx.reply(ctx.t("error-forbidden"));
    }
    await showList(ctx);
  });
  privateChats.command("newoffer", async (ctx) => {
    if (!isStaff(ctx)) {
      if (ctx.user) await ctx.services.staff.recordDenied(ctx.user.id, "/newoffer");
      return ctx.reply(ctx.t("error-forbidden"));
    }
    await startConversation(ctx, NEW_OFFER_CONVERSATION);
  });
  guarded(staffListButton, (ctx) => showList(ctx));
  guarded(staffRescheduleButton, (ctx, offerId) => startConversation(ctx, RESCHEDULE_CONVERSATION, offerId));
  guarded(staffEditButton, (ctx, offerId) => startConversation(ctx, NEW_OFFER_CONVERSATION, offerId));
  guarded(staffOfferButton, (ctx, offerId) => showOffer(ctx, offerId));
  guarded(staffDateButton, (ctx, occurrenceId) => showParticipants(ctx, occurrenceId));
  guarded(staffCancelButton, async (ctx, offerId) => {
    const offer = (await ctx.services.offerManagement.listOwn(ctx.user!.id, await ctx.i18n.getLocale())).find((o) => o.offerId === offerId);
    const keyboard = new InlineKeyboard().text(ctx.t("staff-offer-cancel-yes"), staffCancelConfirmButton.pack(offerId)).row().text(ctx.t("staff-back"), staffOfferButton.pack(offerId));
    await present(ctx, esc(ctx.t("staff-offer-cancel-confirm", { title: offer?.title ?? "" })), keyboard);
  });
  guarded(staffCancelConfirmButton, async (ctx, offerId) => {
    const { notified } = await ctx.services.offerManagement.cancel(ctx.user!.id, offerId);
    await present(ctx, esc(ctx.t("staff-offer-cancelled", { count: notified })), new InlineKeyboard().text(ctx.t("staff-back"), staffListButton.pack(1)));
  });
  guarded(staffExportButton, async (ctx, occurrenceId) => {
    const csv = await ctx.services.offerManagement.exportCsv(ctx.user!.id, occurrenceId, {
      listName: ctx.t("staff-csv-name"),
      seats: ctx.t("staff-csv-seats"),
      childSeats: ctx.t("staff-csv-children"),
      status: ctx.t("staff-csv-status"),
      ageBand: ctx.t("staff-csv-age"),
      attendance: ctx.t("staff-csv-attendance"),
    });
    await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), `teilnehmende-${occurrenceId}.csv`), { caption: ctx.t("staff-participants-csv-caption") });
  });
  guarded(attendanceButton, async (ctx, { signupId, present: here }) => {
    const occurrenceId = await ctx.services.signups.occurrenceOf(signupId);
    await ctx.services.offerManagement.markAttendance(ctx.user!.id, signupId, here ? "PRESENT" : "ABSENT");
    await showParticipants(ctx, occurrenceId);
  });

  return composer;
}

