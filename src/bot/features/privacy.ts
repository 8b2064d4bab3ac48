// /privacy: what Treffpunkt stores, why, for how long and who sees it, in the user's language.
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export function privacyNotice(ctx: BotContext): string {
  return ctx.t("privacy-notice");
}

export function privacyFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command("privacy", (ctx) => ctx.reply(privacyNotice(ctx)));
  return composer;
}
