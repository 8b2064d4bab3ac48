import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/** Nightly at 03:30 (bot time zone): erase personal data that is no longer needed. */
export function retentionJob(services: JobServices, logger: Logger): Job {
  return {
    name: "retention",
    schedule: "30 3 * * *",
    async run(now) {
      const erased = await services.retention.run(now);
      logger.info({ job: "retention", ...erased }, "retention: personal data erased");
      // Housekeeping, not personal data: old per-tick claims of the scheduler.
      await services.jobRuns.prune(now);
    },
  };
}
