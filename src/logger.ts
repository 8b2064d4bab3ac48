// One pino root logger, JSON lines on stdout. Children per update and per job add ids.
// Personal data (names, message text) is never logged; Telegram ids only at debug.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { app: "treffpunkt" },
      redact: {
        paths: ["token", "*.token", "config.bot.token", "config.bot.webhookSecret", "secret", "*.secret", "headers[\"x-telegram-bot-api-secret-token\"]"],
        censor: "[redacted]",
      },
    },
    options.destination,
  );
}
