// Keeping personal data no longer than needed: sign-ups (with their guardian links) go
// RETENTION_DAYS after the date they were for, unfinished conversations after 7 days, and
// people who blocked the bot 90 days ago are erased with everything that hangs on them.
// Machine translations cached longer than 180 days go too (they hold only public texts, but a
// cache that only grows is a cost; a text still in use is simply translated again).
import type { Db } from "../db/index.ts";

export const CONVERSATION_MAX_AGE_DAYS = 7;
export const BLOCKED_USER_MAX_AGE_DAYS = 90;
export const TRANSLATION_CACHE_MAX_AGE_DAYS = 180;
const DAY_MS = 86_400_000;

export type RetentionResult = { signups: number; conversations: number; users: number; cachedTranslations: number };

export type RetentionServiceDeps = {
  db: Db;
  retentionDays: number;
  /** Erases one user as "Delete my data" does (seats freed, waiting list moved); privacy.erase. */
  eraseUser: (userId: number) => Promise<unknown>;
};

export function createRetentionService({ db, retentionDays, eraseUser }: RetentionServiceDeps) {
  return {
    /** Erases what is due at `now`. Idempotent: a second run at the same `now` erases nothing. */
    async run(now: Date): Promise<RetentionResult> {
      const signupCutoff = new Date(now.getTime() - retentionDays * DAY_MS);
      const signups = await db.$executeRaw`
        DELETE FROM signups s USING offer_occurrences o
        WHERE s.occurrence_id = o.id AND COALESCE(o.ends_at, o.starts_at) < ${signupCutoff}`;
      const { count: conversations } = await db.conversationState.deleteMany({
        where: { updatedAt: { lt: new Date(now.getTime() - CONVERSATION_MAX_AGE_DAYS * DAY_MS) } },
      });
      // One by one through erasure, so that their upcoming seats go to the waiting list.
      const gone = await db.user.findMany({
        where: { blockedAt: { lt: new Date(now.getTime() - BLOCKED_USER_MAX_AGE_DAYS * DAY_MS) } },
        select: { id: true },
      });
      for (const { id } of gone) await eraseUser(id);
      const users = gone.length;
      const { count: cachedTranslations } = await db.translationCache.deleteMany({
        where: { createdAt: { lt: new Date(now.getTime() - TRANSLATION_CACHE_MAX_AGE_DAYS * DAY_MS) } },
      });
      return { signups, conversations, users, cachedTranslations };
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
