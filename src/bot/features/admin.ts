// /admin for admins: organizations (invite staff, trusted or not, revoke staff), the approval
// queue of offers, and the audit log. The composer lets only admins through (roles.ts); the
// domain checks the actor again on every call, the audit log included. A refused attempt (a
// resident, a forged or stale button) is answered politely and audited.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import type { BaseContext, BotContext } from "../context.ts";
import {
  createNewOrganizationConversation,
  createRejectAnnouncementConversation,
  createRejectOfferConversation,
  NEW_ORGANIZATION_CONVERSATION,
  REJECT_ANNOUNCEMENT_CONVERSATION,
  REJECT_OFFER_CONVERSATION,
} from "../conversations/admin.ts";
import { startConversation } from "../conversations/enter.ts";
import { deepLink, shareLink } from "../deep-links.ts";
import { dateStyleOf, translateIn } from "../i18n.ts";
import {
  adminAnnouncementApprovalsButton,
  adminApproveAnnouncementButton,
  adminApproveButton,
  adminRejectAnnouncementButton,
  announcementApprovalsKeyboard,
  adminAuditButton,
  adminInviteButton,
  adminMenuKeyboard,
  adminOrganizationButton,
  adminRejectButton,
  adminRevokeButton,
  adminScreenButton,
  adminStaffButton,
  adminTrustButton,
  approvalsKeyboard,
  auditKeyboard,
  organizationKeyboard,
  organizationsKeyboard,
  staffKeyboard,
} from "../keyboards/admin.ts";
import { notice, present } from "../messages.ts";
import { isAdmin, restrictTo } from "../roles.ts";
import { offerTitle, renderAdminMenu, renderAnnouncementApprovals, renderApprovals, renderAudit, renderInvitation, renderOrganization, renderOrganizations, renderStaff, staffName } from "../views/admin.ts";

const AUDIT_PAGE_SIZE = 10;

