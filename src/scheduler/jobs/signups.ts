import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/**
 * Every minute: guardian holds that ran out, reminders and "still coming?" questions that are
 * due. Safe on several instances at once: each notice is claimed in the database first.
 */
export function signupNoticesJob(services: JobServices, logger: Logger): Job {
  return {
    name: "signup-notices",
    schedule: "* * * * *",
    async run(now) {
      const done = await services.signups.runScheduled(now);
      if (done.lapsed + done.reminders + done.stillComing > 0) logger.info({ job: "signup-notices", ...done }, "sign-up notices queued");
    },
  };
}
