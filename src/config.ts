// Configuration comes only from environment variables (optionally from .env). parseConfig is
// pure: it validates everything at once and reports every bad variable by name, never by value.
import { existsSync } from "node:fs";
import { z } from "zod";
import { SUPPORTED_LOCALES, type Locale } from "./domain/locales.ts";
import { allowanceProblem, type PrivateAllowance } from "./domain/public-address.ts";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(emptyToUndefined, schema.default(fallback as never));

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const telegramId = z.string().trim().regex(/^[1-9]\d{0,18}$/, "not a Telegram user id");

/** The environment variables Treffpunkt reads. `.env.example` and the README list exactly these. */
export const envSchema = z
  .object({
    BOT_TOKEN: optional(z.string().trim().regex(/^\d+:[\w-]+$/, "does not look like a bot token (123456:ABC-…)")),
    BOT_API_ROOT: withDefault(z.url({ protocol: /^https?$/ }), "https://api.telegram.org"),
    BOT_MODE: withDefault(z.enum(["polling", "webhook"]), "polling"),
    BOT_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/ })),
    BOT_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1-256 characters A-Z, a-z, 0-9, _ or -")),
    SERVER_HOST: withDefault(z.string(), "0.0.0.0"),
    SERVER_PORT: withDefault(z.coerce.number().int().min(0).max(65535), 3000),
    WORKERS: withDefault(z.coerce.number().int().min(1).max(64), 1),
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must start with postgresql://")),
    DATABASE_PREPARED_STATEMENTS: withDefault(z.enum(["on", "off"]), "on"),
    DATA_DIR: withDefault(z.string(), "./data"),
    BOT_ADMIN_IDS: withDefault(
      z.string().transform((raw, ctx) => {
        const parts = raw.split(",").map((part) => part.trim()).filter(Boolean);
        const ids: bigint[] = [];
        for (const part of parts) {
          if (!telegramId.safeParse(part).success) {
            ctx.addIssue({ code: "custom", message: "must be comma-separated Telegram user ids" });
            return z.NEVER;
          }
          ids.push(BigInt(part));
        }
        return ids;
      }),
      "",
    ),
    BOT_TIMEZONE: withDefault(z.string().refine(isTimeZone, "is not an IANA time zone"), "Europe/Berlin"),
    DEFAULT_LOCALE: withDefault(z.enum(SUPPORTED_LOCALES), "de"),
    RETENTION_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 30),
    QUESTION_RETENTION_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 90),
    PRIVACY_CONTACT: optional(z.string().trim().max(200, "must be at most 200 characters")),
    BROADCAST_RATE: withDefault(z.coerce.number().min(0.1).max(10_000), 25),
    QUIET_HOURS: withDefault(
      z.string().regex(/^(off|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$/, 'must be "HH:MM-HH:MM" (e.g. 21:00-08:00) or "off"'),
      "21:00-08:00",
    ),
    GUARDIAN_AGE: withDefault(z.coerce.number().int().min(13).max(18), 16),
    GUARDIAN_HOLD_HOURS: withDefault(z.coerce.number().int().min(1).max(720), 48),
    STILL_COMING_LEAD_HOURS: withDefault(z.coerce.number().int().min(1).max(336), 48),
    DIGEST_AT: withDefault(
      z.string().trim().toLowerCase().regex(/^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):[0-5]\d$/, 'must be a weekday and a time, e.g. "sun 17:00"'),
      "sun 17:00",
    ),
    YOUTH_AGES: withDefault(
      z
        .string()
        .regex(/^\d{1,2}-\d{1,2}$/, 'must be an age range "min-max", e.g. 12-17')
        .refine((raw) => {
          const [min, max] = raw.split("-").map(Number);
          return min! <= max!;
        }, "must have the lower age first"),
      "12-17",
    ),
    SIGNUP_MAX_SEATS: withDefault(z.coerce.number().int().min(1).max(20), 6),
    INVITATION_VALIDITY_DAYS: withDefault(z.coerce.number().int().min(1).max(90), 7),
    PUBLIC_PAGE: withDefault(z.enum(["on", "off"]), "on"),
    PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
    LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
    TRANSLATE_PROVIDER: withDefault(z.enum(["off", "libretranslate", "deepl"]), "off"),
    TRANSLATE_URL: optional(z.url({ protocol: /^https?$/ })),
    TRANSLATE_API_KEY: optional(z.string().trim().regex(/^[\x21-\x7e]{1,256}$/, "must be 1-256 visible ASCII characters without spaces")),
    TRANSLATE_MONTHLY_CHARS: withDefault(z.coerce.number().int().min(0).max(2_000_000_000), 500_000),
    TRANSLATE_TIMEOUT_MS: withDefault(z.coerce.number().int().min(500).max(120_000), 10_000),
    CALENDAR_ALLOW_PRIVATE_URLS: withDefault(
      z
        .string()
        .trim()
        .refine(
          (raw) => raw === "off" || raw === "on" || raw.split(",").every((entry) => entry.trim() !== "" && allowanceProblem(entry.trim()) === ""),
          'must be "off", "on" or comma-separated addresses or subnets (e.g. 10.1.2.3, 192.168.5.0/24)',
        ),
      "off",
    ),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_MODE === "webhook" && !env.BOT_WEBHOOK_URL) {
      ctx.addIssue({ code: "custom", path: ["BOT_WEBHOOK_URL"], message: "is required when BOT_MODE=webhook" });
    }
    // Without it anyone who finds the URL can post updates "from" any user, an admin included.
    if (env.BOT_MODE === "webhook" && !env.BOT_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["BOT_WEBHOOK_SECRET"], message: "is required when BOT_MODE=webhook (e.g. openssl rand -hex 32)" });
    }
    // Several processes share one port and one database: PGlite allows one process, and
    // Telegram gives getUpdates to one poller only.
    if (env.WORKERS > 1 && (env.BOT_MODE !== "webhook" || !env.DATABASE_URL)) {
      ctx.addIssue({ code: "custom", path: ["WORKERS"], message: "more than 1 needs BOT_MODE=webhook and DATABASE_URL (PostgreSQL)" });
    }
    if (env.TRANSLATE_PROVIDER === "libretranslate" && !env.TRANSLATE_URL) {
      ctx.addIssue({ code: "custom", path: ["TRANSLATE_URL"], message: "is required when TRANSLATE_PROVIDER=libretranslate (e.g. http://127.0.0.1:5000)" });
    }
    if (env.TRANSLATE_PROVIDER === "deepl" && !env.TRANSLATE_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["TRANSLATE_API_KEY"], message: "is required when TRANSLATE_PROVIDER=deepl (the key of your DeepL API account)" });
    }
  });

