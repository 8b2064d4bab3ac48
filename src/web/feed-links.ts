// Links to the public feeds: one rule for the bot's "Subscribe to this calendar" button, the
// public page and the README's examples. The web layer serves what these build.
export const FEED_PATHS = { ics: "/feeds/offers.ics", json: "/feeds/offers.json", inventory: "/feeds/inventory.csv" } as const;

export type FeedLinkFilter = Readonly<{ lang?: string; category?: string; district?: string; org?: number }>;

/** `https://…/feeds/offers.ics?lang=ar&category=sport`: the feed under `publicUrl` (no trailing slash). */
export function feedUrl(publicUrl: string, kind: keyof typeof FEED_PATHS, filter: FeedLinkFilter = {}): string {
  const query = new URLSearchParams();
  for (const key of ["lang", "category", "district", "org"] as const) {
    const value = filter[key];
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return `${publicUrl}${FEED_PATHS[kind]}${search ? `?${search}` : ""}`;
}
