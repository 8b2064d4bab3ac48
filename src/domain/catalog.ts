// The data offers refer to: categories, districts and the organizations that run offers.
// Names per language are data, so a city adds a district without touching code.
import type { Db } from "../db/index.ts";
import { ValidationError } from "./errors.ts";
import { isLocale, type Locale } from "./locales.ts";
import { createScreenCache, type ScreenCache } from "./screen-cache.ts";

export type CategoryEntry = Readonly<{ id: string; emoji: string; name: string }>;
export type DistrictEntry = Readonly<{ id: number; slug: string; name: string }>;
export type LocalizedNames = Partial<Record<Locale, string>> & { de: string };

/** A name in the wanted language, else German, else any, else the fallback. */
export function pickName(names: unknown, locale: string, fallback: string): string {
  const map = (names ?? {}) as Partial<Record<string, string>>;
  return map[locale] ?? map.de ?? Object.values(map)[0] ?? fallback;
}

function checkNames(names: LocalizedNames): LocalizedNames {
  for (const [locale, name] of Object.entries(names)) {
    if (!isLocale(locale) || !name?.trim()) throw new ValidationError("localized name");
  }
  return names;
}

/**
 * Categories and districts are read on every list screen and change a few times a year, so
 * they are kept in the screen cache (screen-cache.ts): a save here forgets them on every
 * instance, and the cache's TTL is the safety net.
 */
export function createCatalogService({ db, cache = createScreenCache() }: { db: Db; cache?: ScreenCache }) {
  const categories = { get: () => cache.get("catalog:categories", () => db.category.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] })) };
  const districts = { get: () => cache.get("catalog:districts", () => db.district.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] })) };
  return {
    async listCategories(locale: string): Promise<CategoryEntry[]> {
      const rows = await categories.get();
      return rows.map((row) => ({ id: row.id, emoji: row.emoji, name: pickName(row.names, locale, row.id) }));
    },

    async listDistricts(locale: string): Promise<DistrictEntry[]> {
      const rows = await districts.get();
      return rows.map((row) => ({ id: row.id, slug: row.slug, name: pickName(row.names, locale, row.slug) }));
    },

    async saveCategory(input: { id: string; emoji: string; sortOrder: number; names: LocalizedNames }): Promise<void> {
      if (!/^[a-z][a-z0-9-]{0,31}$/.test(input.id)) throw new ValidationError("category id");
      const data = { emoji: input.emoji, sortOrder: input.sortOrder, names: checkNames(input.names) };
      await db.category.upsert({ where: { id: input.id }, create: { id: input.id, ...data }, update: data });
      cache.changed();
    },

    async saveDistrict(input: { slug: string; sortOrder: number; names: LocalizedNames }): Promise<{ id: number }> {
      if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(input.slug)) throw new ValidationError("district slug");
      const data = { sortOrder: input.sortOrder, names: checkNames(input.names) };
      const saved = await db.district.upsert({ where: { slug: input.slug }, create: { slug: input.slug, ...data }, update: data, select: { id: true } });
      cache.changed();
      return saved;
    },

    async saveOrganization(input: { name: string; contact?: string; sourceLocale?: Locale }): Promise<{ id: number }> {
      const name = input.name.trim();
      if (!name || name.length > 160) throw new ValidationError("organization name");
      const data = { contact: input.contact ?? null, sourceLocale: input.sourceLocale ?? "de" };
      const saved = await db.organization.upsert({ where: { name }, create: { name, ...data }, update: data, select: { id: true } });
      cache.changed(); // an offer's card shows its organization's name and contact
      return saved;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
