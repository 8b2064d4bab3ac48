// The command menu, registered per language with setMyCommands at start.
import type { Api } from "grammy";
import { SUPPORTED_LOCALES, type Locale } from "../domain/locales.ts";
import type { Logger } from "../logger.ts";
import type { Translator } from "./i18n.ts";

/** Commands residents see, in menu order. Each has the Fluent key `command-<name>`. */
export const COMMANDS = ["offers", "my", "ask", "subscriptions", "stop", "language", "privacy", "help", "start"] as const;

/** Commands for staff and admins; listed in their /help, not in everyone's menu. */
export const STAFF_COMMANDS = ["newoffer", "myoffers", "import", "broadcast", "announcements", "linkgroup", "replytime"] as const;
/** Commands for admins only; listed in their /help. */
export const ADMIN_COMMANDS = ["admin", "stats"] as const;

export function commandList(translate: Translator, locale: Locale) {
  return COMMANDS.map((command) => ({ command, description: translate(locale, `command-${command}`) }));
}

/**
 * Registers the menu for every language plus the default one. Non-essential: a failure is
 * logged as a warning and the bot runs on. Returns how many registrations failed.
 */
export async function registerCommands(api: Api, translate: Translator, defaultLocale: Locale, log: Logger): Promise<number> {
  const calls = [
    () => api.setMyCommands(commandList(translate, defaultLocale)),
    ...SUPPORTED_LOCALES.map((locale) => () => api.setMyCommands(commandList(translate, locale), { language_code: locale })),
  ];
  const results = await Promise.allSettled(calls.map((call) => call()));
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    log.warn({ failed: failed.length, err: (failed[0] as PromiseRejectedResult).reason }, "could not register the command menu");
  }
  return failed.length;
}
