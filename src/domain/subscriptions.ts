// Subscriptions: what a resident wants to hear about (topics, districts, a weekly digest), and
// who an announcement reaches. Everything is off until the resident says yes.
import type { Db } from "../db/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Clock } from "./clock.ts";
import { ValidationError } from "./errors.ts";

/** General news from the city: a topic next to the category ids. */
export const GENERAL_TOPIC = "general";

export type SubscriptionSettings = Readonly<{
  /** Master switch: off sends nothing, but keeps the choices below. */
  enabled: boolean;
  /** Category ids and GENERAL_TOPIC. */
  topics: string[];
  /** Empty = all districts. */
  districtIds: number[];
  digest: boolean;
  /** The onboarding question was asked, or the user made a choice themselves. */
  asked: boolean;
}>;

export type AudienceMember = Readonly<{
  userId: number;
  telegramId: bigint;
  /** The chosen language, else the Telegram app's; null when neither is known. */
  locale: string | null;
}>;

type Choices = Pick<SubscriptionSettings, "enabled" | "topics" | "districtIds" | "digest">;
type Row = Choices & { askedAt: Date | null };

const toSettings = (row: Row | null): SubscriptionSettings => ({
  enabled: row?.enabled ?? false,
  // The columns are nullable in SQL; Prisma writes empty arrays, but be lenient on reading.
  topics: row?.topics ?? [],
  districtIds: row?.districtIds ?? [],
  digest: row?.digest ?? false,
  asked: Boolean(row?.askedAt),
});

const SELECT = { enabled: true, topics: true, districtIds: true, digest: true, askedAt: true } as const;
const EMPTY_ROW = { topics: [], districtIds: [] };

export type SubscriptionsServiceDeps = { db: Db; clock: Clock };

export function createSubscriptionsService({ db, clock }: SubscriptionsServiceDeps) {
  async function checkTopic(topic: string): Promise<void> {
    if (topic === GENERAL_TOPIC) return;
    const category = await db.category.findUnique({ where: { id: topic }, select: { id: true } });
    if (!category) throw new ValidationError("topic");
  }

  async function checkDistrict(districtId: number): Promise<void> {
    const district = Number.isInteger(districtId) ? await db.district.findUnique({ where: { id: districtId }, select: { id: true } }) : null;
    if (!district) throw new ValidationError("district");
  }

  /**
   * Changes one user's choices under a row lock: two taps handled by different bot instances
   * (webhook mode) must not overwrite each other. Any choice also answers the onboarding
   * question, so someone who set things up (or said /stop) is never asked afterwards.
   */
  function change(userId: number, next: (current: Choices) => Partial<Choices>): Promise<SubscriptionSettings> {
    return db.$transaction(async (tx) => {
      await tx.subscription.createMany({ data: { userId, ...EMPTY_ROW }, skipDuplicates: true });
      await tx.$queryRaw`SELECT 1 FROM subscriptions WHERE user_id = ${userId} FOR UPDATE`;
      const current = toSettings(await tx.subscription.findUniqueOrThrow({ where: { userId }, select: SELECT }));
      const row = await tx.subscription.update({
        where: { userId },
        data: { ...next(current), ...(current.asked ? {} : { askedAt: clock.now() }) },
        select: SELECT,
      });
      return toSettings(row);
    });
  }

  return {
    async get(userId: number): Promise<SubscriptionSettings> {
      return toSettings(await db.subscription.findUnique({ where: { userId }, select: SELECT }));
    },

    /** Turning a topic on also turns announcements on: that is what the tap means. */
    async toggleTopic(userId: number, topic: string): Promise<SubscriptionSettings> {
      await checkTopic(topic);
      return change(userId, (c) => (c.topics.includes(topic) ? { topics: c.topics.filter((t) => t !== topic) } : { topics: [...c.topics, topic], enabled: true }));
    },

    /** From "all districts" (empty), a tap selects just that district; untoggling the last one means all again. */
    async toggleDistrict(userId: number, districtId: number): Promise<SubscriptionSettings> {
      await checkDistrict(districtId);
      return change(userId, (c) => ({
        districtIds: c.districtIds.includes(districtId) ? c.districtIds.filter((d) => d !== districtId) : [...c.districtIds, districtId].sort((a, b) => a - b),
      }));
    },

    setAllDistricts(userId: number): Promise<SubscriptionSettings> {
      return change(userId, () => ({ districtIds: [] }));
    },

    toggleDigest(userId: number): Promise<SubscriptionSettings> {
      return change(userId, (c) => (c.digest ? { digest: false } : { digest: true, enabled: true }));
    },

    setEnabled(userId: number, enabled: boolean): Promise<SubscriptionSettings> {
      return change(userId, () => ({ enabled }));
    },

    /** /stop: no announcements at all, but the choices stay for when they come back. */
    stopAll(userId: number): Promise<SubscriptionSettings> {
      return change(userId, () => ({ enabled: false }));
    },

    /** The button under an announcement. A topic that no longer exists is simply not there. */
    unsubscribeTopic(userId: number, topic: string): Promise<SubscriptionSettings> {
      return change(userId, (c) => ({ topics: c.topics.filter((t) => t !== topic) }));
    },

    async needsAsking(userId: number): Promise<boolean> {
      const row = await db.subscription.findUnique({ where: { userId }, select: { askedAt: true } });
      return !row?.askedAt;
    },

    /** Records that the question was asked; false when it already was (so it goes out once). */
    async markAsked(userId: number): Promise<boolean> {
      await db.subscription.createMany({ data: { userId, ...EMPTY_ROW }, skipDuplicates: true });
      const { count } = await db.subscription.updateMany({ where: { userId, askedAt: null }, data: { askedAt: clock.now() } });
      return count === 1;
    },

    /**
     * Who an announcement on `topic` reaches: enabled subscribers of the topic whose districts
     * overlap the announcement's (empty on either side = all districts), who can be reached
     * (not blocked, not deleted) and, when `languages` is given, read one of them.
     */
    async audienceFor(input: { topic: string; districtIds?: readonly number[]; languages?: readonly string[] }): Promise<AudienceMember[]> {
      const locale = Prisma.sql`COALESCE(u.locale, u.telegram_locale)`;
      const conditions = [
        Prisma.sql`s.enabled`,
        Prisma.sql`${input.topic} = ANY(s.topics)`,
        Prisma.sql`u.blocked_at IS NULL`,
        Prisma.sql`u.deleted_at IS NULL`,
      ];
      if (input.districtIds?.length) {
        const districts = [...input.districtIds];
        conditions.push(Prisma.sql`(COALESCE(cardinality(s.district_ids), 0) = 0 OR s.district_ids && ${districts}::int[])`);
      }
      if (input.languages?.length) conditions.push(Prisma.sql`${locale} = ANY(${[...input.languages]}::text[])`);
      const rows = await db.$queryRaw<{ userId: number; telegramId: bigint; locale: string | null }[]>`
        SELECT u.id AS "userId", u.telegram_id AS "telegramId", ${locale} AS locale
        FROM subscriptions s JOIN users u ON u.id = s.user_id
        WHERE ${Prisma.join(conditions, " AND ")}
        ORDER BY u.id`;
      return rows.map((row) => ({ userId: row.userId, telegramId: BigInt(row.telegramId), locale: row.locale }));
    },
  };
}

export type SubscriptionsService = ReturnType<typeof createSubscriptionsService>;
