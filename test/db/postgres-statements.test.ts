import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/index.ts";
import { onPostgres } from "../support/database.ts";

/** The query configs pg's clients were given while `work` ran. */
async function queriesDuring(work: () => Promise<unknown>): Promise<{ name?: string; text: string }[]> {
  const seen: { name?: string; text: string }[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as { name?: string; text?: string } | string;
    if (typeof config === "object" && config?.text) seen.push({ name: config.name, text: config.text });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

describe.skipIf(!onPostgres)("the hot path's statements on PostgreSQL", () => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("when prepared statements are on (the default), then each text is one named statement, the same name every call", async () => {
    db = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, dataDir: "unused" });
    const seen = await queriesDuring(async () => {
      for (let i = 0; i < 3; i++) expect(await db!.query<{ n: number }>("SELECT $1::int4 + 1 AS n", [i])).toEqual([{ n: i + 1 }]);
      await db!.query("SELECT $1::text AS other", ["x"]);
    });
    const names = seen.map((query) => query.name);
    expect(names[0]).toMatch(/^treffpunkt_\d+$/);
    expect(names.slice(0, 3)).toEqual([names[0], names[0], names[0]]);
    expect(names[3]).toMatch(/^treffpunkt_\d+$/);
    expect(names[3]).not.toBe(names[0]);
  });

  it("when they are off (DATABASE_PREPARED_STATEMENTS=off, for a pooler in transaction mode), then every statement goes unnamed", async () => {
    db = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, dataDir: "unused", preparedStatements: false });
    const seen = await queriesDuring(async () => {
      expect(await db!.query<{ n: number }>("SELECT $1::int4 + 1 AS n", [1])).toEqual([{ n: 2 }]);
    });
    expect(seen).toEqual([{ name: undefined, text: "SELECT $1::int4 + 1 AS n" }]);
  });
});
