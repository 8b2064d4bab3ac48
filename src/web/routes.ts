// The public web: calendar feed, JSON for websites, the inventory CSV and the "What's on" page.
// Read-only, published offers only (webServices), each response from a short-lived in-memory
// cache with an ETag, so a city website's traffic never reaches the bot's database more than
// once per TTL and query.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { deepLink } from "../bot/deep-links.ts";
import type { Translator } from "../bot/i18n.ts";
import type { Clock } from "../domain/clock.ts";
import type { WebServices } from "../domain/index.ts";
import type { Locale } from "../domain/locales.ts";
import { createResponseCache, type CachedResponse, type ResponseCache } from "./cache.ts";
import { FEED_PATHS, feedUrl } from "./feed-links.ts";
import { icsFeed } from "./ics-feed.ts";
import { jsonFeed } from "./json-feed.ts";
import { renderPage } from "./page.ts";
import { BadQueryError, parseFeedQuery, type ParsedQuery } from "./query.ts";

export type WebDeps = {
  services: WebServices;
  translate: Translator;
  /** The bot's username, known once it started (getMe). */
  botUsername(): string;
  clock: Clock;
  timezone: string;
  defaultLocale: Locale;
  /** PUBLIC_PAGE: serve GET /. */
  publicPage: boolean;
  /** PUBLIC_URL, for absolute links and UIDs; links stay relative without it. */
  publicUrl?: string;
  /** Defaults to 60 s per (route, query). */
  cache?: ResponseCache;
};

/** Browsers and proxies may keep a response this long; the ETag makes revalidation cheap. */
const MAX_AGE_SECONDS = 300;
/** The page shows this many weeks ahead unless a day is chosen. */
const PAGE_WEEKS = 4;

