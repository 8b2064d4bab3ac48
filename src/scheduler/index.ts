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

export type Scheduler = { start(): void; stop(): Promise<void>; readonly jobs: readonly Job[] };

export function createScheduler({ jobs, timezone, logger }: { jobs: Job[]; timezone: string; logger: Logger }): Scheduler {
  let tasks: ScheduledTask[] = [];
  const running = new Set<Promise<void>>();

  const runJob = (job: Job, now: Date) => {
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
        cron.schedule(job.schedule, (context) => runJob(job, context.date), {
          name: job.name,
          timezone,
          noOverlap: true,
        }),
      );
    },
    /** Stops scheduling and waits for runs in progress. */
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      tasks = [];
      await Promise.all(running);
    },
  };
}
