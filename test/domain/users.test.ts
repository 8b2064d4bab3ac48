import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/domain/clock.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { createUsersService } from "../../src/domain/users.ts";
import { useTestDatabase } from "../support/services.ts";

describe("users service", () => {
  const db = useTestDatabase();
  const clock = fixedClock("2026-12-01T10:00:00Z");
  const users = () => createUsersService({ db: db.prisma, sql: db.query, clock, adminIds: [42n] });

  it("when a user writes for the first time, then a resident without a chosen language is created", async () => {
    const user = await users().identify({ telegramId: 1001n, firstName: "Amina" });

    expect(user).toMatchObject({ telegramId: 1001n, firstName: "Amina", role: "RESIDENT", locale: undefined, isNew: true });
    const row = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } });
    expect(row.createdAt.toISOString()).toBe("2026-12-01T10:00:00.000Z");
  });

  it("when the same user writes again, then no second row is created and isNew is false", async () => {
    const first = await users().identify({ telegramId: 1001n, firstName: "Amina" });
    const second = await users().identify({ telegramId: 1001n, firstName: "Amina" });

    expect(second.id).toBe(first.id);
    expect(second.isNew).toBe(false);
    expect(await db.prisma.user.count()).toBe(1);
  });

  it("when many first updates of one user arrive at once, then exactly one user row exists", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => users().identify({ telegramId: 2002n, firstName: "Oleh" })));

    expect(new Set(results.map((u) => u.id)).size).toBe(1);
    expect(await db.prisma.user.count()).toBe(1);
  });

  it("when the Telegram name changes, then the stored first name follows, cut to 64 characters", async () => {
    await users().identify({ telegramId: 1001n, firstName: "Amina" });
    const renamed = await users().identify({ telegramId: 1001n, firstName: "X".repeat(300) });

    expect(renamed.firstName).toHaveLength(64);
  });

  it("when the Telegram app's language changes, then the matching supported language is kept for notices", async () => {
    await users().identify({ telegramId: 1001n, firstName: "Olena", languageCode: "uk-UA" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } })).telegramLocale).toBe("uk");
    await users().identify({ telegramId: 1001n, firstName: "Olena", languageCode: "ja" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } })).telegramLocale).toBe("uk");
    await users().identify({ telegramId: 1001n, firstName: "Olena", languageCode: "ru" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } })).telegramLocale).toBe("ru");
  });

  it("when the Telegram id is in BOT_ADMIN_IDS, then the user is an admin", async () => {
    expect((await users().identify({ telegramId: 42n, firstName: "Admin" })).role).toBe("ADMIN");
  });

  it("when a user picks a supported language, then it is stored", async () => {
    const user = await users().identify({ telegramId: 1001n });
    await users().setLocale(user.id, "ar");

    expect((await users().findByTelegramId(1001n))?.locale).toBe("ar");
  });

  it("when a language is not supported, then a domain error says the input is invalid and nothing changes", async () => {
    const user = await users().identify({ telegramId: 1001n });

    await expect(users().setLocale(user.id, "xx")).rejects.toMatchObject({ code: "invalid-input" });
    await expect(users().setLocale(user.id, "xx")).rejects.toBeInstanceOf(DomainError);
    expect((await users().findByTelegramId(1001n))?.locale).toBeUndefined();
  });

  it("when a user blocks the bot and later writes again, then blockedAt is set and then cleared", async () => {
    await users().identify({ telegramId: 1001n });
    await users().markBlocked(1001n);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } })).blockedAt?.toISOString()).toBe(
      "2026-12-01T10:00:00.000Z",
    );

    await users().identify({ telegramId: 1001n });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } })).blockedAt).toBeNull();
  });

  it("when a user who erased their data writes again, then deletedAt is cleared and the row is theirs again", async () => {
    await users().identify({ telegramId: 1001n, firstName: "Amina" });
    await db.prisma.user.update({ where: { telegramId: 1001n }, data: { deletedAt: new Date("2026-11-30T10:00:00Z"), firstName: null } });

    const user = await users().identify({ telegramId: 1001n, firstName: "Amina" });
    expect(user).toMatchObject({ firstName: "Amina", isNew: false });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 1001n } })).deletedAt).toBeNull();
  });

  // The lookup runs on the driver beneath Prisma (DirectQuery), where pg and PGlite decode
  // bigint differently: Telegram ids go past 2^53 and must come back exact.
  it("when the Telegram id is larger than 2^53, then the user comes back with exactly that id, and an admin id still matches", async () => {
    const big = 9_007_199_254_740_993n;
    const first = await users().identify({ telegramId: big, firstName: "Big" });
    const again = await users().identify({ telegramId: big, firstName: "Big" });
    expect(again).toMatchObject({ id: first.id, telegramId: big, isNew: false });

    const admins = createUsersService({ db: db.prisma, sql: db.query, clock, adminIds: [big] });
    expect((await admins.identify({ telegramId: big, firstName: "Big" })).role).toBe("ADMIN");
  });

  it("when the chat has a stored conversation state, then identifyWith returns it with the user in one read", async () => {
    await users().identify({ telegramId: 1001n, firstName: "Amina" });
    await db.prisma.conversationState.create({ data: { key: "chat:1001", state: { steps: [1, "zwei"], done: false }, updatedAt: new Date() } });

    const found = await users().identifyWith({ telegramId: 1001n, firstName: "Amina" }, "chat:1001");
    expect(found.state).toEqual({ steps: [1, "zwei"], done: false });
    expect((await users().identifyWith({ telegramId: 1001n, firstName: "Amina" }, "chat:none")).state).toBeNull();
    expect((await users().identifyWith({ telegramId: 1001n, firstName: "Amina" })).state).toBeUndefined();
  });
});
