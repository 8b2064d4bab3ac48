// patches/@electric-sql+pglite+0.4.6.patch (applied by patch-package at npm install) backports
// PGlite 0.5's fix: a query without parsers of its own reads the instance's type parsers in
// place instead of copying all ~316 of them first, which cost about 0.2 ms of CPU per query.
// PGlite 0.5 itself is PostgreSQL 18 and cannot open a DATA_DIR written by 0.4 (PostgreSQL 17).
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteOptions } from "../../src/db/pglite-options.ts";

/** Counts how often the instance's parser table is enumerated (what a copy with `...` does). */
function countEnumerations(pglite: PGlite): { readonly count: number } {
  const holder = pglite as unknown as { parsers: Record<string, unknown> };
  const counter = { count: 0 };
  holder.parsers = new Proxy(holder.parsers, {
    ownKeys(target) {
      counter.count++;
      return Reflect.ownKeys(target);
    },
  });
  return counter;
}

describe("PGlite's result parsing (patched)", () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = new PGlite("memory://", pgliteOptions());
    await pglite.waitReady;
  });
  afterAll(() => pglite.close());

  it("when a query brings no parsers of its own, then the type parsers are used in place, not copied, and values still decode", async () => {
    const enumerations = countEnumerations(pglite);
    const { rows } = await pglite.query<{ n: number; big: bigint | number; on: boolean; doc: unknown; day: Date }>(
      "SELECT 7::int4 AS n, 9007199254740993::int8 AS big, true AS on, '{\"a\":[1]}'::jsonb AS doc, '2026-12-02'::date AS day",
    );
    expect(enumerations.count).toBe(0);
    expect(rows[0]!.n).toBe(7);
    expect(rows[0]!.on).toBe(true);
    expect(rows[0]!.doc).toEqual({ a: [1] });
    expect(rows[0]!.day).toBeInstanceOf(Date);
    expect(String(rows[0]!.big)).toBe("9007199254740993");
  });

  it("when a query brings parsers of its own (as Prisma's adapter does), then they win over the instance's for their types", async () => {
    const { rows } = await pglite.query<[string, boolean]>("SELECT 7::int4, true", [], {
      rowMode: "array",
      parsers: { 23: (value: string) => `int4:${value}` },
    });
    expect(rows[0]).toEqual(["int4:7", true]);
  });
});
