// Issue 18's "at most one database round trip for the common tap": once a list page or an
// offer card is in the screen cache, a tap on it by anyone (5,000 residents tapping the button
// of one announcement) costs one statement: the user and the chat's conversation state
// together (users.identifyWith). Counted at the drivers themselves (pg's Client.query and
// PGlite's query, which Prisma's adapters use too), so a query added anywhere on the path shows.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_LIST, listButton, openButton } from "../../src/bot/keyboards/offers.ts";
import { useTestBot } from "../support/bot.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";
import { callbackUpdate, commandUpdate, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z";
const residents: TestUser[] = [
  { id: 701, first_name: "Ayla", language_code: "de" },
  { id: 702, first_name: "Bohdan", language_code: "de" },
  { id: 703, first_name: "Chiara", language_code: "de" },
];

describe("bot: database round trips per tap", () => {
  const { t } = useTestBot({ now: NOW });
  let statements: string[] = [];
  /** PREPAREs on PGlite (db/pglite-direct.ts): once per statement text and database, not per tap. */
  let prepares: string[] = [];
  /** Their names, to read an EXECUTE as the statement it runs. */
  const prepared = new Map<string, string>();
  const restore: (() => void)[] = [];

  beforeEach(() => {
    const count = <T extends object>(proto: T, method: keyof T) => {
      const original = proto[method] as (...args: unknown[]) => unknown;
      (proto as Record<keyof T, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string } | undefined)?.text;
        const statement = String(text).replace(/\s+/g, " ").trim();
        const prepare = /^PREPARE (\w+) AS (.*)$/.exec(statement);
        if (prepare) {
          prepares.push(prepare[2]!);
          prepared.set(prepare[1]!, prepare[2]!);
          return original.apply(this, args);
        }
        const execute = /^EXECUTE (\w+)/.exec(statement);
        statements.push((execute ? (prepared.get(execute[1]!) ?? statement) : statement).slice(0, 80));
        return original.apply(this, args);
      };
      restore.push(() => ((proto as Record<keyof T, unknown>)[method] = original));
    };
    count(pg.Client.prototype, "query");
    count(PGlite.prototype, "query");
    count(PGlite.prototype, "exec");
  });
  afterEach(() => {
    while (restore.length) restore.pop()!();
    // Each statement text is prepared at most once, whatever the number of taps.
    expect(new Set(prepares).size).toBe(prepares.length);
    prepares = [];
    prepared.clear();
  });

  /** The statements one update ran. */
  const during = async (update: Parameters<typeof t.bot.handleUpdate>[0]) => {
    statements = [];
    await t.bot.handleUpdate(update);
    return statements;
  };

  it("when residents tap a list page with any filter, or an offer card someone opened before, then each tap runs one statement", async () => {
    const city = await seedSmallCity(t.services);
    for (let day = 2; day <= 4; day++) await t.services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: `2026-12-0${day}T17:00:00Z` }));
    const [first, ...others] = residents;
    for (const user of residents) await t.bot.handleUpdate(commandUpdate(user, "start")); // they are known
    const page = await t.services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" }); // the listing is in memory now
    const list = listButton.pack({ ...EMPTY_LIST, categoryId: "sport" });
    const card = openButton.pack({ occurrenceId: page.cards[0]!.occurrenceId, state: EMPTY_LIST });
    const months = listButton.pack({ ...EMPTY_LIST, when: "months2" });
    // The categories (their names in the list's header) load once and are kept from then on.
    await t.bot.handleUpdate(callbackUpdate(first!, listButton.pack({ ...EMPTY_LIST, categoryId: "sport", when: "week" })));

    // Every list page comes from the listing in memory, also one nobody asked for before;
    // the first open of a card reads it (one statement more), later ones are kept.
    expect(await during(callbackUpdate(first!, list))).toHaveLength(1);
    expect(await during(callbackUpdate(first!, months))).toHaveLength(1);
    expect(await during(callbackUpdate(first!, card))).toHaveLength(2);
    for (const user of others) {
      const onList = await during(callbackUpdate(user, list));
      const onCard = await during(callbackUpdate(user, card));
      expect(onList).toHaveLength(1);
      expect(onCard).toHaveLength(1);
      expect(onList[0]).toMatch(/^SELECT u\.id, u\.telegram_id::text/); // users.identifyWith
    }

    // An offer changes: the next list tap loads the listing again (the dates, their titles, the
    // categories' emoji, the districts) and the header's category names, and the one after is
    // one statement again.
    await t.services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: "2026-12-05T17:00:00Z" }));
    const reload = await during(callbackUpdate(first!, list));
    expect(reload).toHaveLength(6);
    expect(reload[0]).toMatch(/^SELECT u\.id, u\.telegram_id::text/);
    // The listing's four go out at once (on PostgreSQL over several connections, in any order).
    expect([...reload.slice(1)].sort()).toEqual([
      expect.stringMatching(/^SELECT "t0"."id", "t0"."emoji", "t0"."sort_order"/), // catalog.listCategories, for the header
      expect.stringMatching(/^SELECT id, emoji FROM categories$/),
      expect.stringMatching(/^SELECT id, slug, names FROM districts$/),
      expect.stringMatching(/^SELECT json_agg\(json_build_array\(f.id, f.source_locale/), // the offers' titles
      expect.stringMatching(/^SELECT json_agg\(json_build_array\(o.id, o.offer_id/), // the dates
    ]);
    expect(await during(callbackUpdate(others[0]!, list))).toHaveLength(1);
  });
});