export function adminFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createNewOrganizationConversation(), { id: NEW_ORGANIZATION_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRejectOfferConversation(), { id: REJECT_OFFER_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRejectAnnouncementConversation(), { id: REJECT_ANNOUNCEMENT_CONVERSATION }));
  const admins = restrictTo(composer.chatType("private"), isAdmin);
  announcementApprovals(admins, timezone);
  const dateStyle = (ctx: BotContext) => dateStyleOf(ctx, timezone);

  // --- screens -------------------------------------------------------------------------------

  async function showMenu(ctx: BotContext): Promise<void> {
    const t = translateIn(ctx);
    await present(ctx, renderAdminMenu(t), adminMenuKeyboard(t));
  }

  async function showOrganizations(ctx: BotContext, adminId: number): Promise<void> {
    const t = translateIn(ctx);
    const organizations = await ctx.services.staff.listOrganizations(adminId);
    await present(ctx, renderOrganizations(t, organizations), organizationsKeyboard(t, organizations));
  }

  /** The organization, or undefined after telling the admin it is gone and showing the list. */
  async function findOrganization(ctx: BotContext, adminId: number, organizationId: number) {
    const org = (await ctx.services.staff.listOrganizations(adminId)).find((o) => o.id === organizationId);
    if (org) return org;
    await notice(ctx, ctx.t("error-not-found"));
    await showOrganizations(ctx, adminId);
    return undefined;
  }

  async function showOrganization(ctx: BotContext, adminId: number, organizationId: number): Promise<void> {
    const org = await findOrganization(ctx, adminId, organizationId);
    if (!org) return;
    const t = translateIn(ctx);
    await present(ctx, renderOrganization(t, org), organizationKeyboard(t, org));
  }

  async function showStaff(ctx: BotContext, adminId: number, organizationId: number): Promise<void> {
    const org = await findOrganization(ctx, adminId, organizationId);
    if (!org) return;
    const t = translateIn(ctx);
    const members = await ctx.services.staff.listStaff(adminId, organizationId);
    await present(ctx, renderStaff(t, org, members), staffKeyboard(t, organizationId, members));
  }

  async function showApprovals(ctx: BotContext, adminId: number): Promise<void> {
    const t = translateIn(ctx);
    const { locale } = await dateStyle(ctx);
    const pending = await ctx.services.offerManagement.pending(adminId);
    await present(ctx, renderApprovals(t, pending, locale), approvalsKeyboard(t, pending));
  }

  async function showAudit(ctx: BotContext, adminId: number, page: number): Promise<void> {
    const t = translateIn(ctx);
    const { entries, hasMore } = await ctx.services.audit.page({ actorUserId: adminId, page, pageSize: AUDIT_PAGE_SIZE });
    await present(ctx, renderAudit(t, entries, page, await dateStyle(ctx)), auditKeyboard(t, page, hasMore));
  }

  // --- commands and buttons ------------------------------------------------------------------

  admins.command("admin", (ctx) => showMenu(ctx));

  admins.button(adminScreenButton, "admin.screen", async (ctx, screen) => {
    if (screen === "new-org") {
      await notice(ctx);
      await startConversation(ctx, NEW_ORGANIZATION_CONVERSATION);
      return;
    }
    if (screen === "orgs") await showOrganizations(ctx, ctx.user!.id);
    else if (screen === "approvals") await showApprovals(ctx, ctx.user!.id);
    else await showMenu(ctx);
    await notice(ctx);
  });

  admins.button(adminOrganizationButton, "admin.organization", async (ctx, organizationId) => {
    await showOrganization(ctx, ctx.user!.id, organizationId);
    await notice(ctx);
  });

  admins.button(adminTrustButton, "admin.trust", async (ctx, { organizationId, trusted }) => {
    await ctx.services.staff.editOrganization(ctx.user!.id, organizationId, { trusted });
    await showOrganization(ctx, ctx.user!.id, organizationId);
    await notice(ctx);
  });

  // A new message (not an edit): the admin forwards or copies the link, and the organization
  // screen stays where it is.
  admins.button(adminInviteButton, "admin.invite", async (ctx, organizationId) => {
    const adminId = ctx.user!.id;
    const org = (await ctx.services.staff.listOrganizations(adminId)).find((o) => o.id === organizationId);
    const { token, expiresAt } = await ctx.services.staff.invite(adminId, organizationId);
    const link = deepLink(ctx.me.username, { kind: "invite", token });
    const organization = org?.name ?? "";
    await ctx.reply(renderInvitation(translateIn(ctx), organization, expiresAt, link, await dateStyle(ctx)), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: new InlineKeyboard().url(ctx.t("admin-invite-share"), shareLink(link, ctx.t("admin-invite-share-text", { organization }))),
    });
    await notice(ctx);
  });

  admins.button(adminStaffButton, "admin.staff", async (ctx, organizationId) => {
    await showStaff(ctx, ctx.user!.id, organizationId);
    await notice(ctx);
  });

  // Revoking asks nothing more (the person can be invited again); the notice confirms it.
  admins.button(adminRevokeButton, "admin.revoke", async (ctx, { organizationId, userId }) => {
    const adminId = ctx.user!.id;
    const member = (await ctx.services.staff.listStaff(adminId, organizationId)).find((m) => m.userId === userId);
    if (!member) {
      await notice(ctx, ctx.t("error-not-found"));
      return showStaff(ctx, adminId, organizationId);
    }
    await ctx.services.staff.revoke(adminId, userId);
    await notice(ctx, ctx.t("admin-staff-revoked", { name: staffName(member) }));
    await showStaff(ctx, adminId, organizationId);
  });

  admins.button(adminApproveButton, "admin.approve", async (ctx, offerId) => {
    await ctx.services.offerManagement.approve(ctx.user!.id, offerId);
    await notice(ctx, ctx.t("admin-approved"));
    await showApprovals(ctx, ctx.user!.id);
  });

  admins.button(adminRejectButton, "admin.reject", async (ctx, offerId) => {
    const offer = (await ctx.services.offerManagement.pending(ctx.user!.id)).find((o) => o.id === offerId);
    if (!offer) {
      await notice(ctx, ctx.t("error-offer-not-pending"));
      return showApprovals(ctx, ctx.user!.id);
    }
    await notice(ctx);
    await startConversation(ctx, REJECT_OFFER_CONVERSATION, { offerId, title: offerTitle(offer, await ctx.i18n.getLocale()) });
  });

  admins.button(adminAuditButton, "admin.audit", async (ctx, page) => {
    await showAudit(ctx, ctx.user!.id, page);
    await notice(ctx);
  });

  return composer;
}

/**
 * The announcements to approve: untrusted organizations' announcements to subscribers. Approve
 * schedules one as composed (at once if its time has passed); reject asks for the reason. The
 * author is told either way (domain/announcements.ts).
 */
function announcementApprovals(admins: ReturnType<typeof restrictTo<BotContext>>, timezone: string): void {
  async function showAnnouncementApprovals(ctx: BotContext, adminId: number): Promise<void> {
    const t = translateIn(ctx);
    const pending = await ctx.services.announcements.pendingApproval(adminId);
    await present(ctx, renderAnnouncementApprovals(t, pending, await dateStyleOf(ctx, timezone)), announcementApprovalsKeyboard(t, pending));
  }

  admins.button(adminAnnouncementApprovalsButton, "admin.announcements", async (ctx) => {
    await showAnnouncementApprovals(ctx, ctx.user!.id);
    await notice(ctx);
  });

  admins.button(adminApproveAnnouncementButton, "admin.announcement.approve", async (ctx, announcementId) => {
    await ctx.services.announcements.approve(ctx.user!.id, announcementId);
    await notice(ctx, ctx.t("admin-announcement-approved"));
    await showAnnouncementApprovals(ctx, ctx.user!.id);
  });

  admins.button(adminRejectAnnouncementButton, "admin.announcement.reject", async (ctx, announcementId) => {
    const pending = await ctx.services.announcements.pendingApproval(ctx.user!.id);
    if (!pending.some((a) => a.id === announcementId)) {
      await notice(ctx, ctx.t("error-announcement-not-pending"));
      return showAnnouncementApprovals(ctx, ctx.user!.id);
    }
    await notice(ctx);
    await startConversation(ctx, REJECT_ANNOUNCEMENT_CONVERSATION, announcementId);
  });
}
