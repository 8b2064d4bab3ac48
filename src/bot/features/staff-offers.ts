// /myoffers for staff: their organization's offers, the people signed up per date, the list
// as a CSV document, attendance after the start, and cancelling an offer (which tells everyone
// signed up). The composer lets only staff through (roles.ts); the domain checks the role and
// organization of every action again.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InputFile } from "grammy";
import type { CallbackCodec } from "../callback-data.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { startConversation } from "../conversations/enter.ts";
import { createNewOfferConversation, createRescheduleConversation, NEW_OFFER_CONVERSATION, RESCHEDULE_CONVERSATION } from "../conversations/new-offer.ts";
import { dateStyleOf, translateIn } from "../i18n.ts";
import {
  attendanceButton,
  backToOwnOffersKeyboard,
  cancelOfferKeyboard,
  ownOfferKeyboard,
  ownOffersKeyboard,
  participantsKeyboard,
  staffCancelButton,
  staffCancelConfirmButton,
  staffDateButton,
  staffEditButton,
  staffExportButton,
  staffListButton,
  staffOfferButton,
  staffRescheduleButton,
} from "../keyboards/staff-offers.ts";
import { notice, present } from "../messages.ts";
import { isStaff, restrictTo } from "../roles.ts";
import { renderCancelled, renderCancelQuestion, renderOwnOffer, renderOwnOffers, renderParticipants } from "../views/staff-offers.ts";

export function staffOffersFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createNewOfferConversation({ timezone }), { id: NEW_OFFER_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRescheduleConversation({ timezone }), { id: RESCHEDULE_CONVERSATION }));
  const staff = restrictTo(composer.chatType("private"), isStaff);
  const dates = (ctx: BotContext) => dateStyleOf(ctx, timezone);

  async function showList(ctx: BotContext): Promise<void> {
    const offers = await ctx.services.offerManagement.listOwn(ctx.user!.id, (await dates(ctx)).locale);
    await present(ctx, renderOwnOffers(translateIn(ctx), offers), ownOffersKeyboard(translateIn(ctx), offers));
  }

  async function showOffer(ctx: BotContext, offerId: number): Promise<void> {
    const style = await dates(ctx);
    // Another organization's offer (a forged button) is refused here, before anything shows.
    const offer = await ctx.services.offerManagement.ownOffer(ctx.user!.id, offerId, style.locale);
    const t = translateIn(ctx);
    await present(ctx, renderOwnOffer(t, offer), ownOfferKeyboard(t, offer, style));
  }

  async function showParticipants(ctx: BotContext, occurrenceId: number): Promise<void> {
    const style = await dates(ctx);
    const people = await ctx.services.offerManagement.participants(ctx.user!.id, occurrenceId);
    const timing = await ctx.services.offers.occurrenceTiming(occurrenceId);
    const t = translateIn(ctx);
    await present(ctx, renderParticipants(t, people, timing, style), participantsKeyboard(t, people, timing.started, occurrenceId));
  }

  /** A staff button: acts, then answers the press (refusals are answered by restrictTo). */
  const button = <T>(codec: CallbackCodec<T>, action: string, act: (ctx: BotContext, value: T) => Promise<void>) =>
    staff.button(codec, action, async (ctx, value) => {
      await act(ctx, value);
      await notice(ctx);
    });

  staff.command("myoffers", (ctx) => showList(ctx));
  staff.command("newoffer", (ctx) => startConversation(ctx, NEW_OFFER_CONVERSATION));
  button(staffListButton, "staff.list", (ctx) => showList(ctx));
  /** A conversation about one offer opens only for staff who may change it. */
  const mayManage = async (ctx: BotContext, offerId: number) => void (await ctx.services.offerManagement.ownOffer(ctx.user!.id, offerId, (await dates(ctx)).locale));
  button(staffRescheduleButton, "staff.reschedule", async (ctx, offerId) => {
    await mayManage(ctx, offerId);
    await startConversation(ctx, RESCHEDULE_CONVERSATION, offerId);
  });
  button(staffEditButton, "staff.edit", async (ctx, offerId) => {
    await mayManage(ctx, offerId);
    await startConversation(ctx, NEW_OFFER_CONVERSATION, offerId);
  });
  button(staffOfferButton, "staff.offer", (ctx, offerId) => showOffer(ctx, offerId));
  button(staffDateButton, "staff.date", (ctx, occurrenceId) => showParticipants(ctx, occurrenceId));
  button(staffCancelButton, "staff.cancel", async (ctx, offerId) => {
    const offer = await ctx.services.offerManagement.ownOffer(ctx.user!.id, offerId, (await dates(ctx)).locale);
    const t = translateIn(ctx);
    await present(ctx, renderCancelQuestion(t, offer.title), cancelOfferKeyboard(t, offerId));
  });
  button(staffCancelConfirmButton, "staff.cancel-confirm", async (ctx, offerId) => {
    const { notified } = await ctx.services.offerManagement.cancel(ctx.user!.id, offerId);
    const t = translateIn(ctx);
    await present(ctx, renderCancelled(t, notified), backToOwnOffersKeyboard(t));
  });
  button(staffExportButton, "staff.export", async (ctx, occurrenceId) => {
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
  button(attendanceButton, "staff.attendance", async (ctx, { signupId, present: here }) => {
    const occurrenceId = await ctx.services.signups.occurrenceOf(signupId);
    await ctx.services.offerManagement.markAttendance(ctx.user!.id, signupId, here ? "PRESENT" : "ABSENT");
    await showParticipants(ctx, occurrenceId);
  });

  return composer;
}
