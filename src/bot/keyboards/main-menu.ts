import { Keyboard } from "grammy";
import type { BotContext } from "../context.ts";

/** The always-visible menu under the input field, in the user's language. */
export function mainMenu(ctx: BotContext): Keyboard {
  return new Keyboard()
    .text(ctx.t("menu-offers"))
    .text(ctx.t("menu-my"))
    .row()
    .text(ctx.t("menu-language"))
    .text(ctx.t("menu-help"))
    .row()
    .text(ctx.t("menu-subscriptions"))
    .text(ctx.t("ask-menu"))
    .resized()
    .persistent();
}
