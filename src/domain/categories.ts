// The category ids of the default set (migration 20261122040500_default_categories). Cities may
// add more as data; code only refers to these where it needs a well-known one.
export const DEFAULT_CATEGORY_IDS = [
  "sport",
  "language",
  "counselling",
  "work",
  "youth",
  "family",
  "women",
  "seniors",
  "culture",
  "neighbourhood",
] as const;
export type DefaultCategoryId = (typeof DEFAULT_CATEGORY_IDS)[number];
