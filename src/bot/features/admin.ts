// /admin for admins: organizations (invite staff, trusted or not, revoke staff), the approval
// queue of offers, and the audit log. Every command and button checks the role here; the domain
// checks it again (except the audit log, which has no actor: this check is its only guard). A
// refused attempt (a resident, a forged or stale button) is answered politely and audited.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import { pickTranslation } from "../../domain/translations.ts";
import type { CallbackCodec } from "../callback-data.ts";
import type { BaseContext, BotContext } from "../context.ts";
import {
  createNewOrganizationConversation,
  createRejectOfferConversation,
  NEW_ORGANIZATION_CONVERSATION,
  REJECT_OFFER_CONVERSATION,
} from "../conversations/admin.ts";
import { escapeHtml as esc, formatDateTime, isolate, truncate } from "../formatting.ts";
import {
  adminApproveButton,
  adminAuditButton,
  adminInviteButton,
  adminOrganizationButton,
  adminRejectButton,
  adminRevokeButton,
  adminScreenButton,
  adminStaffButton,
  adminTrustButton,
} from "../keyboards/admin.ts";
import { notice, present } from "../messages.ts";
import { startConversation } from "../conversations/enter.ts";

const AUDIT_PAGE_SIZE = 10;

export const isAdmin = (ctx: BotContext) => ctx.user?.role === "ADMIN";

