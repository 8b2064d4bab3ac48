import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, ENV_KEYS, parseConfig } from "../src/config.ts";

const valid = { BOT_TOKEN: "123456:ABC-def_ghi" };
const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
  }
  throw new Error("expected a ConfigError");
};

describe("configuration", () => {
  it("when only the token is given, then every other setting has its documented default", () => {
    expect(parseConfig(valid)).toEqual({
      bot: { token: valid.BOT_TOKEN, apiRoot: "https://api.telegram.org", mode: "polling", webhookUrl: undefined, webhookSecret: undefined, adminIds: [] },
      server: { host: "0.0.0.0", port: 3000, workers: 1 },
      database: { url: undefined, dataDir: "./data", preparedStatements: true },
      i18n: { defaultLocale: "de", timezone: "Europe/Berlin" },
      log: { level: "info" },
      privacy: { retentionDays: 30, questionRetentionDays: 90 },
      broadcast: { rate: 25, quietHours: { startMinute: 21 * 60, endMinute: 8 * 60 }, digest: { weekday: 7, hour: 17, minute: 0 } },
      signups: { guardianAge: 16, guardianHoldMs: 48 * 3_600_000, stillComingLeadMs: 48 * 3_600_000, maxSeats: 6 },
      offers: { youthAges: { min: 12, max: 17 } },
      staff: { invitationValidityMs: 7 * 86_400_000 },
      translation: { provider: "off", url: undefined, apiKey: undefined, monthlyChars: 500_000, timeoutMs: 10_000 },
      web: { publicPage: true },
      calendar: { allowPrivateUrls: false },
    });
  });

  it("when prepared statements are turned off (a pooler in transaction mode), then it is read; anything but on or off is refused", () => {
    expect(parseConfig({ ...valid, DATABASE_PREPARED_STATEMENTS: "off" }).database.preparedStatements).toBe(false);
    expect(parseConfig({ ...valid, DATABASE_PREPARED_STATEMENTS: "on" }).database.preparedStatements).toBe(true);
    expect(() => parseConfig({ ...valid, DATABASE_PREPARED_STATEMENTS: "no" })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  it("when private calendar addresses are allowed, then on, off or a list of addresses and subnets is read; anything else is named without its value", () => {
    expect(parseConfig({ ...valid, CALENDAR_ALLOW_PRIVATE_URLS: "on" }).calendar.allowPrivateUrls).toBe(true);
    expect(parseConfig({ ...valid, CALENDAR_ALLOW_PRIVATE_URLS: "off" }).calendar.allowPrivateUrls).toBe(false);
    expect(parseConfig({ ...valid, CALENDAR_ALLOW_PRIVATE_URLS: "10.1.2.3, 192.168.5.0/24,fd00::/8" }).calendar.allowPrivateUrls).toEqual(["10.1.2.3", "192.168.5.0/24", "fd00::/8"]);
    for (const bad of ["yes", "10.1.2.3/33", "intranet.local", "10.0.0.0/8,"]) {
      const error = problemsOf({ ...valid, CALENDAR_ALLOW_PRIVATE_URLS: bad });
      expect(error.problems).toEqual([expect.stringMatching(/^CALENDAR_ALLOW_PRIVATE_URLS: /)]);
      expect(error.message).not.toContain(bad);
    }
  });

  it("when several workers are asked for, then they need webhook mode on PostgreSQL; 1 to 64 are allowed", () => {
    const webhook = { ...valid, BOT_MODE: "webhook", BOT_WEBHOOK_URL: "https://bot.example.org", BOT_WEBHOOK_SECRET: "s3cret" };
    expect(parseConfig({ ...webhook, DATABASE_URL: "postgresql://db/treffpunkt", WORKERS: "4" }).server.workers).toBe(4);
    expect(problemsOf({ ...webhook, WORKERS: "2" }).problems).toEqual([expect.stringMatching(/^WORKERS: more than 1 needs BOT_MODE=webhook and DATABASE_URL/)]);
    expect(problemsOf({ ...valid, DATABASE_URL: "postgresql://db/treffpunkt", WORKERS: "2" }).problems).toEqual([expect.stringMatching(/^WORKERS: /)]);
    for (const bad of ["0", "65", "two", "1.5"]) expect(problemsOf({ ...webhook, DATABASE_URL: "postgresql://db/treffpunkt", WORKERS: bad }).problems).toEqual([expect.stringMatching(/^WORKERS: /)]);
  });

  it("when machine translation is configured, then provider, server, key, budget and timeout are read; 0 characters means no limit", () => {
    expect(parseConfig({ ...valid, TRANSLATE_PROVIDER: "libretranslate", TRANSLATE_URL: "http://127.0.0.1:5000/", TRANSLATE_MONTHLY_CHARS: "0", TRANSLATE_TIMEOUT_MS: "3000" }).translation).toEqual({
      provider: "libretranslate",
      url: "http://127.0.0.1:5000",
      apiKey: undefined,
      monthlyChars: undefined,
      timeoutMs: 3000,
    });
    expect(parseConfig({ ...valid, TRANSLATE_PROVIDER: "deepl", TRANSLATE_API_KEY: "abc-123:fx" }).translation).toMatchObject({ provider: "deepl", url: undefined, apiKey: "abc-123:fx" });
  });

  it("when a provider lacks what it needs or a translation setting is bad, then each variable is named and no value is echoed", () => {
    expect(problemsOf({ ...valid, TRANSLATE_PROVIDER: "libretranslate" }).problems).toEqual([expect.stringMatching(/^TRANSLATE_URL: is required/)]);
    expect(problemsOf({ ...valid, TRANSLATE_PROVIDER: "deepl" }).problems).toEqual([expect.stringMatching(/^TRANSLATE_API_KEY: is required/)]);

    const bad = { TRANSLATE_PROVIDER: "google", TRANSLATE_URL: "ftp://secret-host", TRANSLATE_API_KEY: "has a secret space", TRANSLATE_MONTHLY_CHARS: "-5", TRANSLATE_TIMEOUT_MS: "fast" };
    const error = problemsOf({ ...valid, ...bad });
    expect(error.problems.map((p) => p.split(":")[0]).sort()).toEqual(Object.keys(bad).sort());
    for (const value of ["google", "secret-host", "secret space"]) expect(error.message).not.toContain(value);
  });

  it("when the sign-up, digest, youth and invitation settings are given, then they are read; out of range ones are each named", () => {
    const config = parseConfig({
      ...valid,
      GUARDIAN_AGE: "14",
      GUARDIAN_HOLD_HOURS: "24",
      STILL_COMING_LEAD_HOURS: "12",
      DIGEST_AT: "Fri 09:30",
      YOUTH_AGES: "14-21",
      SIGNUP_MAX_SEATS: "10",
      INVITATION_VALIDITY_DAYS: "2",
    });
    expect(config.signups).toEqual({ guardianAge: 14, guardianHoldMs: 24 * 3_600_000, stillComingLeadMs: 12 * 3_600_000, maxSeats: 10 });
    expect(config.broadcast.digest).toEqual({ weekday: 5, hour: 9, minute: 30 });
    expect(config.offers.youthAges).toEqual({ min: 14, max: 21 });
    expect(config.staff.invitationValidityMs).toBe(2 * 86_400_000);

    const bad = { GUARDIAN_AGE: "12", GUARDIAN_HOLD_HOURS: "0", STILL_COMING_LEAD_HOURS: "x", DIGEST_AT: "sunday 5pm", YOUTH_AGES: "17-12", SIGNUP_MAX_SEATS: "21", INVITATION_VALIDITY_DAYS: "-1" };
    try {
      parseConfig({ ...valid, ...bad });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(Object.keys(bad).sort());
      for (const value of [bad.DIGEST_AT, bad.YOUTH_AGES]) expect(problems.join("\n")).not.toContain(value);
    }
  });

  it("when the configuration is parsed, then it is frozen", () => {
    const config = parseConfig(valid);
    expect(Object.isFrozen(config) && Object.isFrozen(config.bot) && Object.isFrozen(config.bot.adminIds)).toBe(true);
  });

  it("when admin ids are listed with spaces, then they become bigints; empty DATABASE_URL means embedded", () => {
    const config = parseConfig({ ...valid, BOT_ADMIN_IDS: " 12, 9007199254740993 ", DATABASE_URL: "" });
    expect(config.bot.adminIds).toEqual([12n, 9007199254740993n]);
    expect(config.database.url).toBeUndefined();
  });

  it("when the token is missing, then the error explains @BotFather and .env and names no other problem", () => {
    const error = problemsOf({});
    expect(error.missingToken).toBe(true);
    expect(error.message).toContain("@BotFather");
    expect(error.message).toContain(".env");
    expect(error.problems).toEqual([]);
  });

  it("when several variables are bad, then all are reported at once by name and no value is echoed", () => {
    const error = problemsOf({
      ...valid,
      BOT_MODE: "web",
      SERVER_PORT: "70000",
      BOT_ADMIN_IDS: "12,secret-admin",
      BOT_TIMEZONE: "Mars/Olympus",
      DEFAULT_LOCALE: "xx",
      LOG_LEVEL: "loud",
      DATABASE_URL: "mysql://user:hunter2@db/x",
      BOT_WEBHOOK_SECRET: "has spaces!",
    });
    expect(error.problems.map((p) => p.split(":")[0]).sort()).toEqual(
      ["BOT_ADMIN_IDS", "BOT_MODE", "BOT_TIMEZONE", "BOT_WEBHOOK_SECRET", "DATABASE_URL", "DEFAULT_LOCALE", "LOG_LEVEL", "SERVER_PORT"].sort(),
    );
    for (const secret of ["hunter2", "secret-admin", "Mars/Olympus", "has spaces"]) expect(error.message).not.toContain(secret);
  });

  it("when webhook mode has no URL and no secret, then BOT_WEBHOOK_URL and BOT_WEBHOOK_SECRET are reported", () => {
    expect(problemsOf({ ...valid, BOT_MODE: "webhook" }).problems).toEqual([expect.stringMatching(/^BOT_WEBHOOK_URL: /), expect.stringMatching(/^BOT_WEBHOOK_SECRET: is required/)]);
  });

  it("when the token is malformed, then BOT_TOKEN is reported without the help text", () => {
    const error = problemsOf({ BOT_TOKEN: "not a token" });
    expect(error.missingToken).toBe(false);
    expect(error.problems).toEqual([expect.stringMatching(/^BOT_TOKEN: /)]);
  });

  it("when .env.example and the README are read, then both list exactly the variables the schema reads", () => {
    const example = readFileSync(".env.example", "utf8")
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split("=")[0]);
    const readme = readFileSync("README.md", "utf8");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);

    expect([...example].sort()).toEqual([...ENV_KEYS].sort());
    expect([...documented].sort()).toEqual([...ENV_KEYS].sort());
  });
});
