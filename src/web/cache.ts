// A small in-memory cache of whole responses per (route, query): a city website's traffic is
// answered from memory, and the database sees at most one query per key and TTL. `invalidate()`
// is the seam for "offers changed" (a later change calls it when offers are saved).
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);

/**
 * A response as built, plus what the cache adds once per build: the body as bytes (a feed of
 * a whole city is megabytes; encoding it on every request would cost more than the cache saves),
 * its gzip form for the clients that accept it (browsers and calendar apps do), and the ETag.
 */
export type CachedResponse = Readonly<{
  body: string | Buffer;
  contentType: string;
  etag: string;
  headers?: Readonly<Record<string, string>>;
  bytes?: Buffer;
  gzipped?: Buffer;
}>;

export type ResponseCache = {
  /** The response for `key`, built by `build` when missing or older than the TTL; concurrent misses share one build. */
  get(key: string, build: () => Promise<Omit<CachedResponse, "etag">>): Promise<CachedResponse>;
  /** Forgets every response (offers changed). */
  invalidate(): void;
  readonly size: number;
};

/** A strong ETag of the body. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

export function createResponseCache(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): ResponseCache {
  const { ttlMs = 60_000, maxEntries = 500, now = () => performance.now() } = options;
  const entries = new Map<string, { at: number; response: Promise<CachedResponse> }>();
  return {
    get(key, build) {
      const hit = entries.get(key);
      if (hit && now() - hit.at <= ttlMs) return hit.response;
      const response = build().then(async (built) => {
        const bytes = Buffer.isBuffer(built.body) ? built.body : Buffer.from(built.body);
        // The built string is not kept beside its bytes: a whole city's feed is megabytes (twice
        // that as a string of Arabic or Ukrainian, two bytes a character).
        return { ...built, body: bytes, etag: etagOf(bytes), bytes, gzipped: await gzip(bytes) };
      });
      entries.delete(key);
      // The oldest key goes first when full: odd query strings cannot grow memory without bound.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { at: now(), response });
      response.catch(() => {
        if (entries.get(key)?.response === response) entries.delete(key); // a failed build is not kept
      });
      return response;
    },
    invalidate() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
