// One pino root logger, JSON lines on stdout. Children per update and per job add ids.
// Personal data (names, message text) is never logged; Telegram ids only at debug.
import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Errors without personal data. A GrammyError carries the request `payload` (the message text,
 * often with a name in it); Prisma's validation errors print the query arguments. Both keep
 * what helps debugging: class, code, method, the last line of the message and the stack.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return pino.stdSerializers.err(error as Error);
  const { payload: _payload, ...rest } = pino.stdSerializers.err(error) as ReturnType<typeof pino.stdSerializers.err> & { payload?: unknown };
  if (!error.name.startsWith("PrismaClient")) return rest;
  const lastLine = error.message.trim().split("\n").at(-1) ?? "";
  return { type: rest.type, message: lastLine, code: (error as { code?: string }).code, meta: (error as { meta?: unknown }).meta, stack: rest.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")).join("\n") };
}

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { app: "treffpunkt" },
      serializers: { err: serializeError },
      redact: {
        paths: ["token", "*.token", "config.bot.token", "config.bot.webhookSecret", "config.translation.apiKey", "apiKey", "*.apiKey", "secret", "*.secret", "headers[\"x-telegram-bot-api-secret-token\"]"],
        censor: "[redacted]",
      },
    },
    options.destination,
  );
}
