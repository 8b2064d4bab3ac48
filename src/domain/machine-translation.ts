// Machine translation of texts written for the public (offers, announcements): the port a
// provider implements (src/translation/: LibreTranslate, DeepL), and the one engine every
// caller goes through. The engine decides what is sent (only the fields handed to it), asks the
// provider which languages it has, and never throws for a provider's failure: each target
// language comes back translated or with the reason it is not.
//
// INTERFACE FIRST: this file fixes the shapes the offers and announcements code builds on.
// Cache, monthly budget, protected spans and result checks are filled in behind `translate`.
import { createHash } from "node:crypto";
import type { Db } from "../db/index.ts";
import { requireStaff, type Actors } from "./actors.ts";
import type { Clock } from "./clock.ts";
import { SUPPORTED_LOCALES, type Locale } from "./locales.ts";
import type { Logger } from "./logger-port.ts";

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
  /** TRANSLATE_MONTHLY_CHARS; unlimited when left out. */
  monthlyChars?: number;
  /** How long one provider call may take. */
  timeoutMs?: number;
  timezone?: string;
  log?: Logger;
};

export function createMachineTranslationService({ actors, provider, timeoutMs = 10_000, log }: MachineTranslationDeps) {
  const service = {
    /** The provider's name, or null when machine translation is off. */
    providerName: provider?.name ?? null,

    /** Our languages the provider can translate `source` into (never the source); [] when off or unreachable. */
    async supported(source: Locale): Promise<Locale[]> {
      if (!provider) return [];
      try {
        const targets = await provider.targets(source, AbortSignal.timeout(timeoutMs));
        return SUPPORTED_LOCALES.filter((l) => l !== source && targets.includes(l));
      } catch (error) {
        log?.warn({ err: error, provider: provider.name }, "translation languages not available");
        return [];
      }
    },

    /** Every wanted language translated or with its reason; never throws for the provider. */
    async translate(request: TranslateRequest): Promise<TranslationResult[]> {
      const targets = request.targets.filter((l) => l !== request.source);
      if (!provider) return targets.map((locale) => ({ locale, ok: false as const, reason: "unsupported" as const }));
      const supported = await service.supported(request.source);
      const keys = Object.keys(request.fields).filter((k) => request.fields[k]);
      const results: TranslationResult[] = [];
      for (const locale of targets) {
        if (!supported.includes(locale)) {
          results.push({ locale, ok: false, reason: "unsupported" });
          continue;
        }
        try {
          const out = await provider.translate(keys.map((k) => request.fields[k]!), request.source, locale, AbortSignal.timeout(timeoutMs));
          results.push({ locale, ok: true, provider: provider.name, fields: Object.fromEntries(keys.map((k, i) => [k, out[i] ?? ""])) });
        } catch (error) {
          log?.warn({ err: error, provider: provider.name, locale }, "translation failed");
          results.push({ locale, ok: false, reason: "unavailable" });
        }
      }
      return results;
    },

    /** The bot's door: staff (and admins) only, since every call may cost money. */
    async staffSupported(actorUserId: number, source: Locale): Promise<Locale[]> {
      requireStaff(await actors.load(actorUserId), "translation languages");
      return service.supported(source);
    },

    /** The bot's door to `translate`: staff (and admins) only. */
    async staffTranslate(actorUserId: number, request: TranslateRequest): Promise<TranslationResult[]> {
      requireStaff(await actors.load(actorUserId), "machine translation");
      return service.translate(request);
    },

    /** Characters sent to the provider this month, and the budget (null: unlimited). */
    async usage(): Promise<{ month: string; chars: number; budget: number | null }> {
      return { month: "", chars: 0, budget: null };
    },
  };
  return service;
}

export type MachineTranslationService = ReturnType<typeof createMachineTranslationService>;
