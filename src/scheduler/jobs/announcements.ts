import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/** Once a week at DIGEST_AT (bot time zone; Sundays 17:00 by default): the digest of new offers, for whoever has news. */
export function weeklyDigestJob(
  services: JobServices,
  logger: Logger,
  at: { weekday: number; hour: number; minute: number } = { weekday: 7, hour: 17, minute: 0 },
): Job {
  return {
    name: "weekly-digest",
    // cron counts Sunday as 0; ISO weekdays run 1 (Monday) to 7 (Sunday).
    schedule: `${at.minute} ${at.hour} * * ${at.weekday % 7}`,
    async run(now) {
      const { id } = await services.announcements.createDigest(now);
      logger.info({ job: "weekly-digest", announcementId: id }, "weekly digest scheduled");
    },
  };
}

/**
 * Every minute: queue the announcements whose time has come (one delivery per recipient) and
 * close announcements that are done. Sending is the outbox sender's alone (queuing wakes it).
 */
export function announcementsJob(services: JobServices, logger: Logger): Job {
  return {
    name: "announcements",
    schedule: "* * * * *",
    async run(now) {
      const queued = await services.announcements.enqueueDue(now);
      const finished = await services.announcements.markFinished();
      if (queued || finished) logger.info({ job: "announcements", queued, finished }, "announcements");
    },
  };
}
