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
  createRejectRevisionConversation,
  NEW_ORGANIZATION_CONVERSATION,
  REJECT_ANNOUNCEMENT_CONVERSATION,
  REJECT_OFFER_CONVERSATION,
  REJECT_REVISION_CONVERSATION,
} from "../conversations/admin.ts";
import { startConversation } from "../conversations/enter.ts";
import { deepLink, shareLink } from "../deep-links.ts";
import { dateStyleOf, translateIn } from "../i18n.ts";
import {
  adminAdminsButton,
  adminAnnouncementApprovalsButton,
  adminApproveAnnouncementButton,
  adminApproveButton,
  adminRejectAnnouncementButton,
  announcementApprovalsKeyboard,
  adminAuditButton,
  adminAuditFilterButton,
  adminAuditOrgButton,
  adminRoleButton,
  adminsKeyboard,
  auditFilterKeyboard,
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
  revisionApproveButton,
  revisionKeyboard,
  revisionOpenButton,
  revisionRejectButton,
  staffKeyboard,
} from "../keyboards/admin.ts";
import { notice, present } from "../messages.ts";
import { isAdmin, restrictTo } from "../roles.ts";
import {
  offerTitle,
  renderAdminMenu,
  renderAdmins,
  renderAnnouncementApprovals,
  renderApprovals,
  renderAudit,
  renderAuditFilter,
  renderInvitation,
  renderOrganization,
  renderOrganizations,
  renderRevision,
  renderStaff,
  staffName,
} from "../views/admin.ts";

const AUDIT_PAGE_SIZE = 10;

export function adminFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createNewOrganizationConversation(), { id: NEW_ORGANIZATION_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRejectOfferConversation(), { id: REJECT_OFFER_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createRejectRevisionConversation(), { id: REJECT_REVISION_CONVERSATION }));
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
    await present(ctx, renderStaff(t, org, members), staffKeyboard(t, organizationId, members, adminId));
  }

  async function showApprovals(ctx: BotContext, adminId: number): Promise<void> {
    const t = translateIn(ctx);
    const { locale } = await dateStyle(ctx);
    const pending = await ctx.services.offerManagement.pending(adminId);
    const revisions = await ctx.services.offerManagement.pendingRevisions(adminId);
    await present(ctx, renderApprovals(t, pending, locale, revisions), approvalsKeyboard(t, pending, revisions));
  }

  /** A page of the log in the admin's language, of one organization when `organizationId` is set. */
  async function showAudit(ctx: BotContext, adminId: number, page: number, organizationId?: number): Promise<void> {
    const t = translateIn(ctx);
    const dates = await dateStyle(ctx);
    let organization: string | undefined;
    if (organizationId !== undefined) {
      organization = (await findOrganization(ctx, adminId, organizationId))?.name;
      if (organization === undefined) return;
    }
    const log = await ctx.services.audit.page({ actorUserId: adminId, page, pageSize: AUDIT_PAGE_SIZE, organizationId, locale: dates.locale });
    await present(ctx, renderAudit(t, log, page, dates, organization), auditKeyboard(t, page, log.hasMore, organizationId));
  }

  async function showAdmins(ctx: BotContext, adminId: number): Promise<void> {
    const t = translateIn(ctx);
    const admins = await ctx.services.staff.listAdmins(adminId);
    await present(ctx, renderAdmins(t, admins), adminsKeyboard(t, admins, adminId));
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

  // --- offer revisions: changes to published offers -----------------------------------------

  /** The waiting change, old next to new; or, when it was decided meanwhile, the queue again. */
  async function showRevision(ctx: BotContext, adminId: number, revisionId: number): Promise<void> {
    const style = await dateStyle(ctx);
    const revision = await ctx.services.offerManagement.revision(adminId, revisionId, style.locale);
    const t = translateIn(ctx);
    await present(ctx, renderRevision(t, revision, style), revisionKeyboard(t, revisionId));
  }

  /** A revision decided by someone else meanwhile (or a forged id): said so, and the queue is shown. */
  async function revisionGone(ctx: BotContext, error: unknown): Promise<boolean> {
    if ((error as { code?: string }).code !== "revision-not-pending") return false;
    await notice(ctx, ctx.t("error-revision-not-pending"));
    await showApprovals(ctx, ctx.user!.id);
    return true;
  }

  admins.button(revisionOpenButton, "admin.revision", async (ctx, revisionId) => {
    try {
      await showRevision(ctx, ctx.user!.id, revisionId);
    } catch (error) {
      if (await revisionGone(ctx, error)) return;
      throw error;
    }
    await notice(ctx);
  });

  admins.button(revisionApproveButton, "admin.revision-approve", async (ctx, revisionId) => {
    try {
      await ctx.services.offerManagement.approveRevision(ctx.user!.id, revisionId);
    } catch (error) {
      if (await revisionGone(ctx, error)) return;
      throw error;
    }
    await notice(ctx, ctx.t("revision-approved"));
    await showApprovals(ctx, ctx.user!.id);
  });

  admins.button(revisionRejectButton, "admin.revision-reject", async (ctx, revisionId) => {
    const { locale } = await dateStyle(ctx);
    const revision = (await ctx.services.offerManagement.pendingRevisions(ctx.user!.id)).find((r) => r.id === revisionId);
    if (!revision) {
      await notice(ctx, ctx.t("error-revision-not-pending"));
      return showApprovals(ctx, ctx.user!.id);
    }
    await notice(ctx);
    const title = offerTitle({ id: revision.offerId, sourceLocale: revision.sourceLocale, translations: revision.translations }, locale);
    await startConversation(ctx, REJECT_REVISION_CONVERSATION, { revisionId, title });
  });

  admins.button(adminAuditButton, "admin.audit", async (ctx, page) => {
    await showAudit(ctx, ctx.user!.id, page);
    await notice(ctx);
  });

  // --- admins and audit ----------------------------------------------------------------------

  admins.button(adminAdminsButton, "admin.admins", async (ctx) => {
    await showAdmins(ctx, ctx.user!.id);
    await notice(ctx);
  });

  // Make admin or take it back; the list the button came from is shown again.
  admins.button(adminRoleButton, "admin.role", async (ctx, { admin, organizationId, userId }) => {
    const adminId = ctx.user!.id;
    const people = organizationId === 0 ? await ctx.services.staff.listAdmins(adminId) : await ctx.services.staff.listStaff(adminId, organizationId);
    const person = people.find((p) => p.userId === userId);
    if (!person) {
      await notice(ctx, ctx.t("error-not-found"));
    } else {
      if (admin) await ctx.services.staff.grantAdmin(adminId, userId);
      else await ctx.services.staff.revokeAdmin(adminId, userId);
      const name = person.firstName ?? `#${person.userId}`;
      await notice(ctx, ctx.t(admin ? "admin-admin-granted" : "admin-admin-revoked", { name }));
    }
    if (organizationId === 0) await showAdmins(ctx, adminId);
    else await showStaff(ctx, adminId, organizationId);
  });

  admins.button(adminAuditFilterButton, "admin.audit-filter", async (ctx) => {
    const t = translateIn(ctx);
    const organizations = await ctx.services.staff.listOrganizations(ctx.user!.id);
    await present(ctx, renderAuditFilter(t), auditFilterKeyboard(t, organizations));
    await notice(ctx);
  });

  admins.button(adminAuditOrgButton, "admin.audit-org", async (ctx, { organizationId, page }) => {
    await showAudit(ctx, ctx.user!.id, page, organizationId);
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
