// /start: a warm greeting in the user's language with the main menu. First-time users also
// see the language choice, because Telegram's app language is often not the language they
// read best. Deep links (deep-links.ts): /start offer_<id> opens that offer straight away,
// /start invite_<token> (an admin's one-time link) makes the user staff of an organization,
// /start guardian_<token> shows a parent the sign-up to confirm, /start privacy the notice.
import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { parseStartPayload } from "../deep-links.ts";
import type { Translator } from "../i18n.ts";
import { languageKeyboard } from "../keyboards/languages.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { helpMessage } from "../screens/help.ts";
import type { OfferScreens } from "../screens/offers.ts";
import { showPrivacy } from "../screens/privacy.ts";
import type { SignupScreens } from "../screens/signups.ts";

export function startFeature(translate: Translator, offers: OfferScreens, signups: SignupScreens): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command("start", async (ctx) => {
    const link = parseStartPayload(ctx.match);
    if (link?.kind === "guardian") {
      await signups.showGuardianRequest(ctx, link.token);
      return;
    }
    if (link?.kind === "privacy") {
      await showPrivacy(ctx);
      return;
    }
    if (link?.kind === "invite" && ctx.user) {
      try {
        const { organizationName } = await ctx.services.staff.acceptInvitation(ctx.user.id, link.token);
        await ctx.reply(ctx.t("staff-welcome", { organization: organizationName }), { reply_markup: mainMenu(ctx) });
      } catch (error) {
        // invitation-invalid, -used or -expired: the admin has to send a new link.
        if (!(error instanceof DomainError)) throw error;
        await ctx.reply(ctx.t(`error-${error.code}`), { reply_markup: mainMenu(ctx) });
      }
      return;
    }
    if (link?.kind === "offer") {
      await offers.showOfferById(ctx, link.offerId);
      await ctx.reply(ctx.t("start-link-welcome"), { reply_markup: mainMenu(ctx) });
      return;
    }
    await ctx.reply(ctx.t("start-greeting", { firstName: ctx.from.first_name }), { reply_markup: mainMenu(ctx) });
    if (!ctx.user?.locale) {
      await ctx.reply(ctx.t("start-choose-language"), { reply_markup: languageKeyboard(translate, undefined) });
    } else {
      await ctx.reply(helpMessage(ctx));
    }
  });
  return composer;
}
