// The texts of /admin (parse_mode HTML): menu, organizations, one organization, its staff, the
// approval queue, the audit log and a new invitation. Only this code adds tags; names and
// stored data are escaped.
import { AUDIT_ACTIONS, type AuditPage } from "../../domain/audit.ts";
import type { ChangeValue, RevisionChange } from "../../domain/offer-revisions.ts";
import type { AdminMember, OrganizationSummary, StaffMember } from "../../domain/staff.ts";
import { escapeHtml as esc, formatDateTime, isolate, languageName, truncate, type DateStyle } from "../formatting.ts";
import type { Translate } from "../i18n.ts";
import type { CalendarStatus } from "../../domain/calendar-feeds.ts";
import { renderCalendar } from "./import.ts";
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
  members.forEach((member, i) => lines.push(`${i + 1}. ${esc(isolate(staffName(member)))}${member.admin ? ` · ${esc(t("admin-staff-admin-mark"))}` : ""}`));
  return lines.join("\n");
}

export function renderApprovals(t: Translate, pending: PendingOffer[], locale: string, revisions: PendingRevision[] = []): string {
  const lines = [`<b>${esc(t("admin-approvals-title"))}</b>`, ""];
  if (pending.length === 0 && revisions.length === 0) lines.push(esc(t("admin-approvals-none")));
  pending.forEach((offer, i) => lines.push(`${i + 1}. <b>${esc(isolate(offerTitle(offer, locale)))}</b> · ${esc(isolate(offer.organization.name))}`));
  if (pending.length && revisions.length) lines.push("");
  lines.push(...revisionQueueLines(t, revisions, locale));
  return lines.join("\n");
}

/** What happened, in words: one key per action (audit-action-offer-approved …), a generic wording for unknown ones. */
export function auditActionText(t: Translate, action: string, targetType: string): string {
  if (action === "access.denied") return t("audit-action-access-denied", { action: targetType });
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`audit-action-${action.replaceAll(".", "-")}`) : t("audit-action-other", { action });
}

/** Who acted: role, pseudonymous id and (for staff) organization, as they were when they acted. */
export function auditActorText(t: Translate, entry: AuditPage["entries"][number], organizations: AuditPage["organizations"]): string {
  if (entry.actorUserId === null) return t("audit-who-system");
  const id = String(entry.actorUserId);
  if (entry.actorRole === "ADMIN") return t("audit-who-admin", { id });
  if (entry.actorRole === "STAFF") {
    const organization = entry.actorOrganizationId === null ? undefined : organizations[entry.actorOrganizationId];
    return organization ? t("audit-who-staff", { id, organization }) : t("audit-who-staff-alone", { id });
  }
  if (entry.actorRole === "RESIDENT") return t("audit-who-resident", { id });
  return t("audit-who-user", { id });
}

/** On what: the title or name the domain found, else the kind of thing and its id. */
function auditSubjectText(t: Translate, entry: AuditPage["entries"][number]): string | undefined {
  if (entry.subject) return entry.subject;
  if (entry.action === "access.denied") return entry.targetId ?? undefined;
  if (entry.targetType === "user" && entry.targetId) return t("audit-target-user", { id: entry.targetId });
  return entry.targetId ? `${entry.targetType} #${entry.targetId}` : undefined;
}

