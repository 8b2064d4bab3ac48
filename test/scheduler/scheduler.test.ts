import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/index.ts";
import { createJobRunsService } from "../../src/domain/job-runs.ts";
import { createLogger } from "../../src/logger.ts";
import { createScheduler, type Scheduler } from "../../src/scheduler/index.ts";
import { createTestStorage, onPostgres } from "../support/database.ts";

const logger = createLogger({ level: "silent" });

describe("scheduler", () => {
  let scheduler: Scheduler | undefined;
  afterEach(() => scheduler?.stop());

  it("when a job is set for 09:00, then it runs at 09:00 in the bot's time zone, not UTC", () => {
    scheduler = createScheduler({ jobs: [{ name: "digest", schedule: "0 9 * * *", run: async () => {} }], timezone: "Europe/Berlin", logger });
    scheduler.start();

    const next = scheduler.nextRuns().digest!;
    const berlin = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(next);
    expect(berlin).toBe("09:00");
    expect(next.getTime()).toBeGreaterThan(Date.now());
  });

  it("when a job runs, then it gets the given now; when it fails, then the error is logged and not thrown", async () => {
    const seen: Date[] = [];
    scheduler = createScheduler({
      jobs: [
        { name: "ok", schedule: "* * * * *", run: async (now) => void seen.push(now) },
        { name: "broken", schedule: "* * * * *", run: async () => Promise.reject(new Error("db down")) },
      ],
      timezone: "Europe/Berlin",
      logger,
    });
    const now = new Date("2026-12-24T18:00:00Z");

    await scheduler.runJob("ok", now);
    await expect(scheduler.runJob("broken", now)).resolves.toBeUndefined();
    expect(seen).toEqual([now]);
  });

  it("when two instances tick the same every-second schedule at once for 3 seconds, then each tick runs exactly once", async () => {
    const storage = await createTestStorage();
    // On PostgreSQL: two connection pools, as two processes would have. Embedded: one
    // database (it allows one process), but the two schedulers still race for each claim.
    const first = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: "memory://" });
    const second = onPostgres ? await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: "unused" }) : first;
    await first.migrate();
    const runs: string[] = [];
    const instance = (name: string, db: typeof first) =>
      createScheduler({
        jobs: [{ name: "probe", schedule: "* * * * * *", run: async (now) => void runs.push(`${name}@${now.toISOString()}`) }],
        timezone: "Europe/Berlin",
        logger,
        claim: createJobRunsService({ db: db.prisma }).claim,
      });
    const schedulers = [instance("a", first), instance("b", second)];
    // What cron does every second on both instances, with fixed ticks instead of the clock.
    const ticksOfThreeSeconds = ["2026-12-01T09:00:00.000Z", "2026-12-01T09:00:01.000Z", "2026-12-01T09:00:02.000Z"].map((at) => new Date(at));
    try {
      for (const tick of ticksOfThreeSeconds) {
        const ran = await Promise.all(schedulers.map((s) => s.tick("probe", tick)));
        expect(ran.filter(Boolean)).toHaveLength(1);
      }

      const ticks = runs.map((run) => run.split("@")[1]);
      expect(runs).toHaveLength(3);
      expect(new Set(ticks).size).toBe(runs.length);
      expect(await first.prisma.jobRun.count({ where: { job: "probe" } })).toBe(runs.length);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
      if (second !== first) await second.close();
      await first.close();
      await storage.dispose();
    }
  });
});
