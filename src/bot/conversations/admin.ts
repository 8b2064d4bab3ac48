// The two small admin conversations behind /admin: the name of a new organization, and the
// reason for sending an offer back. /cancel or Cancel leaves; wrong input is asked again.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { Locale } from "../../domain/locales.ts";
import type { BotContext, ConvContext } from "../context.ts";
import { adminOrganizationButton } from "../keyboards/admin.ts";
import { conversationSteps } from "./steps.ts";

export const NEW_ORGANIZATION_CONVERSATION = "organization-new";
export const REJECT_OFFER_CONVERSATION = "offer-reject";
const TIMEOUT_MS = 30 * 60_000;
const CANCEL = "ad:cancel";
/** The limits of the domain (staff.ts NAME_MAX, offer-management.ts REASON_MAX), checked early for a hint. */
export const ORGANIZATION_NAME_MAX = 160;
export const REJECT_REASON_MAX = 500;

type Conv = Conversation<BotContext, ConvContext>;

/**
 * Like the staff conversations: language and role from the outside context, checked again
 * here (a conversation can be entered from a stale state), then the question loop.
 */
async function startAdminConversation(conversation: Conv, ctx: ConvContext) {
  const locale = (await conversation.external((outer) => outer.i18n.getLocale())) as Locale;
  const admin = await conversation.external((outer) => (outer.user ? { id: outer.user.id, role: outer.user.role } : undefined));
  ctx.i18n.useLocale(locale);
  if (admin?.role !== "ADMIN") {
    await ctx.reply(ctx.t("error-forbidden"));
    return undefined;
  }
  const { ask } = await conversationSteps(conversation, {
    locale,
    cancelData: CANCEL,
    timeoutMs: TIMEOUT_MS,
    cancelledKey: "admin-cancelled",
    timeoutKey: "admin-timeout",
  });
  const withCancel = () => new InlineKeyboard().text(ctx.t("signup-cancel"), CANCEL);
  return { admin, ask, withCancel };
}

/** Typed text of 1..max characters (code points), trimmed; anything else is asked again. */
const typed = (max: number) => (update: ConvContext) => {
  const text = update.message?.text?.trim();
  return text && Array.from(text).length <= max ? text : undefined;
};

/** Runs a service call outside the replay; a DomainError comes back as its code. */
const attempt = async <T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: string }> => {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code };
    throw error;
  }
};

export function createNewOrganizationConversation() {
  return async function newOrganization(conversation: Conv, ctx: ConvContext): Promise<void> {
    const session = await startAdminConversation(conversation, ctx);
    if (!session) return;
    const { admin, ask, withCancel } = session;
    const max = ORGANIZATION_NAME_MAX;
    let question = ctx.t("admin-organization-ask-name", { max });
    // A name that is taken is asked again rather than ending the conversation.
    for (;;) {
      const name = await ask(() => ctx.reply(question, { reply_markup: withCancel() }), typed(max), (u) => u.t("admin-organization-name-hint", { max }));
      const created = await conversation.external((outer) => attempt(() => outer.services.staff.createOrganization(admin.id, { name })));
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

export function createRejectOfferConversation() {
  return async function rejectOffer(conversation: Conv, ctx: ConvContext, offer: { offerId: number; title: string }): Promise<void> {
    const session = await startAdminConversation(conversation, ctx);
    if (!session) return;
    const { admin, ask, withCancel } = session;
    const max = REJECT_REASON_MAX;
    const reason = await ask(
      () => ctx.reply(ctx.t("admin-reject-ask-reason", { title: offer.title, max }), { reply_markup: withCancel() }),
      typed(max),
      (u) => u.t("admin-reject-reason-hint", { max }),
    );
    const result = await conversation.external((outer) => attempt(() => outer.services.offerManagement.reject(admin.id, offer.offerId, reason)));
    await ctx.reply(result.ok ? ctx.t("admin-rejected") : ctx.t(`error-${result.code}`));
  };
}
