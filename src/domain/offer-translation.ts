// The language versions of an offer and where each came from: typed or corrected by staff
// (HUMAN) or from the translation provider (MACHINE), and the hash of the source-language texts
// it was made from. The source-language version carries the hash of its own texts; a version
// whose hash differs from the source's is out of date: a machine one is made again, a human
// one is kept and its author told. One home for these rules; offers.ts stores them,
// offer-management.ts refreshes and backfills through the translation engine.
import type { Locale } from "./locales.ts";
import { sourceHash, type TextFields, type TranslationFailure, type TranslationResult } from "./machine-translation.ts";

export type TextOrigin = "HUMAN" | "MACHINE";

/** Title and texts of an offer in one language. */
export type OfferTexts = { title: string; summary: string; details?: string; accessibility?: string };

/** One language version with where it came from; left out, the rules below fill it in. */
export type OfferTextVersion = OfferTexts & {
  /** HUMAN when left out. */
  origin?: TextOrigin;
  /** The provider of a machine version ("libretranslate", "deepl"). */
  provider?: string;
  /** offerSourceHash() of the source texts this version was made from. */
  sourceHash?: string;
};

/** A version with its origin and hash settled, as stored. */
export type SettledVersion = OfferTexts & { origin: TextOrigin; provider?: string; sourceHash: string };

/**
 * Most characters per field of a translation: the limits of what staff type (/newoffer) for
 * title and summary, the columns' for the longer texts.
 */
export const OFFER_TEXT_LIMITS = { title: 120, summary: 600, details: 4000, accessibility: 1000 } as const;

/** The fields sent to the provider and hashed: title and summary, and the longer texts when there are any. */
export function offerFields(texts: OfferTexts): TextFields {
  const fields: TextFields = { title: texts.title, summary: texts.summary };
  if (texts.details) fields.details = texts.details;
  if (texts.accessibility) fields.accessibility = texts.accessibility;
  return fields;
}

/** The hash a version made from these source texts carries. */
export const offerSourceHash = (texts: OfferTexts): string => sourceHash(offerFields(texts));

const textsOf = (v: OfferTexts): OfferTexts => ({
  title: v.title,
  summary: v.summary,
  ...(v.details ? { details: v.details } : {}),
  ...(v.accessibility ? { accessibility: v.accessibility } : {}),
});

/** A version as stored (offer_translations). */
export type StoredVersion = {
  locale: string;
  title: string;
  summary: string;
  details: string | null;
  accessibility: string | null;
  origin: TextOrigin;
  provider: string | null;
  sourceHash: string | null;
};

const sameTexts = (a: OfferTexts, b: StoredVersion) =>
  a.title === b.title && a.summary === b.summary && (a.details || null) === (b.details || null) && (a.accessibility || null) === (b.accessibility || null);

/**
 * Every version of `texts` with its origin and hash settled:
 * - the source-language version is human and carries the hash of its own texts;
 * - a version that says what it was made from (sourceHash) keeps it;
 * - a version whose texts are those already stored for its language keeps the stored origin
 *   and hash (an edit that did not touch it); stored before hashes existed, it counts as made
 *   from the stored source;
 * - anything else was made now, from the source as it is: human unless it says machine.
 */
export function settleVersions(
  texts: Partial<Record<Locale, OfferTextVersion>>,
  sourceLocale: Locale,
  stored: readonly StoredVersion[] = [],
): Partial<Record<Locale, SettledVersion>> {
  const source = texts[sourceLocale];
  if (!source) throw new Error("settleVersions: no source-language version");
  const hash = offerSourceHash(source);
  const storedSource = stored.find((v) => v.locale === sourceLocale);
  const previousHash = storedSource ? (storedSource.sourceHash ?? offerSourceHash({ ...storedSource, details: storedSource.details ?? undefined, accessibility: storedSource.accessibility ?? undefined })) : hash;
  const settled: Partial<Record<Locale, SettledVersion>> = {};
  for (const [locale, version] of Object.entries(texts) as [Locale, OfferTextVersion | undefined][]) {
    if (!version) continue;
    const machine = (origin: TextOrigin | undefined, provider: string | null | undefined) => (origin === "MACHINE" ? { origin, ...(provider ? { provider } : {}) } : { origin: "HUMAN" as const });
    if (locale === sourceLocale) {
      settled[locale] = { ...textsOf(version), origin: "HUMAN", sourceHash: hash };
      continue;
    }
    if (version.sourceHash) {
      settled[locale] = { ...textsOf(version), ...machine(version.origin, version.provider), sourceHash: version.sourceHash };
      continue;
    }
    const before = stored.find((v) => v.locale === locale);
    if (before && sameTexts(version, before)) {
      settled[locale] = { ...textsOf(version), ...machine(before.origin, before.provider), sourceHash: before.sourceHash ?? previousHash };
      continue;
    }
    settled[locale] = { ...textsOf(version), ...machine(version.origin, version.provider), sourceHash: hash };
  }
  return settled;
}

/** The versions made from another source than the current one, machine and human apart. */
export function outdatedVersions(versions: Partial<Record<Locale, SettledVersion>>, sourceLocale: Locale): { machine: Locale[]; human: Locale[] } {
  const source = versions[sourceLocale];
  const hash = source ? offerSourceHash(source) : "";
  const machine: Locale[] = [];
  const human: Locale[] = [];
  for (const [locale, version] of Object.entries(versions) as [Locale, SettledVersion][]) {
    if (locale === sourceLocale || version.sourceHash === hash) continue;
    (version.origin === "MACHINE" ? machine : human).push(locale);
  }
  return { machine: machine.sort(), human: human.sort() };
}

/** A language that was not translated, and why (machine-translation.ts). */
export type TranslationGap = { locale: Locale; reason: TranslationFailure };

/**
 * The engine's results as machine versions of the offer, made from `source`; a result without
 * a title or summary counts as garbage ("invalid").
 */
export function machineVersions(results: readonly TranslationResult[], source: OfferTexts): { versions: Partial<Record<Locale, SettledVersion>>; gaps: TranslationGap[] } {
  const hash = offerSourceHash(source);
  const versions: Partial<Record<Locale, SettledVersion>> = {};
  const gaps: TranslationGap[] = [];
  for (const result of results) {
    if (!result.ok) {
      gaps.push({ locale: result.locale, reason: result.reason });
      continue;
    }
    const { title, summary, details, accessibility } = result.fields;
    if (!title?.trim() || !summary?.trim() || (source.details && !details?.trim()) || (source.accessibility && !accessibility?.trim())) {
      gaps.push({ locale: result.locale, reason: "invalid" });
      continue;
    }
    versions[result.locale] = {
      title,
      summary,
      ...(source.details ? { details } : {}),
      ...(source.accessibility ? { accessibility } : {}),
      origin: "MACHINE",
      provider: result.provider,
      sourceHash: hash,
    };
  }
  return { versions, gaps };
}
