import { Writable } from "node:stream";
import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  return { logger: createLogger({ level: "info", destination }), lines };
}

describe("logger", () => {
  it("when a Telegram error is logged, then the message text it carried (with a name) is not", () => {
    const { logger, lines } = capture();
    const error = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, "sendMessage", { chat_id: 5, text: "Hallo Zoryanka, dein Platz ist frei" });

    logger.error({ err: error }, "failed");

    expect(lines.join("")).toContain("chat not found");
    expect(lines.join("")).not.toContain("Zoryanka");
  });

  it("when a Prisma validation error is logged, then the query arguments in its message are not", () => {
    const { logger, lines } = capture();
    const error = new Error('\nInvalid `prisma.signup.create()` invocation:\n{\n  data: {\n    listName: "Zoryanka Petrenko",\n    seats: "three"\n  }\n}\n\nArgument `seats`: Invalid value provided. Expected Int, provided String.');
    error.name = "PrismaClientValidationError";

    logger.error({ err: error }, "failed");

    const line = JSON.parse(lines[0]!);
    expect(line.err.message).toBe("Argument `seats`: Invalid value provided. Expected Int, provided String.");
    expect(lines.join("")).not.toContain("Zoryanka");
  });
});
