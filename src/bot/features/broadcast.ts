// Staff announcements: /broadcast (the conversation), /announcements (scheduled ones with
// their counts, cancel), and "Promote this offer" on an offer. Every action checks the role
// here and again in the domain; a resident pressing a forged staff button is refused and logged.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import { pickText } from "../../domain/translations.ts";
import type { BaseContext, BotContext } from "../context.ts";
import {
  BROADCAST_CONVERSATION,
  createBroadcastConversation,
  createEditAnnouncementConversation,
  EDIT_ANNOUNCEMENT_CONVERSATION,
} from "../conversations/broadcast.ts";
import { cancelAnnouncementButton, editAnnouncementButton, promoteOfferButton } from "../keyboards/broadcast.ts";
import { escapeHtml as esc, formatDateTime } from "../formatting.ts";
import { notice, present } from "../messages.ts";
import { startConversation } from "../conversations/enter.ts";


export const isStaff = (ctx: BotContext) => ctx.user?.role === "STAFF" || ctx.user?.role === "ADMIN";

export function broadcastFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createBroadcastConversation({ timezone }), { id: BROADCAST_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createEditAnnouncementConversation({ timezone }), { id: EDIT_ANNOUNCEMENT_CONVERSATION }));
  const privateChats = composer.chatType("private");

  const refuse = async (ctx: BotContext) => {
    ctx.log.warn({ user: ctx.user?.id, data: ctx.callbackQuery?.data?.slice(0, 64) }, "staff action refused");
    if (ctx.callbackQuery) await notice(ctx, ctx.t("error-forbidden"));
    else await ctx.reply(ctx.t("error-forbidden"));
  };

  privateChats.command("broadcast", async (ctx) => (isStaff(ctx) ? startConversation(ctx, BROADCAST_CONVERSATION) : refuse(ctx)));

  async function showAnnouncements(ctx: BotContext): Promise<void> {
    const locale = await ctx.i18n.getLocale();
    const scheduled = await ctx.services.announcements.listScheduled();
    const lines = [`<b>${esc(ctx.t("broadcast-list-title"))}</b>`, ""];
    const keyboard = new InlineKeyboard();
    if (scheduled.length === 0) lines.push(esc(ctx.t("broadcast-list-empty")));
    for (const row of scheduled) {
      const text = pickText(row.texts as Record<string, string>, locale, row.sourceLocale)?.text ?? "";
      lines.push(`#${row.id} · ${esc(formatDateTime(row.scheduledAt, { locale, timezone }))}${row.urgent ? " · ⚠️" : ""}${row.repeatRule ? " · 🔁" : ""}`, esc(text.slice(0, 80)), "");
      keyboard
        .text(`${ctx.t("broadcast-edit")} #${row.id}`, editAnnouncementButton.pack(row.id))
        .text(`${ctx.t("broadcast-cancel-scheduled")} #${row.id}`, cancelAnnouncementButton.pack(row.id))
        .row();
    }
    for (const stats of await ctx.services.announcements.recentStats(5)) {
      lines.push(esc(ctx.t("broadcast-stats", { ...stats })));
    }
    await present(ctx, lines.join("\n"), keyboard);
  }

  privateChats.command("announcements", (ctx) => (isStaff(ctx) ? showAnnouncements(ctx) : refuse(ctx)));

  privateChats.callbackQuery(cancelAnnouncementButton.filter, async (ctx) => {
    if (!isStaff(ctx)) return refuse(ctx);
    const announcementId = cancelAnnouncementButton.unpack(ctx.callbackQuery.data);
    if (!announcementId) return notice(ctx, ctx.t("error-stale-button"));
    try {
      await ctx.services.announcements.cancel(ctx.user!.id, announcementId);
      await notice(ctx, ctx.t("broadcast-cancelled-scheduled"));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await notice(ctx, ctx.t(`error-${error.code}`));
    }
    await showAnnouncements(ctx);
  });

  privateChats.callbackQuery(editAnnouncementButton.filter, async (ctx) => {
    if (!isStaff(ctx)) return refuse(ctx);
    const announcementId = editAnnouncementButton.unpack(ctx.callbackQuery.data);
    if (!announcementId) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    await startConversation(ctx, EDIT_ANNOUNCEMENT_CONVERSATION, announcementId);
  });

  // "Promote this offer": a prefilled announcement to the offer's topic and district, with the
  // offer's title and summary in every language it has.
  privateChats.callbackQuery(promoteOfferButton.filter, async (ctx) => {
    if (!isStaff(ctx)) return refuse(ctx);
    const occurrenceId = promoteOfferButton.unpack(ctx.callbackQuery.data);
    if (!occurrenceId) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    const preset = await ctx.services.offers.promotionDraft(occurrenceId);
    await startConversation(ctx, BROADCAST_CONVERSATION, preset);
  });

  return composer;
}
