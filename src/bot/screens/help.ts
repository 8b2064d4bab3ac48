// The command list of /help, also sent after /start and a language choice.
import { ADMIN_COMMANDS, COMMANDS, STAFF_COMMANDS } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { isAdmin, isStaff } from "../roles.ts";

/** The command list in the user's language; built from COMMANDS so it never goes stale. */
export function helpMessage(ctx: BotContext): string {
  const commands = [...COMMANDS, ...(isStaff(ctx) ? STAFF_COMMANDS : []), ...(isAdmin(ctx) ? ADMIN_COMMANDS : [])];
  return [ctx.t("help-intro"), "", ...commands.map((command) => `/${command} – ${ctx.t(`command-${command}`)}`)].join("\n");
}