export function registerWebRoutes(server: FastifyInstance, deps: WebDeps): { cache: ResponseCache } {
  const cache = deps.cache ?? createResponseCache();
  const host = deps.publicUrl ? new URL(deps.publicUrl).host : "treffpunkt";
  const offerUrl = (offerId: number) => deepLink(deps.botUsername(), { kind: "offer", offerId });

  async function parse(request: FastifyRequest, dayParameter = false): Promise<ParsedQuery> {
    const [categories, districts] = await Promise.all([deps.services.catalog.listCategories(deps.defaultLocale), deps.services.catalog.listDistricts(deps.defaultLocale)]);
    return parseFeedQuery(request.query as Record<string, unknown>, { categories, districts, timezone: deps.timezone, defaultLocale: deps.defaultLocale, dayParameter });
  }

  /** Answers from the cache: 304 when the client has this version, else the body with ETag and Cache-Control. */
  async function serve(request: FastifyRequest, reply: FastifyReply, key: string, build: () => Promise<Omit<CachedResponse, "etag">>) {
    const response = await cache.get(key, build);
    // Browsers and calendar apps accept gzip; the compressed form is made once per build. It is
    // another representation, so it has its own strong ETag (Apache's "-gzip" convention).
    const zipped = response.gzipped !== undefined && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const etag = zipped ? `${response.etag.slice(0, -1)}-gzip"` : response.etag;
    reply.header("etag", etag).header("vary", "accept-encoding").header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`).header("x-content-type-options", "nosniff");
    for (const [name, value] of Object.entries(response.headers ?? {})) reply.header(name, value);
    const match = request.headers["if-none-match"];
    if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return reply.code(304).send();
    if (zipped) return reply.type(response.contentType).header("content-encoding", "gzip").send(response.gzipped);
    return reply.type(response.contentType).send(response.bytes ?? response.body);
  }

  const keyOf = (route: string, query: ParsedQuery) => `${route}?${new URLSearchParams(Object.entries(query.canonical).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

  const badRequest = (reply: FastifyReply, error: BadQueryError) =>
    reply.code(400).header("cache-control", "no-store").send({ error: "bad_request", parameter: error.parameter, message: error.message });

  /** Runs a handler; a bad query parameter becomes a 400 naming it. */
  const guarded =
    (handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        return await handler(request, reply);
      } catch (error) {
        if (error instanceof BadQueryError) return badRequest(reply, error);
        throw error;
      }
    };

  const calendarName = async (query: ParsedQuery) => {
    const base = deps.translate(query.locale, "feeds-calendar-name");
    const parts: string[] = [];
    if (query.filter.categoryId) {
      const category = (await deps.services.catalog.listCategories(query.locale)).find((c) => c.id === query.filter.categoryId);
      if (category) parts.push(category.name);
    }
    if (query.filter.districtId) {
      const district = (await deps.services.catalog.listDistricts(query.locale)).find((d) => d.id === query.filter.districtId);
      if (district) parts.push(district.name);
    }
    return [base, ...parts].join(" · ");
  };

  server.get(
    FEED_PATHS.ics,
    guarded(async (request, reply) => {
      const query = await parse(request);
      return serve(request, reply, keyOf("ics", query), async () => {
        const listings = await deps.services.feeds.listings({ ...query.filter, includeCancelled: true });
        const body = icsFeed({
          listings,
          name: await calendarName(query),
          timezone: deps.timezone,
          host,
          url: offerUrl,
          signupLine: (offerId) => deps.translate(query.locale, "feeds-signup-line", { url: offerUrl(offerId) }),
        });
        return { body, contentType: "text/calendar; charset=utf-8", headers: { "content-disposition": 'inline; filename="treffpunkt.ics"' } };
      });
    }),
  );

  server.get(
    FEED_PATHS.json,
    guarded(async (request, reply) => {
      const query = await parse(request);
      return serve(request, reply, keyOf("json", query), async () => {
        const listings = await deps.services.feeds.listings({ ...query.filter, includeCancelled: true });
        const events = jsonFeed({ listings, timezone: deps.timezone, url: offerUrl, from: query.filter.from, to: query.filter.to });
        // A city website may fetch it from the visitor's browser.
        return { body: JSON.stringify(events), contentType: "application/json; charset=utf-8", headers: { "access-control-allow-origin": "*" } };
      });
    }),
  );

  server.get(
    FEED_PATHS.inventory,
    guarded(async (request, reply) => {
      const query = await parse(request);
      return serve(request, reply, keyOf("inventory", query), async () => ({
        body: await deps.services.feeds.inventoryCsv(query.filter),
        contentType: "text/csv; charset=utf-8",
        headers: { "content-disposition": 'attachment; filename="treffpunkt-inventory.csv"' },
      }));
    }),
  );

  if (deps.publicPage) {
    server.get(
      "/",
      guarded(async (request, reply) => {
        const query = await parse(request, true);
        return serve(request, reply, keyOf("page", query), async () => {
          // Without a chosen day, the next four weeks: enough to plan, small enough for a phone.
          const now = deps.clock.now();
          const range = query.filter.from ? {} : { to: new Date(now.getTime() + PAGE_WEEKS * 7 * 86_400_000) };
          const [listings, categories, districts] = await Promise.all([
            deps.services.feeds.listings({ ...query.filter, ...range }),
            deps.services.catalog.listCategories(query.locale),
            deps.services.catalog.listDistricts(query.locale),
          ]);
          const calendar = { lang: query.canonical.lang, category: query.canonical.category, district: query.canonical.district };
          const body = renderPage({
            query,
            listings,
            categories,
            districts,
            translate: deps.translate,
            timezone: deps.timezone,
            now,
            offerUrl,
            calendarUrl: deps.publicUrl ? feedUrl(deps.publicUrl, "ics", calendar) : feedUrl("", "ics", calendar),
          });
          return {
            body,
            contentType: "text/html; charset=utf-8",
            // No scripts at all; inline CSS only; any site may embed the page in an iframe.
            headers: { "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'" },
          };
        });
      }),
    );
  }
  return { cache };
}