export const ENV_KEYS = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export type Config = Readonly<{
  bot: Readonly<{
    token: string;
    apiRoot: string;
    mode: "polling" | "webhook";
    webhookUrl: string | undefined;
    webhookSecret: string | undefined;
    adminIds: readonly bigint[];
  }>;
  /** `workers`: processes that share the port (WORKERS; cluster.ts). */
  server: Readonly<{ host: string; port: number; workers: number }>;
  /** `preparedStatements`: the hot path's statements are prepared once per connection (DATABASE_PREPARED_STATEMENTS). */
  database: Readonly<{ url: string | undefined; dataDir: string; preparedStatements: boolean }>;
  i18n: Readonly<{ defaultLocale: Locale; timezone: string }>;
  log: Readonly<{ level: string }>;
  privacy: Readonly<{ retentionDays: number; questionRetentionDays: number; contact: string | undefined }>;
  broadcast: Readonly<{
    /** Messages per second for announcements, all instances together. */
    rate: number;
    /** Local [start, end) minutes of the day without non-urgent announcements; null = none. */
    quietHours: Readonly<{ startMinute: number; endMinute: number }> | null;
    /** The weekly digest: ISO weekday (1 = Monday … 7 = Sunday) and local time. */
    digest: Readonly<{ weekday: number; hour: number; minute: number }>;
  }>;
  signups: Readonly<{
    /** Under this age a guardian confirms the sign-up (GDPR Art. 8; 16 in Germany). */
    guardianAge: number;
    /** How long a sign-up waiting for its guardian holds its seat. */
    guardianHoldMs: number;
    /** "Are you still coming?" goes out this long before the start. */
    stillComingLeadMs: number;
    /** The most seats one sign-up takes in the chat (the offer's own limit may be lower). */
    maxSeats: number;
  }>;
  offers: Readonly<{ youthAges: Readonly<{ min: number; max: number }> }>;
  staff: Readonly<{ invitationValidityMs: number }>;
  translation: Readonly<{
    /** Which machine translation service; "off": texts are translated by hand only. */
    provider: "off" | "libretranslate" | "deepl";
    url: string | undefined;
    apiKey: string | undefined;
    /** Characters sent per calendar month (bot time zone); undefined: no limit (TRANSLATE_MONTHLY_CHARS=0). */
    monthlyChars: number | undefined;
    /** How long one call to the provider may take. */
    timeoutMs: number;
  }>;
  web: Readonly<{
    /** GET / serves the public "What's on" page (PUBLIC_PAGE). */
    publicPage: boolean;
    /** Public base URL of this server for links to the feeds (PUBLIC_URL), without a trailing slash; none = no subscribe links. */
    publicUrl: string | undefined;
  }>;
  calendar: Readonly<{
    /** Non-public hosts a subscribed calendar may be on (CALENDAR_ALLOW_PRIVATE_URLS): none (false), all (true), or these addresses and subnets. */
    allowPrivateUrls: PrivateAllowance;
  }>;
}>;

