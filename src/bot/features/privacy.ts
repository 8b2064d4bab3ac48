// /privacy: what Treffpunkt stores, why, for how long and who sees it, in the user's language,
// with "Download my data" (a JSON file) and "Delete my data" (asked twice, then erased).
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.ts";
import { escapeHtml as esc } from "../formatting.ts";
import { translateIn } from "../i18n.ts";
import {
  askDeleteButton,
  DELETE_CONFIRM_MINUTES,
  deleteAskKeyboard,
  deleteLastKeyboard,
  deleteNowButton,
  exportDataButton,
  keepDataButton,
  minuteOf,
} from "../keyboards/privacy.ts";
import { notice, present } from "../messages.ts";
import { showPrivacy } from "../screens/privacy.ts";

export function privacyFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  pm.command("privacy", showPrivacy);

  pm.callbackQuery(exportDataButton.filter, async (ctx) => {
    if (!ctx.user) return;
    await notice(ctx);
    const data = await ctx.services.privacy.exportFor(ctx.user.id);
    const file = new InputFile(Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8"), `treffpunkt-my-data-${data.exportedAt.slice(0, 10)}.json`);
    await ctx.replyWithDocument(file, { caption: ctx.t("privacy-export-caption") });
  });

  pm.callbackQuery(askDeleteButton.filter, async (ctx) => {
    const step = askDeleteButton.unpack(ctx.callbackQuery.data);
    if (!ctx.user || !step) return notice(ctx, ctx.t("error-stale-button"));
    await notice(ctx);
    const t = translateIn(ctx);
    if (step === "ask") {
      const signups = await ctx.services.privacy.activeSignups(ctx.user.id);
      const lines = [t("privacy-delete-ask"), ...(signups > 0 ? [t("privacy-delete-signups", { count: signups })] : []), t("privacy-delete-final")];
      await present(ctx, esc(lines.join("\n\n")), deleteAskKeyboard(t));
      return;
    }
    await present(ctx, esc(t("privacy-delete-last")), deleteLastKeyboard(t, new Date()));
  });

  pm.callbackQuery(deleteNowButton.filter, async (ctx) => {
    const issued = deleteNowButton.unpack(ctx.callbackQuery.data);
    if (!ctx.user || issued === undefined) return notice(ctx, ctx.t("error-stale-button"));
    const age = minuteOf(new Date()) - issued;
    if (age < 0 || age > DELETE_CONFIRM_MINUTES) {
      await notice(ctx);
      await present(ctx, esc(ctx.t("privacy-delete-expired")));
      return;
    }
    const { signupsCancelled } = await ctx.services.privacy.erase(ctx.user.id);
    ctx.log.info({ user: ctx.user.id, signupsCancelled }, "personal data erased on request");
    await notice(ctx);
    await present(ctx, esc(ctx.t("privacy-delete-done", { count: signupsCancelled })));
  });

  pm.callbackQuery(keepDataButton.filter, async (ctx) => {
    await notice(ctx);
    await present(ctx, esc(ctx.t("privacy-delete-kept")));
  });
  return composer;
}
