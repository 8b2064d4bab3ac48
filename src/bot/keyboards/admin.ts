// Buttons of /admin (admins only): organizations and their staff, the approval queue and the
// audit log. Every payload is an id or a small fixed value, far below Telegram's 64 bytes.
import { InlineKeyboard } from "grammy";
import type { AdminMember, OrganizationSummary, StaffMember } from "../../domain/staff.ts";
import { positiveId, callbackCodec, oneOf } from "../callback-data.ts";
import { truncate } from "../formatting.ts";
import type { Translate } from "../i18n.ts";
import { staffName } from "../views/admin.ts";
import { organizationCalendarButton } from "./import.ts";

const id = positiveId;

/** The screens reachable from the menu (and "◀️ Back" to them). */
export const adminScreenButton = callbackCodec("ad", "m", oneOf(["menu", "orgs", "approvals", "new-org"] as const));
/** One organization's screen. */
export const adminOrganizationButton = callbackCodec("ad", "g", id);
/** A new one-time invitation link for an organization. */
export const adminInviteButton = callbackCodec("ad", "i", id);
/** Sets "trusted" to the value in the payload (not a blind toggle: pressing twice is harmless). */
export const adminTrustButton = callbackCodec("ad", "t", {
  encode: ({ organizationId, trusted }: { organizationId: number; trusted: boolean }) => `${trusted ? 1 : 0}.${organizationId}`,
  decode: (raw: string) => {
    const match = /^([01])\.([1-9]\d{0,9})$/.exec(raw);
    return match ? { organizationId: Number(match[2]), trusted: match[1] === "1" } : undefined;
  },
});
/** The staff list of an organization. */
export const adminStaffButton = callbackCodec("ad", "s", id);
/** Revokes one staff member; the organization is kept to show its list again afterwards. */
export const adminRevokeButton = callbackCodec("ad", "r", {
  encode: ({ organizationId, userId }: { organizationId: number; userId: number }) => `${organizationId}.${userId}`,
  decode: (raw: string) => {
    const match = /^([1-9]\d{0,9})\.([1-9]\d{0,9})$/.exec(raw);
    return match ? { organizationId: Number(match[1]), userId: Number(match[2]) } : undefined;
  },
});
/** Approve a pending offer (by offer id). */
export const adminApproveButton = callbackCodec("ad", "a", id);
/** Reject a pending offer: asks for the reason. */
export const adminRejectButton = callbackCodec("ad", "j", id);
/** A page of the audit log, 0 = newest. */
export const adminAuditButton = callbackCodec("ad", "l", {
  encode: (page: number) => String(page),
  decode: (raw: string) => (/^(0|[1-9]\d{0,5})$/.test(raw) ? Number(raw) : undefined),
});

export function adminMenuKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("admin-organizations"), adminScreenButton.pack("orgs"))
    .row()
    .text(t("admin-approvals"), adminScreenButton.pack("approvals"))
    .row()
    .text(t("admin-announcement-approvals"), adminAnnouncementApprovalsButton.pack("list"))
    .row()
    .text(t("admin-audit"), adminAuditButton.pack(0))
    .row()
    .text(t("admin-admins"), adminAdminsButton.pack("list"));
}

export function organizationsKeyboard(t: Translate, organizations: Pick<OrganizationSummary, "id" | "name">[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const org of organizations) keyboard.text(`🏢 ${truncate(org.name, 40)}`, adminOrganizationButton.pack(org.id)).row();
  return keyboard.text(t("admin-organization-new"), adminScreenButton.pack("new-org")).row().text(t("admin-back"), adminScreenButton.pack("menu"));
}