export const BOT_TOKEN_HELP = [
  "Treffpunkt needs a Telegram bot token to start.",
  "  1. In Telegram, open @BotFather and send /newbot (or /token for an existing bot).",
  "  2. Copy the token it gives you (it looks like 123456789:AA...).",
  "  3. Put it in a file named .env next to package.json:  BOT_TOKEN=123456789:AA...",
  "     (copy .env.example to .env for all settings), then run npm start again.",
].join("\n");

export class ConfigError extends Error {
  constructor(
    /** One line per bad variable: "NAME: what is wrong". */
    readonly problems: string[],
    readonly missingToken: boolean,
  ) {
    const lines = problems.length ? ["Invalid configuration:", ...problems.map((p) => `  - ${p}`)] : [];
    super([...(missingToken ? [BOT_TOKEN_HELP] : []), ...lines].join("\n"));
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${String(issue.path[0] ?? "config")}: ${issue.message}`);
  const token = result.success ? result.data.BOT_TOKEN : undefined;
  const tokenProblem = problems.some((p) => p.startsWith("BOT_TOKEN:"));
  const missingToken = !tokenProblem && !(result.success ? token : emptyToUndefined(env.BOT_TOKEN));
  if (!result.success || missingToken || !token) throw new ConfigError(problems, missingToken);

  const e = result.data;
  return Object.freeze({
    bot: Object.freeze({
      token,
      apiRoot: e.BOT_API_ROOT.replace(/\/+$/, ""),
      mode: e.BOT_MODE,
      webhookUrl: e.BOT_WEBHOOK_URL,
      webhookSecret: e.BOT_WEBHOOK_SECRET,
      adminIds: Object.freeze([...e.BOT_ADMIN_IDS]),
    }),
    server: Object.freeze({ host: e.SERVER_HOST, port: e.SERVER_PORT, workers: e.WORKERS }),
    database: Object.freeze({ url: e.DATABASE_URL, dataDir: e.DATA_DIR, preparedStatements: e.DATABASE_PREPARED_STATEMENTS === "on" }),
    i18n: Object.freeze({ defaultLocale: e.DEFAULT_LOCALE, timezone: e.BOT_TIMEZONE }),
    log: Object.freeze({ level: e.LOG_LEVEL }),
    privacy: Object.freeze({ retentionDays: e.RETENTION_DAYS, questionRetentionDays: e.QUESTION_RETENTION_DAYS, contact: e.PRIVACY_CONTACT }),
    broadcast: Object.freeze({ rate: e.BROADCAST_RATE, quietHours: parseQuietHours(e.QUIET_HOURS), digest: parseDigestAt(e.DIGEST_AT) }),
    signups: Object.freeze({
      guardianAge: e.GUARDIAN_AGE,
      guardianHoldMs: e.GUARDIAN_HOLD_HOURS * HOUR_MS,
      stillComingLeadMs: e.STILL_COMING_LEAD_HOURS * HOUR_MS,
      maxSeats: e.SIGNUP_MAX_SEATS,
    }),
    offers: Object.freeze({ youthAges: parseAgeRange(e.YOUTH_AGES) }),
    staff: Object.freeze({ invitationValidityMs: e.INVITATION_VALIDITY_DAYS * 24 * HOUR_MS }),
    translation: Object.freeze({
      provider: e.TRANSLATE_PROVIDER,
      url: e.TRANSLATE_URL?.replace(/\/+$/, ""),
      apiKey: e.TRANSLATE_API_KEY,
      monthlyChars: e.TRANSLATE_MONTHLY_CHARS === 0 ? undefined : e.TRANSLATE_MONTHLY_CHARS,
      timeoutMs: e.TRANSLATE_TIMEOUT_MS,
    }),
    web: Object.freeze({ publicPage: e.PUBLIC_PAGE === "on", publicUrl: e.PUBLIC_URL?.replace(/\/+$/, "") }),
    calendar: Object.freeze({ allowPrivateUrls: parseAllowance(e.CALENDAR_ALLOW_PRIVATE_URLS) }),
  });
}

const HOUR_MS = 3_600_000;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function parseDigestAt(value: string): Config["broadcast"]["digest"] {
  const [day, time] = value.split(" ");
  const [hour, minute] = time!.split(":").map(Number);
  return Object.freeze({ weekday: WEEKDAYS.indexOf(day!) + 1, hour: hour!, minute: minute! });
}

function parseAgeRange(value: string): Config["offers"]["youthAges"] {
  const [min, max] = value.split("-").map(Number);
  return Object.freeze({ min: min!, max: max! });
}

function parseAllowance(value: string): PrivateAllowance {
  if (value === "off") return false;
  if (value === "on") return true;
  return Object.freeze(value.split(",").map((entry) => entry.trim()));
}

function parseQuietHours(value: string): Config["broadcast"]["quietHours"] {
  if (value === "off") return null;
  const [start, end] = value.split("-").map((hhmm) => {
    const [h, m] = hhmm.split(":").map(Number);
    return h! * 60 + m!;
  });
  return Object.freeze({ startMinute: start!, endMinute: end! });
}

/** Loads ./.env into process.env; variables already set in the environment win. */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
