// Staff announcements: /broadcast (the conversation), /announcements (the organization's
// scheduled and pending ones with their counts, edit, cancel; admins see every organization's),
// and "Promote this offer" on an offer (staff of its organization and admins). The composer lets only staff
// through (roles.ts) and the domain checks again; a resident pressing a forged staff button is
// refused and audited.
import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { BaseContext, BotContext } from "../context.ts";
import {
  BROADCAST_CONVERSATION,
  createBroadcastConversation,
  createEditAnnouncementConversation,
  EDIT_ANNOUNCEMENT_CONVERSATION,
} from "../conversations/broadcast.ts";
import { startConversation } from "../conversations/enter.ts";
import { dateStyleOf, translateIn } from "../i18n.ts";
import { announcementsKeyboard, cancelAnnouncementButton, editAnnouncementButton, promoteOfferButton } from "../keyboards/broadcast.ts";
import { notice, present } from "../messages.ts";
import { isAdmin, isStaff, restrictTo } from "../roles.ts";
import { renderAnnouncements } from "../views/broadcast.ts";

export function broadcastFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createBroadcastConversation({ timezone }), { id: BROADCAST_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createEditAnnouncementConversation({ timezone }), { id: EDIT_ANNOUNCEMENT_CONVERSATION }));
  const staff = restrictTo(composer.chatType("private"), isStaff);

  async function showAnnouncements(ctx: BotContext): Promise<void> {
    const t = translateIn(ctx);
    const scheduled = await ctx.services.announcements.listScheduled(ctx.user!.id);
    const recent = await ctx.services.announcements.recentStats(ctx.user!.id, 5);
    await present(ctx, renderAnnouncements(t, scheduled, recent, await dateStyleOf(ctx, timezone), { showOrganization: isAdmin(ctx) }), announcementsKeyboard(t, scheduled));
  }

  staff.command("broadcast", (ctx) => startConversation(ctx, BROADCAST_CONVERSATION));
  staff.command("announcements", (ctx) => showAnnouncements(ctx));

  // The list is shown again also when the cancel was refused (already sent, cancelled meanwhile).
  staff.button(cancelAnnouncementButton, "broadcast.cancel", async (ctx, announcementId) => {
    try {
      await ctx.services.announcements.cancel(ctx.user!.id, announcementId);
      await notice(ctx, ctx.t("broadcast-cancelled-scheduled"));
    } catch (error) {
      // Another organization's announcement: refused and audited by restrictTo, no list again.
      if (!(error instanceof DomainError) || error.code === "forbidden") throw error;
      await notice(ctx, ctx.t(`error-${error.code}`));
    }
    await showAnnouncements(ctx);
  });

  // Only the actor's own (their organization's; admins: any) open announcements can be edited;
  // the domain checks again when the change is saved.
  staff.button(editAnnouncementButton, "broadcast.edit", async (ctx, announcementId) => {
    const own = await ctx.services.announcements.listScheduled(ctx.user!.id);
    if (!own.some((a) => a.id === announcementId)) return notice(ctx, ctx.t("error-announcement-not-editable"));
    await notice(ctx);
    await startConversation(ctx, EDIT_ANNOUNCEMENT_CONVERSATION, announcementId);
  });

  // "Promote this offer": a prefilled announcement to the offer's topic and district, with the
  // offer's title and summary in every language it has. Refused (and audited) for staff of
  // another organization.
  staff.button(promoteOfferButton, "broadcast.promote", async (ctx, occurrenceId) => {
    const preset = await ctx.services.announcements.promotionDraft(ctx.user!.id, occurrenceId);
    await notice(ctx);
    await startConversation(ctx, BROADCAST_CONVERSATION, preset);
  });

  return composer;
}
