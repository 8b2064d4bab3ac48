// The read-mostly screens from memory: the offer listing (every listed date with its card's
// data, listing.ts: any filter and page is answered from it), an offer's card data per date
// and language, categories and districts. One rule: every write that changes what these screens
// show calls `changed()` after its transaction commits; that forgets everything here and tells
// the other instances (the app wires `onChange` to PostgreSQL NOTIFY and the web cache), whose
// LISTEN calls `clear()`. Seat counts are not cached (sign-ups read them live).
//
// Correctness rules:
// - A load that was in flight when the cache was cleared is never kept (its entry is gone; a
//   later hit cannot return it), so a change is never hidden by a read that began before it.
// - What goes stale with time alone (a date that starts, a window that moves) is decided by
//   the reader with the clock's now on every call, never kept here (listing.ts, getDetails).
// - A TTL (performance clock) and a size bound are the safety net, e.g. for a NOTIFY lost while
//   the LISTEN connection was down (db/index.ts also fires the listeners on every reconnect).

export type ScreenCacheOptions = {
  /** Safety net: an entry is reloaded after this many ms at the latest; 0 turns the cache off. */
  ttlMs?: number;
  maxEntries?: number;
  /** Called by `changed()`: tell the other instances and the web cache. */
  onChange?: () => void;
};

type Entry = { value: Promise<unknown>; loadedAt: number };

export function createScreenCache({ ttlMs = 60_000, maxEntries = 5_000, onChange }: ScreenCacheOptions = {}) {
  const entries = new Map<string, Entry>();
  let onChangeHook = onChange;

  function clear(): void {
    entries.clear();
  }

  return {
    /** The value for `key`, loaded when missing or expired; concurrent misses share one load. */
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (ttlMs <= 0) return load();
      const hit = entries.get(key);
      if (hit && performance.now() - hit.loadedAt <= ttlMs) {
        // Recently used keys stay; the oldest go first when full.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      // Promise.resolve: a lazy thenable (a Prisma query) then runs once, however many callers share it.
      const entry: Entry = { value: Promise.resolve(load()), loadedAt: performance.now() };
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key); // a failed load is not kept
      });
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, entry);
      return entry.value as Promise<T>;
    },

    /** Offers, their texts, dates, organizations or the catalog changed here: forget, and tell the others. */
    changed(): void {
      clear();
      onChangeHook?.();
    },

    /** Another instance changed them (NOTIFY): forget, tell nobody. */
    clear,

    /** The app sets who hears about changes once it has built them (the web cache, NOTIFY). */
    setOnChange(hook: (() => void) | undefined): void {
      onChangeHook = hook;
    },

    get size(): number {
      return entries.size;
    },
  };
}

export type ScreenCache = ReturnType<typeof createScreenCache>;
