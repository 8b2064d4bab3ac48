// node-cron in the bot's time zone. A job is a plain function of `now` that calls a service,
// so tests call it with a fixed date instead of waiting for the clock.
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
  /** Runs a job now, as the schedule would: errors are logged, never thrown. */
  runJob(name: string, now: Date): Promise<void>;
  /** When each started job runs next. */
  nextRuns(): Record<string, Date | null>;
};

export function createScheduler({ jobs, timezone, logger }: { jobs: Job[]; timezone: string; logger: Logger }): Scheduler {
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

  return {
    jobs,
    start() {
      tasks = jobs.map((job) =>
        cron.schedule(job.schedule, (context) => execute(job, context.date), {
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
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new Error(`no job named ${name}`);
      return execute(job, now);
    },
    nextRuns() {
      return Object.fromEntries(tasks.map((task, i) => [jobs[i]!.name, task.getNextRun()]));
    },
  };
}
