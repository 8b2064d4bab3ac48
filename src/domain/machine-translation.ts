// Machine translation of texts written for the public (offers, announcements): the port a
// provider implements (src/translation/: LibreTranslate, DeepL), and the one engine every
// caller goes through. The engine decides what is sent (only the fields handed to it), asks the
// provider which languages it has, and never throws for a provider's failure: each target
// language comes back translated or with the reason it is not.
//
//
// Behind `translate`: each field goes out as an HTML fragment with protected spans
// (translation-fragments.ts) and its answer is checked; answers are cached per fragment
// (TranslationCache), so a text already translated costs nothing; all fields of one language go
// in one call; every call reserves its characters against the monthly budget (TranslationUsage)
// before it is made, in one statement, so that several instances never overspend together.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import type { Db } from "../db/index.ts";
import { requireAdmin, requireStaff, type Actors } from "./actors.ts";
import type { Clock } from "./clock.ts";
import { SUPPORTED_LOCALES, type Locale } from "./locales.ts";
import type { Logger } from "./logger-port.ts";
import { readFragment, toFragment, type Fragment } from "./translation-fragments.ts";

/**
 * A machine translation service. One file per provider in src/translation/. Texts arrive as
 * HTML fragments (`<br>` for line breaks, `<span translate="no">` around what must stay as it
 * is); the provider returns one translated fragment per text, in order.
 */
export interface TranslationProvider {
  /** Stored with every machine translation ("libretranslate", "deepl"). */
  readonly name: string;
  /** The locales (ours: de, en, ar …) it translates `source` into. */
  targets(source: Locale, signal: AbortSignal): Promise<Locale[]>;
  /** One translated HTML fragment per input fragment. Throws ProviderError when it can't. */
  translate(fragments: readonly string[], source: Locale, target: Locale, signal: AbortSignal): Promise<string[]>;
}