export function adminFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createNewOrganizationConversation(), { id: NEW_ORGANIZATION_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRejectOfferConversation(), { id: REJECT_OFFER_CONVERSATION }));
  const privateChats = composer.chatType("private");
  const dateStyle = async (ctx: BotContext) => ({ locale: await ctx.i18n.getLocale(), timezone });

  async function refuse(ctx: BotContext, action: string): Promise<void> {
    ctx.log.warn({ user: ctx.user?.id, data: ctx.callbackQuery?.data?.slice(0, 64) }, "admin action refused");
    await ctx.services.staff.recordDenied(ctx.user?.id ?? null, action, ctx.callbackQuery?.data);
    if (ctx.callbackQuery) await notice(ctx, ctx.t("error-forbidden"));
    else await ctx.reply(ctx.t("error-forbidden"));
  }

  /** Checks the role, parses the payload and turns a DomainError into a short notice. */
  function button<T>(codec: CallbackCodec<T>, action: string, handle: (ctx: BotContext, value: T, adminId: number) => Promise<void>): void {
    privateChats.callbackQuery(codec.filter, async (ctx) => {
      if (!isAdmin(ctx)) return refuse(ctx, action);
      const value = codec.unpack(ctx.callbackQuery.data);
      if (value === undefined) return notice(ctx, ctx.t("error-stale-button"));
      try {
        await handle(ctx, value, ctx.user!.id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // The domain refused although the bot saw an admin (the role changed meanwhile).
        if (error.code === "forbidden") await ctx.services.staff.recordDenied(ctx.user?.id ?? null, action, ctx.callbackQuery.data);
        await notice(ctx, ctx.t(`error-${error.code}`));
      }
    });
  }

  // --- screens -------------------------------------------------------------------------------

  async function showMenu(ctx: BotContext): Promise<void> {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("admin-organizations"), adminScreenButton.pack("orgs"))
      .row()
      .text(ctx.t("admin-approvals"), adminScreenButton.pack("approvals"))
      .row()
      .text(ctx.t("admin-audit"), adminAuditButton.pack(0));
    await present(ctx, `<b>${esc(ctx.t("admin-menu-title"))}</b>\n\n${esc(ctx.t("admin-menu-text"))}`, keyboard);
  }

  async function showOrganizations(ctx: BotContext, adminId: number): Promise<void> {
    const organizations = await ctx.services.staff.listOrganizations(adminId);
    const lines = [`<b>${esc(ctx.t("admin-organizations-title"))}</b>`, ""];
    if (organizations.length === 0) lines.push(esc(ctx.t("admin-organizations-none")));
    const keyboard = new InlineKeyboard();
    for (const org of organizations) {
      lines.push(`${org.trusted ? "✅" : "⬜"} ${esc(isolate(org.name))} · ${esc(ctx.t("admin-organization-staff-count", { count: org.staffCount }))}`);
      keyboard.text(`🏢 ${truncate(org.name, 40)}`, adminOrganizationButton.pack(org.id)).row();
    }
    keyboard.text(ctx.t("admin-organization-new"), adminScreenButton.pack("new-org")).row();
    keyboard.text(ctx.t("admin-back"), adminScreenButton.pack("menu"));
    await present(ctx, lines.join("\n"), keyboard);
  }

  async function showOrganization(ctx: BotContext, adminId: number, organizationId: number): Promise<void> {
    const org = (await ctx.services.staff.listOrganizations(adminId)).find((o) => o.id === organizationId);
    if (!org) {
      await notice(ctx, ctx.t("error-not-found"));
      return showOrganizations(ctx, adminId);
    }
    const keyboard = new InlineKeyboard()
      .text(ctx.t("admin-invite"), adminInviteButton.pack(org.id))
      .row()
      .text(ctx.t(org.trusted ? "admin-organization-trusted-on" : "admin-organization-trusted-off"), adminTrustButton.pack({ organizationId: org.id, trusted: !org.trusted }))
      .row()
      .text(ctx.t("admin-staff"), adminStaffButton.pack(org.id))
      .row()
      .text(ctx.t("admin-back"), adminScreenButton.pack("orgs"));
    const text = [
      `🏢 <b>${esc(isolate(org.name))}</b>`,
      "",
      `${org.trusted ? "✅" : "⬜"} ${esc(ctx.t("admin-organization-trusted-hint"))}`,
      `👥 ${esc(ctx.t("admin-organization-staff-count", { count: org.staffCount }))}`,
    ].join("\n");
    await present(ctx, text, keyboard);
  }

  async function showStaff(ctx: BotContext, adminId: number, organizationId: number): Promise<void> {
    const org = (await ctx.services.staff.listOrganizations(adminId)).find((o) => o.id === organizationId);
    if (!org) {
      await notice(ctx, ctx.t("error-not-found"));
      return showOrganizations(ctx, adminId);
    }
    const members = await ctx.services.staff.listStaff(adminId, organizationId);
    const lines = [`<b>${esc(ctx.t("admin-staff-title", { organization: org.name }))}</b>`, ""];
    if (members.length === 0) lines.push(esc(ctx.t("admin-staff-none")));
    const keyboard = new InlineKeyboard();
    members.forEach((member, i) => {
      const name = staffName(member);
      lines.push(`${i + 1}. ${esc(isolate(name))}`);
      keyboard.text(ctx.t("admin-staff-revoke", { name: truncate(name, 30) }), adminRevokeButton.pack({ organizationId, userId: member.userId })).row();
    });
    keyboard.text(ctx.t("admin-back"), adminOrganizationButton.pack(organizationId));
    await present(ctx, lines.join("\n"), keyboard);
  }

  async function showApprovals(ctx: BotContext, adminId: number): Promise<void> {
    const { locale } = await dateStyle(ctx);
    const pending = await ctx.services.offerManagement.pending(adminId);
    const lines = [`<b>${esc(ctx.t("admin-approvals-title"))}</b>`, ""];
    if (pending.length === 0) lines.push(esc(ctx.t("admin-approvals-none")));
    const keyboard = new InlineKeyboard();
    pending.forEach((offer, i) => {
      lines.push(`${i + 1}. <b>${esc(isolate(offerTitle(offer, locale)))}</b> · ${esc(isolate(offer.organization.name))}`);
      keyboard
        .text(`${ctx.t("admin-approve")} ${i + 1}`, adminApproveButton.pack(offer.id))
        .text(`${ctx.t("admin-reject")} ${i + 1}`, adminRejectButton.pack(offer.id))
        .row();
    });
    keyboard.text(ctx.t("admin-back"), adminScreenButton.pack("menu"));
    await present(ctx, lines.join("\n"), keyboard);
  }

  async function showAudit(ctx: BotContext, page: number): Promise<void> {
    const style = await dateStyle(ctx);
    const { entries, hasMore } = await ctx.services.audit.page({ actorUserId: ctx.user!.id, page, pageSize: AUDIT_PAGE_SIZE });
    const lines = [`<b>${esc(ctx.t("admin-audit-title", { page: page + 1 }))}</b>`, ""];
    if (entries.length === 0) lines.push(esc(ctx.t("admin-audit-empty")));
    for (const entry of entries) {
      // Target and action come from stored data that may echo a forged payload: escaped.
      const target = [entry.targetType, entry.targetId].filter(Boolean).join(" ");
      const actor = entry.actorUserId === null ? ctx.t("admin-audit-system") : ctx.t("admin-audit-actor", { userId: String(entry.actorUserId) });
      lines.push(esc(`#${entry.id} · ${formatDateTime(entry.createdAt, style)} · ${entry.action} · ${target} · ${actor}`));
    }
    const keyboard = new InlineKeyboard();
    if (page > 0) keyboard.text("◀", adminAuditButton.pack(page - 1));
    if (hasMore) keyboard.text("▶", adminAuditButton.pack(page + 1));
    keyboard.row().text(ctx.t("admin-back"), adminScreenButton.pack("menu"));
    await present(ctx, lines.join("\n"), keyboard);
  }

  // --- commands and buttons ------------------------------------------------------------------

  privateChats.command("admin", (ctx) => (isAdmin(ctx) ? showMenu(ctx) : refuse(ctx, "/admin")));

  button(adminScreenButton, "admin.screen", async (ctx, screen, adminId) => {
    if (screen === "new-org") {
      await notice(ctx);
      await startConversation(ctx, NEW_ORGANIZATION_CONVERSATION);
      return;
    }
    if (screen === "orgs") await showOrganizations(ctx, adminId);
    else if (screen === "approvals") await showApprovals(ctx, adminId);
    else await showMenu(ctx);
    await notice(ctx);
  });

  button(adminOrganizationButton, "admin.organization", async (ctx, organizationId, adminId) => {
    await showOrganization(ctx, adminId, organizationId);
    await notice(ctx);
  });

  button(adminTrustButton, "admin.trust", async (ctx, { organizationId, trusted }, adminId) => {
    await ctx.services.staff.editOrganization(adminId, organizationId, { trusted });
    await showOrganization(ctx, adminId, organizationId);
    await notice(ctx);
  });

  // A new message (not an edit): the admin forwards or copies the link, and the organization
  // screen stays where it is.
  button(adminInviteButton, "admin.invite", async (ctx, organizationId, adminId) => {
    const org = (await ctx.services.staff.listOrganizations(adminId)).find((o) => o.id === organizationId);
    const { token, expiresAt } = await ctx.services.staff.invite(adminId, organizationId);
    const link = `https://t.me/${ctx.me.username}?start=invite_${token}`;
    const organization = org?.name ?? "";
    const share = `https://t.me/share/url?url=${encodeURIComponent(link)}&text=${encodeURIComponent(ctx.t("admin-invite-share-text", { organization }))}`;
    await ctx.reply(`${esc(ctx.t("admin-invite-link", { organization, date: formatDateTime(expiresAt, await dateStyle(ctx)) }))}\n\n${esc(link)}`, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: new InlineKeyboard().url(ctx.t("admin-invite-share"), share),
    });
    await notice(ctx);
  });

  button(adminStaffButton, "admin.staff", async (ctx, organizationId, adminId) => {
    await showStaff(ctx, adminId, organizationId);
    await notice(ctx);
  });

  // Revoking asks nothing more (the person can be invited again); the notice confirms it.
  button(adminRevokeButton, "admin.revoke", async (ctx, { organizationId, userId }, adminId) => {
    const member = (await ctx.services.staff.listStaff(adminId, organizationId)).find((m) => m.userId === userId);
    if (!member) {
      await notice(ctx, ctx.t("error-not-found"));
      return showStaff(ctx, adminId, organizationId);
    }
    await ctx.services.staff.revoke(adminId, userId);
    await notice(ctx, ctx.t("admin-staff-revoked", { name: staffName(member) }));
    await showStaff(ctx, adminId, organizationId);
  });

  button(adminApproveButton, "admin.approve", async (ctx, offerId, adminId) => {
    await ctx.services.offerManagement.approve(adminId, offerId);
    await notice(ctx, ctx.t("admin-approved"));
    await showApprovals(ctx, adminId);
  });

  button(adminRejectButton, "admin.reject", async (ctx, offerId, adminId) => {
    const offer = (await ctx.services.offerManagement.pending(adminId)).find((o) => o.id === offerId);
    if (!offer) {
      await notice(ctx, ctx.t("error-offer-not-pending"));
      return showApprovals(ctx, adminId);
    }
    await notice(ctx);
    await startConversation(ctx, REJECT_OFFER_CONVERSATION, { offerId, title: offerTitle(offer, await ctx.i18n.getLocale()) });
  });

  button(adminAuditButton, "admin.audit", async (ctx, page) => {
    await showAudit(ctx, page);
    await notice(ctx);
  });

  return composer;
}

/** The offer's title for the admin (their language, else the source language, else any). */
function offerTitle(offer: { id: number; sourceLocale: string; translations: { locale: string; title: string }[] }, locale: string): string {
  return pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? `#${offer.id}`;
}

/** Staff without a stored first name (erased, or never sent one) show as their user id. */
const staffName = (member: { userId: number; firstName: string | undefined }) => member.firstName ?? `#${member.userId}`;