export function organizationKeyboard(t: Translate, org: Pick<OrganizationSummary, "id" | "trusted">): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("admin-invite"), adminInviteButton.pack(org.id))
    .row()
    .text(t(org.trusted ? "admin-organization-trusted-on" : "admin-organization-trusted-off"), adminTrustButton.pack({ organizationId: org.id, trusted: !org.trusted }))
    .row()
    .text(t("admin-staff"), adminStaffButton.pack(org.id))
    .row()
    .text(t("import-admin-calendar"), organizationCalendarButton.pack({ action: "show", organizationId: org.id }))
    .row()
    .text(t("admin-back"), adminScreenButton.pack("orgs"));
}

/** An organization's subscribed calendar: set (or replace) the address, remove it, back to the organization. */
export function organizationCalendarKeyboard(t: Translate, organizationId: number, hasCalendar: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(t("import-calendar-set"), organizationCalendarButton.pack({ action: "set", organizationId })).row();
  if (hasCalendar) keyboard.text(t("import-calendar-remove"), organizationCalendarButton.pack({ action: "remove", organizationId })).row();
  return keyboard.text(t("admin-back"), adminOrganizationButton.pack(organizationId));
}

/** Per member: revoke, and make admin or take it back (none for BOT_ADMIN_IDS, and none for oneself). */
export function staffKeyboard(t: Translate, organizationId: number, members: StaffMember[], selfUserId?: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const member of members) {
    const name = truncate(staffName(member), 30);
    keyboard.text(t("admin-staff-revoke", { name }), adminRevokeButton.pack({ organizationId, userId: member.userId })).row();
    if (member.configuredAdmin || member.userId === selfUserId) continue;
    keyboard
      .text(
        t(member.admin ? "admin-staff-take-admin" : "admin-staff-make-admin", { name }),
        adminRoleButton.pack({ admin: !member.admin, organizationId, userId: member.userId }),
      )
      .row();
  }
  return keyboard.text(t("admin-back"), adminOrganizationButton.pack(organizationId));
}

export function approvalsKeyboard(t: Translate, pending: { id: number }[], revisions: { id: number }[] = []): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  pending.forEach((offer, i) => {
    keyboard
      .text(`${t("admin-approve")} ${i + 1}`, adminApproveButton.pack(offer.id))
      .text(`${t("admin-reject")} ${i + 1}`, adminRejectButton.pack(offer.id))
      .row();
  });
  revisionQueueRows(keyboard, t, revisions);
  return keyboard.text(t("admin-back"), adminScreenButton.pack("menu"));
}

/** Pages of the log (of one organization when `organizationId` is set), its filter, and back. */
export function auditKeyboard(t: Translate, page: number, hasMore: boolean, organizationId?: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const pageButton = (to: number) => (organizationId === undefined ? adminAuditButton.pack(to) : adminAuditOrgButton.pack({ organizationId, page: to }));
  if (page > 0) keyboard.text("◀", pageButton(page - 1));
  if (hasMore) keyboard.text("▶", pageButton(page + 1));
  keyboard.row().text(t("admin-audit-filter"), adminAuditFilterButton.pack("orgs"));
  if (organizationId !== undefined) keyboard.text(t("admin-audit-filter-all"), adminAuditButton.pack(0));
  return keyboard.row().text(t("admin-back"), adminScreenButton.pack("menu"));
}

// --- admins and audit ------------------------------------------------------------------------

/** The "👑 Admins" screen. */
export const adminAdminsButton = callbackCodec("ad", "ws", oneOf(["list"] as const));
/**
 * Makes a staff member admin (admin: true) or takes it back; the organization whose staff list
 * to show again, 0 for the admins screen.
 */