/** Why a provider could not translate: the engine turns it into a TranslationFailure. */
export class ProviderError extends Error {
  constructor(
    readonly reason: "down" | "rate-limited" | "rejected",
    message: string,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

/** The texts of one piece of content, by field: { title, summary } or { text }. */
export type TextFields = Record<string, string>;

/**
 * Why a language was not translated:
 * - unsupported: the provider has no such target ("still needed by hand");
 * - unavailable: slow, down, 429 or 5xx (the background job tries again);
 * - invalid: it answered garbage (empty, far too long, broken markup, a protected span lost);
 * - too-long: the result does not fit the field's limit;
 * - budget: TRANSLATE_MONTHLY_CHARS is used up this month.
 */
export type TranslationFailure = "unsupported" | "unavailable" | "invalid" | "too-long" | "budget";

export type TranslationResult =
  | { locale: Locale; ok: true; fields: TextFields; provider: string }
  | { locale: Locale; ok: false; reason: TranslationFailure };

export type TranslateRequest = {
  source: Locale;
  fields: TextFields;
  /** The languages wanted; the engine skips the source itself. */
  targets: readonly Locale[];
  /** Most characters per field in the result (the same limits as typed text). */
  limits?: Record<string, number>;
  /** Names that must survive as they are: the organization, districts, the address. */
  keep?: readonly string[];
  /** false: nothing is read from or written to the cache (a resident's question is personal). */
  cache?: boolean;
};

/** The same texts give the same hash: stored with each version to see when the source changed. */
export function sourceHash(fields: TextFields): string {
  const hash = createHash("sha256");
  for (const key of Object.keys(fields).sort()) hash.update(`${key}\u0000${fields[key] ?? ""}\u0000`);
  return hash.digest("hex");
}

export type MachineTranslationDeps = {
  db: Db;
  clock: Clock;
  actors: Actors;
  /** null: TRANSLATE_PROVIDER=off; everything works without machine translation. */
  provider: TranslationProvider | null;
  /** TRANSLATE_MONTHLY_CHARS; unlimited when left out (or 0). */
  monthlyChars?: number;
  /** How long one provider call may take. */
  timeoutMs?: number;
  timezone?: string;
  log?: Logger;
};

/**
 * What the engine knows about the provider's languages for one source:
 * - off: no provider is configured;
 * - unknown: the provider could not be asked just now (down, slow): try again later;
 * - known: these of our languages it translates into (never the source).
 */
export type SupportedState = { state: "off" } | { state: "unknown" } | { state: "known"; targets: Locale[] };

/** How long the provider's language list is trusted. */
export const LANGUAGES_TTL_MS = 3_600_000;
/** Languages translated at the same time in one `translate`. */
const PARALLEL_LANGUAGES = 3;
/** The largest budget a month can have (the column is an INTEGER). */
const NO_LIMIT = 2_147_483_647;

export function createMachineTranslationService({ db, clock, actors, provider, monthlyChars, timeoutMs = 10_000, timezone = "Europe/Berlin", log }: MachineTranslationDeps) {
  const budget = monthlyChars && monthlyChars > 0 ? Math.min(monthlyChars, NO_LIMIT) : null;
  const languages = new Map<Locale, { at: number; targets: Locale[] }>();
  const asking = new Map<Locale, Promise<SupportedState>>();

  const monthOf = (at: Date) => DateTime.fromJSDate(at, { zone: timezone }).toFormat("yyyy-MM");

  async function askLanguages(active: TranslationProvider, source: Locale): Promise<SupportedState> {
    try {
      const targets = await active.targets(source, AbortSignal.timeout(timeoutMs));
      const ours = SUPPORTED_LOCALES.filter((l) => l !== source && targets.includes(l));
      languages.set(source, { at: clock.now().getTime(), targets: ours });
      return { state: "known", targets: ours };
    } catch (error) {
      log?.warn({ err: error, provider: active.name, source }, "translation languages not available");
      return { state: "unknown" };
    }
  }

  /** Reserves `chars` of this month's budget; false when they don't fit. Counts even without a budget. */
  async function reserve(month: string, chars: number): Promise<boolean> {
    const limit = budget ?? NO_LIMIT;
    const rows = await db.$queryRaw<{ chars: number }[]>`
      INSERT INTO translation_usage (month, chars, updated_at)
      SELECT ${month}::varchar, ${chars}::int, ${clock.now()}::timestamptz
      WHERE ${chars}::bigint <= ${limit}::bigint
      ON CONFLICT (month) DO UPDATE
        SET chars = translation_usage.chars + EXCLUDED.chars, updated_at = EXCLUDED.updated_at
        WHERE translation_usage.chars::bigint + EXCLUDED.chars::bigint <= ${limit}::bigint
      RETURNING chars`;
    return rows.length === 1;
  }

  /** Gives back what a call that never reached the provider's translator had reserved. */
  async function refund(month: string, chars: number): Promise<void> {
    await db.$executeRaw`
      UPDATE translation_usage SET chars = GREATEST(chars - ${chars}::int, 0), updated_at = ${clock.now()}::timestamptz
      WHERE month = ${month}::varchar`;
  }

  type Job = {
    source: Locale;
    keys: string[];
    fragments: Map<string, Fragment>;
    hashes: Map<string, string>;
    limits: Record<string, number>;
    empty: string[];
    /** false: personal text, never cached. */
    cache: boolean;
    /** Set when a call found the provider down or slow: the languages after it don't try. */
    breaker: { open: boolean };
  };

  async function translateInto(active: TranslationProvider, job: Job, locale: Locale): Promise<TranslationResult & { cached: number; sent: number }> {
    const failed = (reason: TranslationFailure, sent = 0) => ({ locale, ok: false as const, reason, cached: 0, sent });
    const answers = new Map<string, string>(); // hash -> the provider's fragment
    const problems = new Map<string, string>(); // hash -> why its answer was refused
    const uniqueHashes = [...new Set(job.keys.map((k) => job.hashes.get(k)!))];
    const rows = uniqueHashes.length && job.cache
      ? await db.translationCache.findMany({
          where: { provider: active.name, sourceLocale: job.source, targetLocale: locale, sourceHash: { in: uniqueHashes } },
          select: { sourceHash: true, text: true },
        })
      : [];
    const fragmentOf = (hash: string) => job.fragments.get(job.keys.find((k) => job.hashes.get(k) === hash)!)!;
    const stale: string[] = [];
    for (const row of rows) {
      // A cached answer the checks (perhaps stricter today) refuse is asked for again, and replaced.
      if (readFragment(row.text, fragmentOf(row.sourceHash)).ok) answers.set(row.sourceHash, row.text);
      else stale.push(row.sourceHash);
    }
    const cached = answers.size;
    const missing = uniqueHashes.filter((hash) => !answers.has(hash));
    let sent = 0;
    if (missing.length) {
      if (job.breaker.open) return failed("unavailable");
      const html = missing.map((hash) => fragmentOf(hash).html);
      const chars = html.reduce((sum, h) => sum + h.length, 0);
      const month = monthOf(clock.now());
      if (!(await reserve(month, chars))) {
        log?.warn({ provider: active.name, locale, chars, budget, month }, "translation budget used up");
        return failed("budget");
      }
      const signal = AbortSignal.timeout(timeoutMs);
      let out: string[];
      try {
        out = await active.translate(html, job.source, locale, signal);
      } catch (error) {
        const reason = error instanceof ProviderError ? error.reason : "down";
        const timedOut = signal.aborted;
        // A refused or failed call is not billed; one that timed out may have been.
        if (!timedOut) await refund(month, chars).catch((e: unknown) => log?.warn({ err: e }, "translation refund failed"));
        if (timedOut || reason !== "rejected") job.breaker.open = true;
        const level = error instanceof ProviderError && reason !== "rejected" ? "warn" : "error";
        log?.[level]({ err: error, provider: active.name, locale, reason: timedOut ? "timeout" : reason }, "translation failed");
        return failed("unavailable");
      }
      sent = chars;
      if (!Array.isArray(out) || out.length !== missing.length) {
        log?.warn({ provider: active.name, locale, expected: missing.length, got: Array.isArray(out) ? out.length : null }, "translation answer has the wrong number of texts");
        return failed("invalid", sent);
      }
      const fresh: { sourceHash: string; text: string }[] = [];
      missing.forEach((hash, index) => {
        const answer = out[index];
        const reading = typeof answer === "string" ? readFragment(answer, fragmentOf(hash)) : ({ ok: false, problem: "not a text" } as const);
        if (reading.ok) {
          answers.set(hash, answer!);
          fresh.push({ sourceHash: hash, text: answer! });
        } else {
          problems.set(hash, reading.problem);
        }
      });
      if (fresh.length && job.cache) {
        if (stale.length) {
          await db.translationCache.deleteMany({ where: { provider: active.name, sourceLocale: job.source, targetLocale: locale, sourceHash: { in: stale } } });
        }
        await db.translationCache.createMany({
          data: fresh.map((row) => ({ provider: active.name, sourceLocale: job.source, targetLocale: locale, ...row })),
          skipDuplicates: true,
        });
      }
    }

    const fields: TextFields = {};
    for (const key of job.keys) {
      const hash = job.hashes.get(key)!;
      const answer = answers.get(hash);
      const reading = answer === undefined ? undefined : readFragment(answer, job.fragments.get(key)!);
      if (!reading?.ok) {
        // Only the kind of problem, never the text.
        log?.warn({ provider: active.name, locale, field: key, problem: problems.get(hash) ?? "unknown" }, "machine translation refused");
        return { ...failed("invalid", sent), cached };
      }
      if (reading.restored) log?.info({ provider: active.name, locale, field: key, restored: reading.restored }, "protected spans restored");
      fields[key] = reading.text;
    }
    for (const key of job.keys) {
      const limit = job.limits[key];
      if (limit !== undefined && fields[key]!.length > limit) {
        log?.info({ provider: active.name, locale, field: key, length: fields[key]!.length, limit }, "machine translation too long");
        return { ...failed("too-long", sent), cached };
      }
    }
    for (const key of job.empty) fields[key] = "";
    return { locale, ok: true, fields, provider: active.name, cached, sent };
  }

  const service = {
    /** The provider's name, or null when machine translation is off. */
    providerName: provider?.name ?? null,

    /**
     * Which of our languages the provider translates `source` into, asked once an hour (a
     * failed question is asked again next time). Tells "can't say now" apart from "none".
     */
    async supportedState(source: Locale): Promise<SupportedState> {
      if (!provider) return { state: "off" };
      const known = languages.get(source);
      if (known && clock.now().getTime() - known.at < LANGUAGES_TTL_MS && clock.now().getTime() >= known.at) return { state: "known", targets: [...known.targets] };
      // Callers at the same moment share one question.
      let pending = asking.get(source);
      if (!pending) {
        pending = askLanguages(provider, source).finally(() => asking.delete(source));
        asking.set(source, pending);
      }
      return pending;
    },

    /** Our languages the provider can translate `source` into (never the source); [] when off or unreachable. */
    async supported(source: Locale): Promise<Locale[]> {
      const state = await service.supportedState(source);
      return state.state === "known" ? state.targets : [];
    },

    /** Every wanted language translated or with its reason; never throws for the provider. */
    async translate(request: TranslateRequest): Promise<TranslationResult[]> {
      const targets = [...new Set(request.targets)].filter((l) => l !== request.source);
      if (!provider || targets.length === 0) return targets.map((locale) => ({ locale, ok: false as const, reason: "unsupported" as const }));
      const state = await service.supportedState(request.source);
      if (state.state !== "known") return targets.map((locale) => ({ locale, ok: false as const, reason: "unavailable" as const }));

      const keys = Object.keys(request.fields).filter((k) => request.fields[k]!.trim());
      const empty = Object.keys(request.fields).filter((k) => !request.fields[k]!.trim());
      const fragments = new Map(keys.map((k) => [k, toFragment(request.fields[k]!, request.keep ?? [])]));
      const hashes = new Map(keys.map((k) => [k, createHash("sha256").update(fragments.get(k)!.html).digest("hex")]));
      const job: Job = { source: request.source, keys, fragments, hashes, limits: request.limits ?? {}, empty, cache: request.cache !== false, breaker: { open: false } };

      const results = new Map<Locale, TranslationResult & { cached?: number; sent?: number }>();
      const queue = targets.filter((locale) => {
        if (state.targets.includes(locale)) return true;
        results.set(locale, { locale, ok: false, reason: "unsupported" });
        return false;
      });
      const worker = async () => {
        for (let locale = queue.shift(); locale; locale = queue.shift()) {
          try {
            results.set(locale, await translateInto(provider, job, locale));
          } catch (error) {
            // The database, not the provider: still never throw at the caller for one language.
            log?.error({ err: error, provider: provider.name, locale }, "machine translation broke");
            results.set(locale, { locale, ok: false, reason: "unavailable" });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_LANGUAGES, queue.length) }, worker));

      const ordered = targets.map((locale) => results.get(locale)!);
      const reasons: Record<string, number> = {};
      for (const r of ordered) if (!r.ok) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
      log?.info(
        {
          provider: provider.name,
          source: request.source,
          fields: keys.length,
          languages: targets.length,
          translated: ordered.filter((r) => r.ok).length,
          cached: ordered.reduce((sum, r) => sum + (r.cached ?? 0), 0),
          chars: ordered.reduce((sum, r) => sum + (r.sent ?? 0), 0),
          failures: reasons,
        },
        "machine translation",
      );
      return ordered.map((r) => (r.ok ? { locale: r.locale, ok: true as const, fields: r.fields, provider: r.provider } : { locale: r.locale, ok: false as const, reason: r.reason }));
    },

    /** The bot's door: staff (and admins) only, since every call may cost money. */
    async staffSupported(actorUserId: number, source: Locale): Promise<Locale[]> {
      requireStaff(await actors.load(actorUserId), "translation languages");
      return service.supported(source);
    },

    /** The bot's door to `supportedState`: staff (and admins) only. */
    async staffSupportedState(actorUserId: number, source: Locale): Promise<SupportedState> {
      requireStaff(await actors.load(actorUserId), "translation languages");
      return service.supportedState(source);
    },

    /** The bot's door to `translate`: staff (and admins) only. */
    async staffTranslate(actorUserId: number, request: TranslateRequest): Promise<TranslationResult[]> {
      requireStaff(await actors.load(actorUserId), "machine translation");
      return service.translate(request);
    },

    /** The bot's door to `usage` (for /stats): admins only. */
    async adminUsage(actorUserId: number): Promise<{ month: string; chars: number; budget: number | null }> {
      requireAdmin(await actors.load(actorUserId), "translation usage");
      return service.usage();
    },

    /** Characters sent to the provider this month (bot time zone), and the budget (null: unlimited). */
    async usage(): Promise<{ month: string; chars: number; budget: number | null }> {
      const month = monthOf(clock.now());
      const row = await db.translationUsage.findUnique({ where: { month }, select: { chars: true } });
      return { month, chars: row?.chars ?? 0, budget };
    },
  };
  return service;
}

export type MachineTranslationService = ReturnType<typeof createMachineTranslationService>;