/** A page of the log, newest first; `organization` names the filter when there is one. */
export function renderAudit(t: Translate, log: AuditPage, page: number, dates: DateStyle, organization?: string): string {
  const title = organization === undefined ? t("admin-audit-title", { page: page + 1 }) : t("admin-audit-title-org", { page: page + 1, organization });
  const lines = [`<b>${esc(title)}</b>`, ""];
  if (log.entries.length === 0) lines.push(esc(t("admin-audit-empty")));
  for (const entry of log.entries) {
    // Titles, names and targets come from stored data that may echo a forged payload: escaped.
    const subject = auditSubjectText(t, entry);
    lines.push(`<b>${esc(auditActionText(t, entry.action, entry.targetType))}</b>${subject ? ` · ${esc(isolate(subject))}` : ""}`);
    lines.push(`${esc(auditActorText(t, entry, log.organizations))} · ${esc(formatDateTime(entry.createdAt, dates))}`);
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

/** A new invitation: who it is for, until when, and the link itself (to copy or forward). */
export function renderInvitation(t: Translate, organization: string, expiresAt: Date, link: string, dates: DateStyle): string {
  return `${esc(t("admin-invite-link", { organization, date: formatDateTime(expiresAt, dates) }))}\n\n${esc(link)}`;
}

// --- admins and audit ------------------------------------------------------------------------

/** Everyone who is an admin; those of BOT_ADMIN_IDS are marked (they can't be taken back here). */
export function renderAdmins(t: Translate, admins: AdminMember[]): string {
  const lines = [`<b>${esc(t("admin-admins-title"))}</b>`, "", esc(t("admin-admins-text")), ""];
  if (admins.length === 0) lines.push(esc(t("admin-admins-none")));
  admins.forEach((admin, i) => {
    const parts = [esc(isolate(admin.firstName ?? `#${admin.userId}`))];
    if (admin.organizationName) parts.push(esc(isolate(admin.organizationName)));
    if (admin.configuredAdmin) parts.push(esc(t("admin-admin-configured")));
    lines.push(`${i + 1}. 👑 ${parts.join(" · ")}`);
  });
  return lines.join("\n");
}

export function renderAuditFilter(t: Translate): string {
  return `<b>${esc(t("admin-audit-filter-title"))}</b>`;
}

// --- offer revisions: changes to published offers waiting for approval ------------------------

/** A waiting change as the approval queue shows it (the title is the published one). */
export type PendingRevision = { id: number; offerId: number; sourceLocale: string; organization: { name: string }; translations: { locale: string; title: string }[] };

/** The queue's lines for changes, each marked ✏️ as a change to an offer already published. */
export function revisionQueueLines(t: Translate, revisions: PendingRevision[], locale: string): string[] {
  if (revisions.length === 0) return [];
  const lines = [`<b>${esc(t("revision-queue-title"))}</b>`];
  revisions.forEach((revision, i) => {
    const title = offerTitle({ id: revision.offerId, sourceLocale: revision.sourceLocale, translations: revision.translations }, locale);
    lines.push(`✏️ ${i + 1}. <b>${esc(isolate(title))}</b> · ${esc(isolate(revision.organization.name))}`);
  });
  return lines;
}

/** One field's value for the admin: a date in their time zone, yes/no, a repeat rule in words, or "—". */
function changeValue(t: Translate, change: RevisionChange, value: ChangeValue, dates: DateStyle): string {
  if (value === null || value === "") return "—";
  if (value instanceof Date) return formatDateTime(value, dates);
  if (typeof value === "boolean") return t(value ? "revision-yes" : "revision-no");
  if (change.field === "repeats") return t(`revision-repeats-${String(value).toLowerCase()}`);
  return truncate(String(value), 300);
}

/** Telegram's limit is 4096 characters; a change of every text in ten languages is cut short. */
const REVISION_TEXT_MAX = 3800;

/** A waiting change: the published title, who proposed it and when, and only what differs, old next to new. */
export function renderRevision(
  t: Translate,
  revision: { title: string; organizationName: string; createdAt: Date; changes: RevisionChange[] },
  dates: DateStyle,
): string {
  const head = [
    `✏️ <b>${esc(t("revision-title", { title: revision.title }))}</b>`,
    esc(t("revision-proposed-by", { organization: revision.organizationName, date: formatDateTime(revision.createdAt, dates) })),
  ];
  if (revision.changes.length === 0) head.push("", esc(t("revision-no-changes")));
  const blocks = revision.changes.map((change) => {
    const label = t(`revision-field-${change.field}`);
    const name = change.locale ? `${label} · ${languageName(change.locale, dates.locale)}` : label;
    return [
      `<b>${esc(name)}</b>`,
      `${esc(t("revision-was"))} ${esc(isolate(changeValue(t, change, change.before, dates)))}`,
      `${esc(t("revision-now"))} ${esc(isolate(changeValue(t, change, change.after, dates)))}`,
    ].join("\n");
  });
  let text = head.join("\n");
  for (const block of blocks) {
    if (text.length + block.length + 2 > REVISION_TEXT_MAX) {
      text += `\n\n${esc(t("revision-more-changes"))}`;
      break;
    }
    text += `\n\n${block}`;
  }
  return text;
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

/** An organization's subscribed calendar as admins see it: whose, then the calendar screen staff see. */
export function renderOrganizationCalendar(t: Translate, organization: Pick<OrganizationSummary, "name">, status: CalendarStatus, dates: DateStyle): string {
  const body = status.url ? renderCalendar(t, status, dates) : t("import-admin-calendar-none");
  return [`<b>${esc(t("import-admin-calendar-title", { organization: organization.name }))}</b>`, "", body].join("\n");
}
