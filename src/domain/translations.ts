// Which language version a reader gets: their own language, else the source language (the one
// the author wrote in), else any other (the first by language code, so the choice is stable).
// One rule for offers, announcements and notices, in TypeScript and in SQL.
import { Prisma } from "../generated/prisma/client.ts";

/** The version of `translations` that `reader` should see; undefined only when there is none. */
export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  reader: string | null | undefined,
  source: string | null | undefined,
): T | undefined {
  let best: T | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const candidate of translations) {
    const rank = candidate.locale === reader ? 0 : candidate.locale === source ? 1 : 2;
    if (rank < bestRank || (rank === bestRank && rank === 2 && best !== undefined && candidate.locale < best.locale)) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

/** pickTranslation over texts keyed by language (announcements store them so). */
export function pickText(
  texts: Readonly<Record<string, string | undefined>>,
  reader: string | null | undefined,
  source: string | null | undefined,
): { locale: string; text: string } | undefined {
  const versions = Object.entries(texts).flatMap(([locale, text]) => (text === undefined ? [] : [{ locale, text }]));
  return pickTranslation(versions, reader, source);
}

/**
 * The same rule as an ORDER BY list over offer_translations aliased `tr`:
 * `ORDER BY ${translationOrder(locale)} LIMIT 1`. `source` is the offer's source-language
 * column (offers aliased `f` by default).
 */
export function translationOrder(reader: string | null | undefined, source: Prisma.Sql = Prisma.sql`f.source_locale`): Prisma.Sql {
  return Prisma.sql`(tr.locale = ${reader ?? null}) DESC NULLS LAST, (tr.locale = ${source}) DESC, tr.locale`;
}
