// What residents do with an announcement they received: "📄 Show original" under a
// machine-translated one answers with the text as its author wrote it. Only an announcement
// that went out to this very person can be shown; a forged or stale button gets a polite answer.
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { languageLabel } from "../formatting.ts";
import { showOriginalButton } from "../keyboards/announcements.ts";
import { notice } from "../messages.ts";

export function announcementsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").callbackQuery(showOriginalButton.filter, async (ctx) => {
    const announcementId = showOriginalButton.unpack(ctx.callbackQuery.data);
    const original = announcementId !== undefined && ctx.user ? await ctx.services.announcements.original(ctx.user.id, announcementId) : null;
    if (!original) return notice(ctx, ctx.t("mt-ann-original-gone"));
    await notice(ctx);
    const reader = await ctx.i18n.getLocale();
    const language = languageLabel(original.locale, reader, ctx.i18n.fluent.translate(original.locale, "language-name", {}));
    // Plain text, as the announcement itself was sent: what staff typed needs no escaping.
    await ctx.reply(`${ctx.t("translation-original-header", { language })}\n\n${original.text}`, { link_preview_options: { is_disabled: true } });
  });
  return composer;
}
