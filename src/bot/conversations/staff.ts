// The opening every staff and admin conversation shares. The user's language and role come from
// the outside context; the role is checked again here with the feature's own predicate
// (roles.ts), because a conversation can be entered from a stale state. Then the question loop
// with this conversation's Cancel button, and its button answers "<prefix>:<step>:<value>".
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Locale } from "../../domain/locales.ts";
import type { UserProfile } from "../../domain/users.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { conversationSteps } from "./steps.ts";

/** Silence after which a staff conversation gives up. */
export const STAFF_TIMEOUT_MS = 30 * 60_000;

export type StaffConversationOptions = {
  /** Who may hold this conversation: isStaff or isAdmin. */
  allowed: (ctx: { user: Pick<UserProfile, "role"> }) => boolean;
  /** Callback data prefix of this conversation's buttons ("bc" gives "bc:cancel", "bc:<step>:<value>"). */
  prefix: string;
  /** Fluent keys of the replies when the user cancels and when they were silent too long. */
  cancelledKey: string;
  timeoutKey: string;
};

/** The opening, or undefined (after a polite, audited refusal) when the user may not hold it. */
export async function openStaffConversation(conversation: Conversation<BotContext, BaseContext>, ctx: BaseContext, options: StaffConversationOptions) {
  const locale = (await conversation.external((outer) => outer.i18n.getLocale())) as Locale;
  const actor = await conversation.external((outer) => (outer.user ? { id: outer.user.id, role: outer.user.role } : undefined));
  ctx.i18n.useLocale(locale);
  const { prefix } = options;
  if (!actor || !options.allowed({ user: actor })) {
    // Audited like every refusal (roles.ts refuse); the conversation ends here.
    await conversation.external((outer) => outer.services.staff.recordDenied(actor?.id ?? null, `conversation ${prefix}`));
    await ctx.reply(ctx.t("error-forbidden"));
    return undefined;
  }
  const cancelData = `${prefix}:cancel`;
  const steps = await conversationSteps(conversation, {
    locale,
    cancelData,
    timeoutMs: STAFF_TIMEOUT_MS,
    cancelledKey: options.cancelledKey,
    timeoutKey: options.timeoutKey,
  });
  const ownLanguageName = (locale: string) => ctx.i18n.fluent.translate(locale, "language-name", {});
  const answers = new RegExp(`^${prefix}:([a-z]+):([A-Za-z0-9_-]{1,32})$`);
  return {
    locale,
    actor,
    ...steps,
    /** The callback data of a button answering `step` with `value`. */
    answer: (step: string, value: string | number) => `${prefix}:${step}:${value}`,
    /** The value of a button answer to `step`, else undefined. */
    picked: (update: BaseContext, step: string): string | undefined => {
      const match = answers.exec(update.callbackQuery?.data ?? "");
      return match && match[1] === step ? match[2] : undefined;
    },
    /** The Cancel button in a row of its own under `keyboard`, or alone. */
    withCancel: (keyboard?: InlineKeyboard) => (keyboard ? keyboard.row() : new InlineKeyboard()).text(ctx.t("signup-cancel"), cancelData),
    /** A language's own name ("العربية"), for buttons that list languages. */
    ownLanguageName,
    /**
     * Adds a button per language (its own name after `mark`, three a row) answering `step`,
     * then the Done button (`doneKey`) answering "done".
     */
    languageGrid(keyboard: InlineKeyboard, step: string, locales: readonly string[], mark: (locale: string) => string, doneKey: string): InlineKeyboard {
      locales.forEach((l, i) => {
        keyboard.text(`${mark(l)} ${ownLanguageName(l)}`, `${prefix}:${step}:${l}`);
        if (i % 3 === 2) keyboard.row();
      });
      return keyboard.row().text(ctx.t(doneKey), `${prefix}:${step}:done`);
    },
  };
}
