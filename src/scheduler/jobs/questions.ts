import type { JobServices } from "../../domain/index.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

/**
 * Every hour at :15 (bot time zone): residents' questions still unanswered after their
 * organization's reply time are sent to its staff once more; threads older than
 * QUESTION_RETENTION_DAYS are erased.
 */
export function questionsJob(services: JobServices, logger: Logger): Job {
  return {
    name: "questions",
    schedule: "15 * * * *",
    async run(now) {
      const reminded = await services.questions.remindUnanswered(now);
      const erased = await services.questions.purge(now);
      logger.info({ job: "questions", reminded, erased }, "questions: reminders and retention");
    },
  };
}
