// Users: who talks to the bot, in which language, with which role.
import type { Db, DirectQuery } from "../db/index.ts";
import type { Clock } from "./clock.ts";
import { NotFoundError, ValidationError } from "./errors.ts";
import { isLocale, matchLocale, type Locale } from "./locales.ts";

export type Role = "RESIDENT" | "STAFF" | "ADMIN";

export type UserProfile = Readonly<{
  id: number;
  telegramId: bigint;
  /** Chosen with /language; undefined until the user picks one. */
  locale: Locale | undefined;
  firstName: string | undefined;
  /** Effective role: ADMIN for ids in BOT_ADMIN_IDS, else the stored role. */
  role: Role;
  isNew: boolean;
}>;

/** The hot read's row, typed so that pg and PGlite decode it alike (see DirectQuery). */
type IdentifyRow = { id: number; telegramId: string; locale: string | null; telegramLocale: string | null; firstName: string | null; role: Role; gone: boolean; state: unknown };

/** The statement every update runs (exported for the bench, which times it through Prisma too). */
export const IDENTIFY_SQL = `
  SELECT u.id, u.telegram_id::text AS "telegramId", u.locale, u.telegram_locale AS "telegramLocale", u.first_name AS "firstName",
         u.role::text AS role, (u.blocked_at IS NOT NULL OR u.deleted_at IS NOT NULL) AS gone, c.state
  FROM users u LEFT JOIN conversation_states c ON c.key = $1::text
  WHERE u.telegram_id = $2::bigint`;

export type UsersServiceDeps = { db: Db; clock: Clock; adminIds: readonly bigint[]; sql: DirectQuery };

/** Telegram allows 64 characters; we store no more than that. */
const FIRST_NAME_MAX = 64;

export function createUsersService({ db, clock, adminIds, sql }: UsersServiceDeps) {
  const admins = new Set(adminIds);

  const toProfile = (
    row: { id: number; telegramId: bigint; locale: string | null; firstName: string | null; role: Role },
    isNew: boolean,
  ): UserProfile => ({
    id: row.id,
    telegramId: row.telegramId,
    locale: isLocale(row.locale) ? row.locale : undefined,
    firstName: row.firstName ?? undefined,
    role: admins.has(row.telegramId) ? "ADMIN" : row.role,
    isNew,
  });

  async function identifyWith(
    input: { telegramId: bigint; firstName?: string; languageCode?: string },
    stateKey?: string,
  ): Promise<{ user: UserProfile; state: unknown }> {
    const firstName = input.firstName?.slice(0, FIRST_NAME_MAX) || null;
    const telegramLocale = matchLocale(input.languageCode) ?? null;
    // This runs on every update: on the driver directly (DirectQuery), a quarter to a third of
    // the CPU of the same statement through Prisma's $queryRaw on PostgreSQL (npm run bench).
    const [row] = await sql<IdentifyRow>(IDENTIFY_SQL, [stateKey ?? null, input.telegramId.toString()]);
    const existing = row && { ...row, telegramId: BigInt(row.telegramId) };
    // undefined: not read (the caller reads it itself); null: read, nothing stored.
    const state = existing && stateKey !== undefined ? (existing.state ?? null) : undefined;
    if (existing) {
      const sameLocale = telegramLocale === null || existing.telegramLocale === telegramLocale;
      if (existing.firstName === firstName && sameLocale && !existing.gone) {
        return { user: toProfile(existing, false), state };
      }
      // Talking to the bot again means they unblocked it or came back after deletion.
      const updated = await db.user.update({
        where: { id: existing.id },
        data: { firstName, blockedAt: null, deletedAt: null, ...(telegramLocale ? { telegramLocale } : {}) },
      });
      return { user: toProfile(updated, false), state };
    }
    // Two first updates of one user can race (several instances, or the runner): INSERT …
    // ON CONFLICT DO NOTHING lets exactly one win; both then read the same row.
    const { count } = await db.user.createMany({
      data: { telegramId: input.telegramId, firstName, telegramLocale, createdAt: clock.now() },
      skipDuplicates: true,
    });
    const created = await db.user.findUniqueOrThrow({ where: { telegramId: input.telegramId } });
    return { user: toProfile(created, count === 1), state: undefined };
  }

  return {
    /**
     * Finds the user behind an update, creating them on first contact. Hot path: one indexed
     * read per update; it writes only when something changed.
     */
    async identify(input: { telegramId: bigint; firstName?: string; languageCode?: string }): Promise<UserProfile> {
      return (await identifyWith(input)).user;
    },

    /**
     * identify, and in the same query the stored state under `stateKey` (the conversations
     * plugin reads it on every private update right after; one round trip instead of two).
     */
    identifyWith,

    async setLocale(userId: number, locale: string): Promise<Locale> {
      if (!isLocale(locale)) throw new ValidationError("locale");
      const { count } = await db.user.updateMany({ where: { id: userId }, data: { locale } });
      if (count === 0) throw new NotFoundError("user");
      return locale;
    },

    /** The user blocked the bot (403 from Telegram, or my_chat_member "kicked"). */
    async markBlocked(telegramId: bigint): Promise<void> {
      await db.user.updateMany({ where: { telegramId, blockedAt: null }, data: { blockedAt: clock.now() } });
    },

    async findByTelegramId(telegramId: bigint): Promise<UserProfile | undefined> {
      const row = await db.user.findUnique({ where: { telegramId } });
      return row ? toProfile(row, false) : undefined;
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
