// Hourly: fetch every subscribed calendar that is due, with If-None-Match / If-Modified-Since
// from the last answer; 304 changes nothing, 200 is parsed and applied like an import
// (domain/calendar-feeds.ts), anything else counts as a failure (backoff, and the staff are
// told after a day).
//
// The address is one staff typed, so the fetch goes only to public hosts
// (domain/public-address.ts): a name is resolved and checked at connection time (the address
// checked is the one connected to), an IP literal before it; redirects are followed by hand,
// at most 5, each checked the same way. At most 10 MB and 30 seconds per calendar.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { JobServices } from "../../domain/index.ts";
import { createAddressGuard, type AddressGuard } from "../../domain/public-address.ts";
import { parseIcs } from "../../import/ics.ts";
import { IMPORT_LIMITS } from "../../import/schedule.ts";
import type { Logger } from "../../logger.ts";
import type { Job } from "../index.ts";

const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type CalendarFeedsJobOptions = {
  timezone: string;
  /** Which hosts may be fetched (CALENDAR_ALLOW_PRIVATE_URLS); public ones only when left out. */
  addresses?: AddressGuard;
  /** The most one calendar's fetch may take, redirects and download included. */
  timeoutMs?: number;
};

type Fetched = { notModified: true } | { notModified: false; bytes: Uint8Array; etag: string | null; lastModified: string | null };

/** One GET through the guard, without following redirects. */
function get(url: URL, headers: Record<string, string>, addresses: AddressGuard, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { method: "GET", headers, lookup: addresses.lookup as never, signal }, resolve);
    request.on("error", reject);
    request.end();
  });
}

/** The body, refused beyond `limit` bytes (declared or read). */
async function readLimited(response: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"] ?? "0");
  const tooBig = () => {
    response.destroy();
    return new Error("calendar too big");
  };
  if (declared > limit) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) throw tooBig();
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The calendar at `address`: 304, or its bytes with the validators for the next request. */
export async function fetchCalendar(address: string, headers: Record<string, string>, options: { addresses: AddressGuard; timeoutMs?: number; maxBytes?: number }): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
  let url = new URL(address);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`not http(s): ${url.protocol}`);
    // An IP literal never reaches `lookup`: checked here.
    await options.addresses.checkHost(url.hostname);
    const response = await get(url, headers, options.addresses, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status) && response.headers.location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new Error("too many redirects");
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status === 304) {
      response.resume();
      return { notModified: true };
    }
    if (status < 200 || status > 299) {
      response.resume();
      throw new Error(`HTTP ${status}`);
    }
    const header = (name: string) => {
      const value = response.headers[name];
      return typeof value === "string" ? value : null;
    };
    return { notModified: false, bytes: await readLimited(response, options.maxBytes ?? IMPORT_LIMITS.bytes), etag: header("etag"), lastModified: header("last-modified") };
  }
}

export function calendarFeedsJob(services: JobServices, logger: Logger, options: CalendarFeedsJobOptions): Job {
  const addresses = options.addresses ?? createAddressGuard();
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
          const fetched = await fetchCalendar(feed.url, headers, { addresses, timeoutMs: options.timeoutMs });
          if (fetched.notModified) {
            await services.calendarFeeds.calendarFetched(feed.organizationId, { notModified: true });
            continue;
          }
          const parsed = parseIcs(fetched.bytes, { timezone: options.timezone, now });
          const result = await services.calendarFeeds.calendarFetched(feed.organizationId, { notModified: false, parsed, etag: fetched.etag, lastModified: fetched.lastModified });
          log.info({ ...result, errors: result?.errors.length ?? 0 }, "calendar applied");
        } catch (error) {
          const reason = error instanceof Error ? error.message.slice(0, 120) : "failed";
          await services.calendarFeeds.calendarFailed(feed.organizationId, reason).catch((e: unknown) => log.error({ err: e }, "could not record the failure"));
        }
      }
    },
  };
}