export const adminRoleButton = callbackCodec("ad", "rl", {
  encode: ({ admin, organizationId, userId }: { admin: boolean; organizationId: number; userId: number }) => `${admin ? 1 : 0}.${organizationId}.${userId}`,
  decode: (raw: string) => {
    const match = /^([01])\.(0|[1-9]\d{0,9})\.([1-9]\d{0,9})$/.exec(raw);
    return match ? { admin: match[1] === "1", organizationId: Number(match[2]), userId: Number(match[3]) } : undefined;
  },
});
/** The organizations to filter the log by. */
export const adminAuditFilterButton = callbackCodec("ad", "lf", oneOf(["orgs"] as const));
/** A page of one organization's entries, 0 = newest. */
export const adminAuditOrgButton = callbackCodec("ad", "lo", {
  encode: ({ organizationId, page }: { organizationId: number; page: number }) => `${organizationId}.${page}`,
  decode: (raw: string) => {
    const match = /^([1-9]\d{0,9})\.(0|[1-9]\d{0,5})$/.exec(raw);
    return match ? { organizationId: Number(match[1]), page: Number(match[2]) } : undefined;
  },
});

/** Admins made in the bot can be taken back here (not BOT_ADMIN_IDS, not oneself). */
export function adminsKeyboard(t: Translate, admins: AdminMember[], selfUserId: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const admin of admins) {
    if (admin.configuredAdmin || admin.userId === selfUserId) continue;
    const name = truncate(admin.firstName ?? `#${admin.userId}`, 30);
    keyboard.text(t("admin-staff-take-admin", { name }), adminRoleButton.pack({ admin: false, organizationId: 0, userId: admin.userId })).row();
  }
  return keyboard.text(t("admin-back"), adminScreenButton.pack("menu"));
}

export function auditFilterKeyboard(t: Translate, organizations: Pick<OrganizationSummary, "id" | "name">[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const org of organizations) keyboard.text(`🏢 ${truncate(org.name, 40)}`, adminAuditOrgButton.pack({ organizationId: org.id, page: 0 })).row();
  return keyboard.text(t("admin-audit-filter-all"), adminAuditButton.pack(0)).row().text(t("admin-back"), adminScreenButton.pack("menu"));
}

// --- offer revisions -------------------------------------------------------------------------
// Their own feature prefix ("rv"), so that they never collide with other /admin buttons.

/** Opens a waiting change to a published offer: old and new side by side. */
export const revisionOpenButton = callbackCodec("rv", "o", id);
/** Publishes the waiting change (by revision id). */
export const revisionApproveButton = callbackCodec("rv", "a", id);
/** Sends the change back: asks for the reason. */
export const revisionRejectButton = callbackCodec("rv", "j", id);

/** One "✏️ Change n" button per waiting revision, after the new offers of the queue. */
export function revisionQueueRows(keyboard: InlineKeyboard, t: Translate, revisions: { id: number }[]): InlineKeyboard {
  revisions.forEach((revision, i) => keyboard.text(t("revision-open", { number: i + 1 }), revisionOpenButton.pack(revision.id)).row());
  return keyboard;
}

export function revisionKeyboard(t: Translate, revisionId: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("admin-approve"), revisionApproveButton.pack(revisionId))
    .text(t("admin-reject"), revisionRejectButton.pack(revisionId))
    .row()
    .text(t("admin-back"), adminScreenButton.pack("approvals"));
}

// --- announcements to approve (untrusted organizations' announcements to subscribers) ----------

/** The queue of announcements waiting for approval. */
export const adminAnnouncementApprovalsButton = callbackCodec("aa", "l", oneOf(["list"] as const));
/** Approve a pending announcement (by announcement id): it is scheduled as composed. */
export const adminApproveAnnouncementButton = callbackCodec("aa", "a", id);
/** Return a pending announcement to its author: asks for the reason. */
export const adminRejectAnnouncementButton = callbackCodec("aa", "j", id);

export function announcementApprovalsKeyboard(t: Translate, pending: { id: number }[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const row of pending) {
    keyboard
      .text(`${t("admin-approve")} #${row.id}`, adminApproveAnnouncementButton.pack(row.id))
      .text(`${t("admin-reject")} #${row.id}`, adminRejectAnnouncementButton.pack(row.id))
      .row();
  }
  return keyboard.text(t("admin-back"), adminScreenButton.pack("menu"));
}
