import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { createScheduler, type Scheduler } from "../../src/scheduler/index.ts";

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
});
