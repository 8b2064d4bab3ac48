// The query string of the feeds and the public page, checked: `?lang=ar&category=sport&district=coerde&org=3&from=2026-12-01&to=2026-12-31`.
// A bad value is a 400 with a message that names the parameter; an empty value (a form's
// "all") means no filter; parameters we do not know (a website's cache buster) are ignored.
import { DateTime } from "luxon";
import type { CategoryEntry, DistrictEntry } from "../domain/catalog.ts";
import type { FeedFilter } from "../domain/feeds.ts";
import { isLocale, SUPPORTED_LOCALES, type Locale } from "../domain/locales.ts";

export class BadQueryError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
    this.name = "BadQueryError";
  }
}

export type ParsedQuery = Readonly<{
  locale: Locale;
  filter: FeedFilter;
  /** The filter as the canonical query (the cache key and links keep it). */
  canonical: Readonly<{ lang: Locale; category?: string; district?: string; org?: number; from?: string; to?: string }>;
}>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One value per parameter: `?lang=de&lang=ar` is a mistake worth telling. */
function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new BadQueryError(name, "give it once");
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function day(query: Record<string, unknown>, name: string, timezone: string): DateTime | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  const parsed = DAY.test(raw) ? DateTime.fromISO(raw, { zone: timezone }) : undefined;
  if (!parsed?.isValid) throw new BadQueryError(name, "must be a date YYYY-MM-DD, e.g. 2026-12-05");
  return parsed.startOf("day");
}

export function parseFeedQuery(
  query: Record<string, unknown>,
  context: { categories: readonly CategoryEntry[]; districts: readonly DistrictEntry[]; timezone: string; defaultLocale: Locale; dayParameter?: boolean },
): ParsedQuery {
  const lang = single(query, "lang");
  if (lang !== undefined && !isLocale(lang)) throw new BadQueryError("lang", `must be one of ${SUPPORTED_LOCALES.join(", ")}`);
  const locale = lang ?? context.defaultLocale;

  const category = single(query, "category");
  if (category !== undefined && !context.categories.some((c) => c.id === category)) {
    throw new BadQueryError("category", `unknown; one of ${context.categories.map((c) => c.id).join(", ")}`);
  }

  const districtRaw = single(query, "district");
  let district: DistrictEntry | undefined;
  if (districtRaw !== undefined) {
    district = /^\d+$/.test(districtRaw) ? context.districts.find((d) => d.id === Number(districtRaw)) : context.districts.find((d) => d.slug === districtRaw.toLowerCase());
    if (!district) throw new BadQueryError("district", `unknown; a slug (${context.districts.map((d) => d.slug).join(", ")}) or an id`);
  }

  const orgRaw = single(query, "org");
  if (orgRaw !== undefined && !/^[1-9]\d{0,9}$/.test(orgRaw)) throw new BadQueryError("org", "must be an organisation id (a positive whole number)");
  const org = orgRaw === undefined ? undefined : Number(orgRaw);

  // The page picks one day (`date`); the feeds take a range (`from`, `to`, both inclusive days).
  let from: DateTime | undefined;
  let to: DateTime | undefined;
  if (context.dayParameter) {
    from = day(query, "date", context.timezone);
    to = from;
  } else {
    from = day(query, "from", context.timezone);
    to = day(query, "to", context.timezone);
    if (from && to && to < from) throw new BadQueryError("to", "must not be before from");
  }
  const filter: FeedFilter = {
    locale,
    ...(category ? { categoryId: category } : {}),
    ...(district ? { districtId: district.id } : {}),
    ...(org ? { organizationId: org } : {}),
    ...(from ? { from: from.toJSDate() } : {}),
    ...(to ? { to: to.plus({ days: 1 }).toJSDate() } : {}),
  };
  return {
    locale,
    filter,
    canonical: {
      lang: locale,
      ...(category ? { category } : {}),
      ...(district ? { district: district.slug } : {}),
      ...(org ? { org } : {}),
      ...(from ? { from: from.toISODate()! } : {}),
      ...(to ? { to: to.toISODate()! } : {}),
    },
  };
}
