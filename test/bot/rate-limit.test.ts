import { describe, expect, it } from "vitest";
import { RATE_LIMIT } from "../../src/bot/middlewares/rate-limit.ts";
import { createTestBot } from "../support/bot.ts";
import { useTestDatabase } from "../support/services.ts";
import { commandUpdate, type TestUser } from "../support/updates.ts";

const flooder: TestUser = { id: 990, first_name: "Spam", language_code: "uk" };
const neighbour: TestUser = { id: 991, first_name: "Anna", language_code: "de" };

describe("bot: flood protection", () => {
  const db = useTestDatabase();

  it("when a user sends far more than the limit, then they get one polite notice in their language and the rest is ignored; others are unaffected", async () => {
    const t = createTestBot(db, { floodLimit: RATE_LIMIT });
    for (let i = 0; i < RATE_LIMIT.updates + 15; i++) await t.bot.handleUpdate(commandUpdate(flooder, "help"));
    await t.bot.handleUpdate(commandUpdate(neighbour, "help"));

    const toFlooder = t.api.textsTo(flooder.id);
    expect(toFlooder).toHaveLength(RATE_LIMIT.updates + 1);
    expect(toFlooder.at(-1)).toBe(t.i18n.t("uk", "rate-limited"));
    expect(t.api.textsTo(neighbour.id)).toHaveLength(1);
  });
});
