// The privacy notice: what Treffpunkt stores, why, for how long and who sees it. Shown by
// /privacy and by /start privacy links.
import type { BotContext } from "../context.ts";
import { escapeHtml as esc, isolate } from "../formatting.ts";
import { translateIn } from "../i18n.ts";
import { privacyKeyboard } from "../keyboards/privacy.ts";
import { present } from "../messages.ts";
import { providerLabel } from "../views/announcement-translation.ts";

export function privacyNotice(ctx: BotContext): string {
  const { retentionDays, blockedUserDays, contact, translationProvider, questionDays } = ctx.services.privacy.policy;
  const notice = ctx.t("privacy-notice", { days: retentionDays, blockedDays: blockedUserDays, contact: contact ? isolate(contact) : ctx.t("privacy-no-contact") });
  // What goes to the machine translation service, and which one (none: nothing leaves the bot for it).
  const translation = translationProvider ? ctx.t("mt-ann-privacy-translation", { provider: providerLabel(translationProvider) }) : ctx.t("mt-ann-privacy-no-translation");
  // Questions to staff: kept for a while, and (with a service) their texts are translated.
  const questions = ctx.t(translationProvider ? "ask-privacy-translated" : "ask-privacy", { days: questionDays });
  return `${notice}\n\n${translation}\n\n${questions}`;
}

/** The notice as an HTML screen with the two buttons (staff text: the contact is escaped). */
export async function showPrivacy(ctx: BotContext): Promise<void> {
  await present(ctx, esc(privacyNotice(ctx)), privacyKeyboard(translateIn(ctx)));
}
