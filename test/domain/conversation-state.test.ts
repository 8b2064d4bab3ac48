import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/domain/clock.ts";
import { createConversationStateService } from "../../src/domain/conversation-state.ts";
import { useTestDatabase } from "../support/services.ts";

describe("conversation state store", () => {
  const db = useTestDatabase();

  it("when state is written, then it reads back equal, is overwritten by the next write, and is gone after delete", async () => {
    const store = createConversationStateService({ sql: db.query, clock: fixedClock("2026-12-01T10:00:00Z") });
    const state = { version: [1, 1], state: { signup: [{ args: "[]", interrupts: [], replay: { send: [{ text: "ٱلسَّلَام {x} <b>" }] } }] } };

    await store.write("conv:77", state);
    expect(await store.read("conv:77")).toEqual(state);

    await store.write("conv:77", { version: [1, 1], state: {} });
    expect(await store.read("conv:77")).toEqual({ version: [1, 1], state: {} });

    await store.delete("conv:77");
    expect(await store.read("conv:77")).toBeUndefined();
    await expect(store.delete("conv:77")).resolves.toBeUndefined();
  });

  it("when a user typed U+0000 (which jsonb refuses), then the state still stores and reads back exactly", async () => {
    const store = createConversationStateService({ sql: db.query, clock: fixedClock("2026-12-01T10:00:00Z") });
    const state = { replay: [{ text: "Ali\u0000Baba" }, { text: "a literal \\u0000 stays" }] };

    await store.write("conv:78", state);

    expect(await store.read("conv:78")).toEqual(state);
  });

  it("when state is written, then updated_at is the clock's moment (retention reads it) and a second write moves it", async () => {
    const clock = fixedClock("2026-12-01T10:00:00Z");
    const store = createConversationStateService({ sql: db.query, clock });
    await store.write("conv:79", { step: 1 });
    expect((await db.prisma.conversationState.findUniqueOrThrow({ where: { key: "conv:79" } })).updatedAt.toISOString()).toBe("2026-12-01T10:00:00.000Z");

    clock.set("2026-12-03T08:30:00.123Z");
    await store.write("conv:79", { step: 2 });
    const row = await db.prisma.conversationState.findUniqueOrThrow({ where: { key: "conv:79" } });
    expect([row.updatedAt.toISOString(), row.state]).toEqual(["2026-12-03T08:30:00.123Z", { step: 2 }]);
  });
});
