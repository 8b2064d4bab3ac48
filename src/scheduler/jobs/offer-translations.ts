import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/**
 * Every 10 minutes: offers with a date ahead get the machine translations they lack (the
 * provider was down, the budget used up, or they came from an import), and machine versions of
 * changed texts are made again; a bounded batch per run. Nothing when machine translation is off.
 */
export function offerTranslationsJob(services: JobServices, logger: Logger): Job {
  return {
    name: "offer-translations",
    schedule: "*/10 * * * *",
    async run(now) {
      const done = await services.offerManagement.backfillTranslations(now);
      if (done.offers > 0) logger.info({ job: "offer-translations", ...done }, "offer translations filled in");
    },
  };
}
