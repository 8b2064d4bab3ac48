// node-cron in the bot's time zone. A job is a plain function of `now` that calls a service,
// so tests call it with a fixed date instead of waiting for the clock. With several
// instances every cron fires everywhere; `claim` (a row per job and tick in the database)
// lets exactly one of them run each tick.
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "../logger.ts";

export type Job = {
  name: string;
  /** Cron expression, evaluated in the bot's time zone (BOT_TIMEZONE). */
  schedule: string;
  run(now: Date): Promise<void>;
};

export type Scheduler = {
  readonly jobs: readonly Job[];
  start(): void;
  /** Stops scheduling and waits for runs in progress. */
  stop(): Promise<void>;
  /** Runs a job now, unclaimed (for tests and manual runs): errors are logged, never thrown. */
  runJob(name: string, now: Date): Promise<void>;
  /**
   * What a cron tick does: claims (job, tick) and runs the job only if this instance won.
   * Resolves to whether it ran.
   */
  tick(name: string, tick: Date): Promise<boolean>;
  /** When each started job runs next. */
  nextRuns(): Record<string, Date | null>;
};

/** Claims a job's tick; the app passes jobServices(...).jobRuns.claim. Without one, every tick runs. */
export type ClaimTick = (job: string, tick: Date) => Promise<boolean>;

export function createScheduler({ jobs, timezone, logger, claim = async () => true }: { jobs: Job[]; timezone: string; logger: Logger; claim?: ClaimTick }): Scheduler {
  let tasks: ScheduledTask[] = [];
  const running = new Set<Promise<void>>();

  const execute = (job: Job, now: Date) => {
    const log = logger.child({ job: job.name });
    const started = performance.now();
    const run = job
      .run(now)
      .then(() => log.info({ ms: Math.round(performance.now() - started) }, "job finished"))
      .catch((error: unknown) => log.error({ err: error }, "job failed"))
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  };

  const find = (name: string) => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no job named ${name}`);
    return job;
  };

  const claimAndRun = async (job: Job, scheduledAt: Date): Promise<boolean> => {
    // Instances agree on the tick because cron gives the scheduled time, cut to the second.
    const tick = new Date(Math.floor(scheduledAt.getTime() / 1000) * 1000);
    let won: boolean;
    try {
      won = await claim(job.name, tick);
    } catch (error) {
      logger.child({ job: job.name }).error({ err: error }, "job not claimed; skipping this tick");
      return false;
    }
    if (won) await execute(job, scheduledAt);
    return won;
  };

  return {
    jobs,
    start() {
      tasks = jobs.map((job) =>
        cron.schedule(job.schedule, (context) => claimAndRun(job, context.date), {
          name: job.name,
          timezone,
          noOverlap: true,
        }),
      );
    },
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      tasks = [];
      await Promise.all(running);
    },
    runJob(name, now) {
      return execute(find(name), now);
    },
    tick(name, tick) {
      return claimAndRun(find(name), tick);
    },
    nextRuns() {
      return Object.fromEntries(tasks.map((task, i) => [jobs[i]!.name, task.getNextRun()]));
    },
  };
}
