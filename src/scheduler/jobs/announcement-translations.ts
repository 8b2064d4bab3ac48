import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/**
 * Every 5 minutes: machine translations for announcements not yet sent whose readers'
 * languages are missing (the provider was down or the budget used up when staff wrote them).
 * A few per run; nothing without a translation provider.
 */
export function announcementTranslationsJob(services: JobServices, logger: Logger): Job {
  return {
    name: "announcement-translations",
    schedule: "*/5 * * * *",
    async run(now) {
      const filled = await services.announcements.backfillTranslations(now);
      if (filled) logger.info({ job: "announcement-translations", filled }, "announcement translations filled in");
    },
  };
}
