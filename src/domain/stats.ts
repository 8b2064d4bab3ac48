// Anonymous counts for admins: no names, only numbers per language, category and offer.
import { DateTime } from "luxon";
import type { Db } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { requireAdmin, type Actors } from "./actors.ts";
import { ValidationError } from "./errors.ts";
import type { MachineTranslationService } from "./machine-translation.ts";
import { translationOrder } from "./translations.ts";

export type MonthStats = {
  month: string;
  usersByLanguage: { locale: string; users: number }[];
  byCategory: { categoryId: string; signups: number; seats: number; present: number; absent: number }[];
  byOffer: { offerId: number; title: string; signups: number; seats: number; present: number; absent: number }[];
  /** Machine translation this calendar month (whatever month was asked for); null when no provider is set. */
  translation: { provider: string; month: string; chars: number; budget: number | null } | null;
};

export type StatsDeps = { db: Db; actors: Actors; timezone: string; translation?: Pick<MachineTranslationService, "providerName" | "usage"> };

export function createStatsService({ db, actors, timezone, translation }: StatsDeps) {
  return {
    /** Sign-ups and attendance of dates in `month` ("2026-12", bot time zone); users as of now. */
    async month(actorUserId: number, month: string): Promise<MonthStats> {
      requireAdmin(await actors.load(actorUserId), "stats");
      const start = DateTime.fromFormat(month, "yyyy-MM", { zone: timezone });
      if (!start.isValid) throw new ValidationError("month");
      const [from, to] = [start.toJSDate(), start.plus({ months: 1 }).toJSDate()];
      const usersByLanguage = await db.$queryRaw<{ locale: string; users: number }[]>`
        SELECT COALESCE(locale, telegram_locale, '?') AS locale, count(*)::int AS users
        FROM users WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1`;
      const counted = Prisma.sql`
        count(s.id)::int AS signups, COALESCE(sum(s.seats), 0)::int AS seats,
        count(*) FILTER (WHERE s.attendance = 'PRESENT')::int AS present,
        count(*) FILTER (WHERE s.attendance = 'ABSENT')::int AS absent`;
      const byCategory = await db.$queryRaw<MonthStats["byCategory"]>`
        SELECT f.category_id AS "categoryId", ${counted}
        FROM signups s JOIN offer_occurrences o ON o.id = s.occurrence_id JOIN offers f ON f.id = o.offer_id
        WHERE s.status = 'CONFIRMED' AND o.starts_at >= ${from} AND o.starts_at < ${to}
        GROUP BY f.category_id ORDER BY signups DESC, f.category_id`;
      // Titles in the offer's source language: the month's figures name offers one way for every admin.
      const byOffer = await db.$queryRaw<MonthStats["byOffer"]>`
        SELECT f.id AS "offerId",
               (SELECT tr.title FROM offer_translations tr WHERE tr.offer_id = f.id ORDER BY ${translationOrder(null)} LIMIT 1) AS title,
               ${counted}
        FROM signups s JOIN offer_occurrences o ON o.id = s.occurrence_id JOIN offers f ON f.id = o.offer_id
        WHERE s.status = 'CONFIRMED' AND o.starts_at >= ${from} AND o.starts_at < ${to}
        GROUP BY f.id ORDER BY signups DESC, f.id LIMIT 20`;
      const provider = translation?.providerName ?? null;
      const usage = provider && translation ? { provider, ...(await translation.usage()) } : null;
      return { month, usersByLanguage, byCategory, byOffer, translation: usage };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
