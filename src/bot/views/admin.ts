// The texts of /admin (parse_mode HTML): menu, organizations, one organization, its staff, the
// approval queue, the audit log and a new invitation. Only this code adds tags; names and
// stored data are escaped.
import type { AuditEntryView } from "../../domain/audit.ts";
import type { OrganizationSummary, StaffMember } from "../../domain/staff.ts";
import { escapeHtml as esc, formatDateTime, isolate, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";
import { pickText, pickTranslation } from "../../domain/translations.ts";

type Organization = Pick<OrganizationSummary, "id" | "name" | "trusted" | "staffCount">;
/** A pending offer as the approval queue shows it. */
export type PendingOffer = { id: number; sourceLocale: string; organization: { name: string }; translations: { locale: string; title: string }[] };

/** The offer's title for the admin (their language, else the source language, else any). */
export function offerTitle(offer: Pick<PendingOffer, "id" | "sourceLocale" | "translations">, locale: string): string {
  return pickTranslation(offer.translations, locale, offer.sourceLocale)?.title ?? `#${offer.id}`;
}

/** Staff without a stored first name (erased, or never sent one) show as their user id. */
export const staffName = (member: StaffMember) => member.firstName ?? `#${member.userId}`;

const trustedMark = (org: Pick<Organization, "trusted">) => (org.trusted ? "✅" : "⬜");

export function renderAdminMenu(t: Translate): string {
  return `<b>${esc(t("admin-menu-title"))}</b>\n\n${esc(t("admin-menu-text"))}`;
}

export function renderOrganizations(t: Translate, organizations: Organization[]): string {
  const lines = [`<b>${esc(t("admin-organizations-title"))}</b>`, ""];
  if (organizations.length === 0) lines.push(esc(t("admin-organizations-none")));
  for (const org of organizations) lines.push(`${trustedMark(org)} ${esc(isolate(org.name))} · ${esc(t("admin-organization-staff-count", { count: org.staffCount }))}`);
  return lines.join("\n");
}

export function renderOrganization(t: Translate, org: Organization): string {
  return [
    `🏢 <b>${esc(isolate(org.name))}</b>`,
    "",
    `${trustedMark(org)} ${esc(t("admin-organization-trusted-hint"))}`,
    `👥 ${esc(t("admin-organization-staff-count", { count: org.staffCount }))}`,
  ].join("\n");
}

export function renderStaff(t: Translate, org: Pick<Organization, "name">, members: StaffMember[]): string {
  const lines = [`<b>${esc(t("admin-staff-title", { organization: org.name }))}</b>`, ""];
  if (members.length === 0) lines.push(esc(t("admin-staff-none")));
  members.forEach((member, i) => lines.push(`${i + 1}. ${esc(isolate(staffName(member)))}`));
  return lines.join("\n");
}

export function renderApprovals(t: Translate, pending: PendingOffer[], locale: string): string {
  const lines = [`<b>${esc(t("admin-approvals-title"))}</b>`, ""];
  if (pending.length === 0) lines.push(esc(t("admin-approvals-none")));
  pending.forEach((offer, i) => lines.push(`${i + 1}. <b>${esc(isolate(offerTitle(offer, locale)))}</b> · ${esc(isolate(offer.organization.name))}`));
  return lines.join("\n");
}

export function renderAudit(t: Translate, entries: AuditEntryView[], page: number, dates: DateStyle): string {
  const lines = [`<b>${esc(t("admin-audit-title", { page: page + 1 }))}</b>`, ""];
  if (entries.length === 0) lines.push(esc(t("admin-audit-empty")));
  for (const entry of entries) {
    // Target and action come from stored data that may echo a forged payload: escaped.
    const target = [entry.targetType, entry.targetId].filter(Boolean).join(" ");
    const actor = entry.actorUserId === null ? t("admin-audit-system") : t("admin-audit-actor", { userId: String(entry.actorUserId) });
    lines.push(esc(`#${entry.id} · ${formatDateTime(entry.createdAt, dates)} · ${entry.action} · ${target} · ${actor}`));
  }
  return lines.join("\n");
}

/** A new invitation: who it is for, until when, and the link itself (to copy or forward). */
export function renderInvitation(t: Translate, organization: string, expiresAt: Date, link: string, dates: DateStyle): string {
  return `${esc(t("admin-invite-link", { organization, date: formatDateTime(expiresAt, dates) }))}\n\n${esc(link)}`;
}

// --- announcements to approve ----------------------------------------------------------------

/** A pending announcement as the approval queue shows it. */
export type PendingAnnouncement = {
  id: number;
  texts: unknown;
  sourceLocale: string;
  scheduledAt: Date;
  audience: string;
  topic: string | null;
  organization: { name: string } | null;
};

/** The whole text of each (the admin approves what residents will read), who sends it and when. */
export function renderAnnouncementApprovals(t: Translate, pending: PendingAnnouncement[], dates: DateStyle): string {
  const lines = [`<b>${esc(t("admin-announcement-approvals-title"))}</b>`, ""];
  if (pending.length === 0) lines.push(esc(t("admin-announcement-approvals-none")));
  for (const row of pending) {
    const text = pickText(row.texts as Record<string, string>, dates.locale, row.sourceLocale)?.text ?? "";
    const organization = row.organization?.name ?? "";
    lines.push(`<b>#${row.id}</b> · 🏢 ${esc(isolate(organization))} · ${esc(formatDateTime(row.scheduledAt, dates))}`, esc(text.slice(0, 700)), "");
  }
  return lines.join("\n");
}
