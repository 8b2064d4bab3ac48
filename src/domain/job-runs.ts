// Scheduled jobs on several instances: every instance's cron fires, and the first to claim a
// (job, tick) pair in the database runs it. The others see the row and skip that tick.
import type { Db } from "../db/index.ts";

/** Claims older than this are only history; the retention job prunes them. */
export const JOB_RUN_HISTORY_DAYS = 14;

export function createJobRunsService({ db }: { db: Db }) {
  return {
    /** True for exactly one caller per job and tick, whichever instance it runs on. */
    async claim(job: string, tick: Date): Promise<boolean> {
      const inserted = await db.$executeRaw`
        INSERT INTO job_runs (job, tick) VALUES (${job}, ${tick}) ON CONFLICT DO NOTHING`;
      return inserted === 1;
    },

    async prune(now: Date): Promise<number> {
      const { count } = await db.jobRun.deleteMany({ where: { tick: { lt: new Date(now.getTime() - JOB_RUN_HISTORY_DAYS * 86_400_000) } } });
      return count;
    },
  };
}

export type JobRunsService = ReturnType<typeof createJobRunsService>;
