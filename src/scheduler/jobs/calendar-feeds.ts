// Hourly: fetch every subscribed calendar that is due, with If-None-Match / If-Modified-Since
// from the last answer; 304 changes nothing, 200 is parsed and applied like an import
// (domain/calendar-feeds.ts), anything else counts as a failure (backoff, and the staff are
// told after a day).
import type { JobServices } from "../../domain/index.ts";
import { parseIcs } from "../../import/ics.ts";
import { IMPORT_LIMITS } from "../../import/schedule.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

const TIMEOUT_MS = 30_000;

export type CalendarFeedsJobOptions = { timezone: string; fetch?: typeof fetch; timeoutMs?: number };

/** The calendar's bytes, refused beyond 10 MB. */
async function readLimited(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > IMPORT_LIMITS.bytes) throw new Error("calendar too big");
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > IMPORT_LIMITS.bytes) throw new Error("calendar too big");
  return bytes;
}

export function calendarFeedsJob(services: JobServices, logger: Logger, options: CalendarFeedsJobOptions): Job {
  const get = options.fetch ?? fetch;
  return {
    name: "calendar-feeds",
    schedule: "7 * * * *",
    async run(now) {
      for (const feed of await services.calendarFeeds.dueCalendars(now)) {
        const log = logger.child({ job: "calendar-feeds", organizationId: feed.organizationId });
        try {
          const headers: Record<string, string> = { accept: "text/calendar, */*;q=0.5", "user-agent": "Treffpunkt calendar import" };
          if (feed.etag) headers["if-none-match"] = feed.etag;
          if (feed.lastModified) headers["if-modified-since"] = feed.lastModified;
          const response = await get(feed.url, { headers, redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS) });
          if (response.status === 304) {
            await services.calendarFeeds.calendarFetched(feed.organizationId, { notModified: true });
            continue;
          }
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const parsed = parseIcs(await readLimited(response), { timezone: options.timezone, now });
          const result = await services.calendarFeeds.calendarFetched(feed.organizationId, {
            notModified: false,
            parsed,
            etag: response.headers.get("etag"),
            lastModified: response.headers.get("last-modified"),
          });
          log.info({ ...result, errors: result?.errors.length ?? 0 }, "calendar applied");
        } catch (error) {
          const reason = error instanceof Error ? error.message.slice(0, 120) : "failed";
          await services.calendarFeeds.calendarFailed(feed.organizationId, reason).catch((e: unknown) => log.error({ err: e }, "could not record the failure"));
        }
      }
    },
  };
}
