// Buttons of /admin (admins only): organizations and their staff, the approval queue and the
// audit log. Every payload is an id or a small fixed value, far below Telegram's 64 bytes.
import { positiveId, callbackCodec, oneOf } from "../callback-data.ts";

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
