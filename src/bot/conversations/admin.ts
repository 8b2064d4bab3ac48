// The two small admin conversations behind /admin: the name of a new organization, and the
// reason for sending an offer back. /cancel or Cancel leaves; wrong input is asked again.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { BaseContext, BotContext } from "../context.ts";
import { adminOrganizationButton } from "../keyboards/admin.ts";
import { isAdmin } from "../roles.ts";
import { openStaffConversation } from "./staff.ts";
import { attempt } from "./steps.ts";

export const NEW_ORGANIZATION_CONVERSATION = "organization-new";
export const REJECT_OFFER_CONVERSATION = "offer-reject";
export const REJECT_REVISION_CONVERSATION = "revision-reject";
export const REJECT_ANNOUNCEMENT_CONVERSATION = "announcement-reject";
/** The limits of the domain (staff.ts NAME_MAX, offer-management.ts REASON_MAX), checked early for a hint. */
export const ORGANIZATION_NAME_MAX = 160;
export const REJECT_REASON_MAX = 500;

type Conv = Conversation<BotContext, BaseContext>;

const openAdminConversation = (conversation: Conv, ctx: BaseContext) =>
  openStaffConversation(conversation, ctx, { allowed: isAdmin, prefix: "ad", cancelledKey: "admin-cancelled", timeoutKey: "admin-timeout" });

/** Typed text of 1..max characters (code points), trimmed; anything else is asked again. */
const typed = (max: number) => (update: BaseContext) => {
  const text = update.message?.text?.trim();
  return text && Array.from(text).length <= max ? text : undefined;
};

export function createNewOrganizationConversation() {
  return async function newOrganization(conversation: Conv, ctx: BaseContext): Promise<void> {
    const session = await openAdminConversation(conversation, ctx);
    if (!session) return;
    const { actor: admin, ask, withCancel } = session;
    const max = ORGANIZATION_NAME_MAX;
    let question = ctx.t("admin-organization-ask-name", { max });
    // A name that is taken is asked again rather than ending the conversation.
    for (;;) {
      const name = await ask(() => ctx.reply(question, { reply_markup: withCancel() }), typed(max), (u) => u.t("admin-organization-name-hint", { max }));
      const created = await attempt(conversation, (outer) => outer.services.staff.createOrganization(admin.id, { name }));
      if (created.ok) {
        await ctx.reply(ctx.t("admin-organization-created", { name }), {
          reply_markup: new InlineKeyboard().text(`🏢 ${name.slice(0, 40)}`, adminOrganizationButton.pack(created.value.id)),
        });
        return;
      }
      if (created.code !== "organization-exists") {
        await ctx.reply(ctx.t(`error-${created.code}`));
        return;
      }
      question = ctx.t("error-organization-exists");
    }
  };
}

/**
 * Asks the admin for the reason something goes back to its author, then calls `reject` with it
 * (REJECT_REASON_MAX, /cancel leaves) and confirms with `doneKey` or says what went wrong.
 * `question` is read after the opener has set the admin's language.
 */
async function rejectWithReason(
  conversation: Conv,
  ctx: BaseContext,
  question: (t: BaseContext["t"]) => string,
  reject: (outer: BotContext, adminId: number, reason: string) => Promise<void>,
  doneKey: string,
): Promise<void> {
  const session = await openAdminConversation(conversation, ctx);
  if (!session) return;
  const { actor: admin, ask, withCancel } = session;
  const max = REJECT_REASON_MAX;
  const reason = await ask(() => ctx.reply(question(ctx.t), { reply_markup: withCancel() }), typed(max), (u) => u.t("admin-reject-reason-hint", { max }));
  const result = await attempt(conversation, (outer) => reject(outer, admin.id, reason));
  await ctx.reply(result.ok ? ctx.t(doneKey) : ctx.t(`error-${result.code}`));
}

export function createRejectOfferConversation() {
  return async function rejectOffer(conversation: Conv, ctx: BaseContext, offer: { offerId: number; title: string }): Promise<void> {
    await rejectWithReason(
      conversation,
      ctx,
      (t) => t("admin-reject-ask-reason", { title: offer.title, max: REJECT_REASON_MAX }),
      (outer, adminId, reason) => outer.services.offerManagement.reject(adminId, offer.offerId, reason),
      "admin-rejected",
    );
  };
}

/** Sends a change to a published offer back with a reason (the published version stays). */
export function createRejectRevisionConversation() {
  return async function rejectRevision(conversation: Conv, ctx: BaseContext, revision: { revisionId: number; title: string }): Promise<void> {
    await rejectWithReason(
      conversation,
      ctx,
      (t) => t("revision-reject-ask-reason", { title: revision.title, max: REJECT_REASON_MAX }),
      (outer, adminId, reason) => outer.services.offerManagement.rejectRevision(adminId, revision.revisionId, reason),
      "revision-rejected",
    );
  };
}

/** The reason for returning an announcement to its author (who is told it in their language). */
export function createRejectAnnouncementConversation() {
  return async function rejectAnnouncement(conversation: Conv, ctx: BaseContext, announcementId: number): Promise<void> {
    await rejectWithReason(
      conversation,
      ctx,
      (t) => t("admin-announcement-reject-ask-reason", { id: announcementId, max: REJECT_REASON_MAX }),
      (outer, adminId, reason) => outer.services.announcements.reject(adminId, announcementId, reason),
      "admin-announcement-rejected",
    );
  };
}
