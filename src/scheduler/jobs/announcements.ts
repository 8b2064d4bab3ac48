import type { DeliverySender } from "../../domain/deliveries.ts";
import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/** Sundays at 17:00 (bot time zone): the weekly digest of new offers, for whoever has news. */
export function weeklyDigestJob(services: JobServices, logger: Logger): Job {
  return {
    name: "weekly-digest",
    schedule: "0 17 * * 0",
    async run(now) {
      const { id } = await services.announcements.createDigest(now);
      logger.info({ job: "weekly-digest", announcementId: id }, "weekly digest scheduled");
    },
  };
}

/**
 * Every minute: queue the announcements whose time has come (one delivery per recipient),
 * send what is due, and close announcements that are done.
 */
export function announcementsJob(services: JobServices, sender: DeliverySender, logger: Logger): Job {
  return {
    name: "announcements",
    schedule: "* * * * *",
    async run(now) {
      const queued = await services.announcements.enqueueDue(now);
      const sent = queued > 0 ? await sender.drain() : undefined;
      const finished = await services.announcements.markFinished();
      if (queued || finished) logger.info({ job: "announcements", queued, finished, ...sent }, "announcements");
    },
  };
}
