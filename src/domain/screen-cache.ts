// The read-mostly screens from memory: offer list pages per (filter, page, language), an offer's
// card data, categories and districts. One rule: every write that changes what these screens
// show calls `changed()` after its transaction commits; that forgets everything here and tells
// the other instances (the app wires `onChange` to PostgreSQL NOTIFY and the web cache), whose
// LISTEN calls `clear()`. Seat counts are not cached (sign-ups read them live).
//
// Correctness rules:
// - A load that was in flight when the cache was cleared is never kept (its entry is gone; a
//   later hit cannot return it), so a change is never hidden by a read that began before it.
// - Data that goes stale with time alone (a date that starts, a window that moves) says so:
//   its loader returns `validUntil` (the domain clock's milliseconds), after which it is reloaded.
// - A TTL (performance clock) and a size bound are the safety net, e.g. for a NOTIFY lost while
//   the LISTEN connection was down (db/index.ts also fires the listeners on every reconnect).

export type ScreenCacheOptions = {
  /** Safety net: an entry is reloaded after this many ms at the latest; 0 turns the cache off. */
  ttlMs?: number;
  maxEntries?: number;
  /** The domain clock's now, in ms (for `validUntil`). */
  clockNow?: () => number;
  /** Called by `changed()`: tell the other instances and the web cache. */
  onChange?: () => void;
};

export type Loaded<T> = { value: T; validUntil?: number };

type Entry = { value: Promise<unknown>; loadedAt: number; validUntil: number };

export function createScreenCache({ ttlMs = 60_000, maxEntries = 5_000, clockNow = () => Date.now(), onChange }: ScreenCacheOptions = {}) {
  const entries = new Map<string, Entry>();
  let onChangeHook = onChange;

  function clear(): void {
    entries.clear();
  }

  return {
    /** The value for `key`, loaded when missing, expired or past its validUntil; concurrent misses share one load. */
    get<T>(key: string, load: () => Promise<Loaded<T>>): Promise<T> {
      if (ttlMs <= 0) return load().then((loaded) => loaded.value);
      const hit = entries.get(key);
      if (hit && performance.now() - hit.loadedAt <= ttlMs && clockNow() < hit.validUntil) {
        // Recently used keys stay; the oldest go first when full.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      const entry: Entry = { value: Promise.resolve(), loadedAt: performance.now(), validUntil: Number.POSITIVE_INFINITY };
      const loading = load();
      entry.value = loading.then((loaded) => {
        if (loaded.validUntil !== undefined) entry.validUntil = loaded.validUntil;
        return loaded.value;
      });
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
