import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/domain/clock.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { createUsersService } from "../../src/domain/users.ts";
import { useTestDatabase } from "../support/services.ts";

describe("users service", () => {
  const db = useTestDatabase();
  const clock = fixedClock("2026-12-01T10:00:00Z");
  const users = () => createUsersService({ db: db.prisma, clock, adminIds: [42n] });

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
});
