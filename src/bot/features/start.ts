// /start: a warm greeting in the user's language with the main menu. First-time users also
// see the language choice, because Telegram's app language is often not the language they
// read best. /start offer_<id> (a shared link) opens that offer straight away;
// /start invite_<token> (an admin's one-time link) makes the user staff of an organization.
import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { languageKeyboard } from "../keyboards/languages.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { helpMessage } from "./help.ts";
import type { OfferScreens } from "./offers.ts";
import { showPrivacy } from "./privacy.ts";
import { guardianToken, type SignupScreens } from "./signups.ts";

const OFFER_LINK = /^offer_([1-9]\d{0,9})$/;
const INVITE_LINK = /^invite_([A-Za-z0-9_-]{16,32})$/;

export function startFeature(i18n: I18n<never>, offers: OfferScreens, signups: SignupScreens): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command("start", async (ctx) => {
    const guardian = guardianToken(ctx.match);
    if (guardian) {
      await signups.showGuardianRequest(ctx, guardian);
      return;
    }
    if (ctx.match.trim() === "privacy") {
      await showPrivacy(ctx);
      return;
    }
    const invite = INVITE_LINK.exec(ctx.match.trim());
    if (invite && ctx.user) {
      try {
        const { organizationName } = await ctx.services.staff.acceptInvitation(ctx.user.id, invite[1]!);
        await ctx.reply(ctx.t("staff-welcome", { organization: organizationName }), { reply_markup: mainMenu(ctx) });
      } catch (error) {
        // invitation-invalid, -used or -expired: the admin has to send a new link.
        if (!(error instanceof DomainError)) throw error;
        await ctx.reply(ctx.t(`error-${error.code}`), { reply_markup: mainMenu(ctx) });
      }
      return;
    }
    const link = OFFER_LINK.exec(ctx.match.trim());
    if (link) {
      await offers.showOfferById(ctx, Number(link[1]));
      await ctx.reply(ctx.t("start-link-welcome"), { reply_markup: mainMenu(ctx) });
      return;
    }
    await ctx.reply(ctx.t("start-greeting", { firstName: ctx.from.first_name }), { reply_markup: mainMenu(ctx) });
    if (!ctx.user?.locale) {
      await ctx.reply(ctx.t("start-choose-language"), { reply_markup: languageKeyboard(i18n, undefined) });
    } else {
      await ctx.reply(helpMessage(ctx));
    }
  });
  return composer;
}
