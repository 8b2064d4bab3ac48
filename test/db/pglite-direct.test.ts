import { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPgliteDirectQuery, toLiteral } from "../../src/db/pglite-direct.ts";
import { pgliteOptions } from "../../src/db/pglite-options.ts";
import { MAX_PREPARED_STATEMENTS } from "../../src/db/statement-names.ts";

describe("the hot path's statements on PGlite (prepared, simple protocol)", () => {
  let pglite: PGlite;
  let execs: string[] = [];
  const originalExec = PGlite.prototype.exec;
  beforeAll(async () => {
    pglite = new PGlite("memory://", pgliteOptions());
    await pglite.exec("CREATE TABLE notes (id int PRIMARY KEY, body text, doc jsonb, at timestamptz, tags text[])");
    PGlite.prototype.exec = function (this: PGlite, query: string, options?: Parameters<PGlite["exec"]>[1]) {
      execs.push(query);
      return originalExec.call(this, query, options);
    };
  });
  afterEach(async () => {
    execs = [];
    await originalExec.call(pglite, "DELETE FROM notes");
  });
  afterAll(async () => {
    PGlite.prototype.exec = originalExec;
    await pglite.close();
  });

  const ECHO = "SELECT $1::text AS text, $2::int8::text AS big, $3::int4 AS n, $4::boolean AS yes, $5::timestamptz::text AS at";

  it("when any text is a value, then it arrives exactly as PGlite's own binding delivers it", async () => {
    const direct = createPgliteDirectQuery(pglite);
    // No NUL: PostgreSQL's text cannot hold it, bound or literal.
    const text = fc.string({ unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("'", "\\", "''", "\\'", "$1", ";", "--", "\n", "E'")) }).filter((s) => !s.includes("\0"));
    await fc.assert(
      fc.asyncProperty(text, fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.integer(), fc.boolean(), async (value, big, n, yes) => {
        const at = new Date(Date.UTC(2026, 11, 2, 10, 0, 0));
        const values = [value, big, n, yes, at];
        const bound = (await pglite.query(ECHO, values)).rows;
        expect(await direct(ECHO, values)).toEqual(bound);
      }),
      { numRuns: 300 },
    );
  });

  it("when a statement runs many times, then it is prepared once, even when its first calls race", async () => {
    const direct = createPgliteDirectQuery(pglite);
    const insert = "INSERT INTO notes (id, body) VALUES ($1, $2) RETURNING id";
    const rows = await Promise.all([1, 2, 3].map((id) => direct<{ id: number }>(insert, [id, `note ${id}`])));
    expect(rows).toEqual([[{ id: 1 }], [{ id: 2 }], [{ id: 3 }]]);
    await direct(insert, [4, null]);
    expect(execs.filter((query) => query.startsWith("PREPARE"))).toHaveLength(1);
    expect(execs.filter((query) => query.startsWith("EXECUTE"))).toHaveLength(4);
    expect((await pglite.query("SELECT body FROM notes WHERE id = 4")).rows).toEqual([{ body: null }]);
  });

  it("when the session lost its prepared statements (DEALLOCATE ALL), then the next call prepares again and answers", async () => {
    const direct = createPgliteDirectQuery(pglite);
    expect(await direct("SELECT $1::int4 + 1 AS next", [1])).toEqual([{ next: 2 }]);
    await originalExec.call(pglite, "DEALLOCATE ALL");
    expect(await direct("SELECT $1::int4 + 1 AS next", [2])).toEqual([{ next: 3 }]);
    expect(execs.filter((query) => query.startsWith("PREPARE"))).toHaveLength(2);
  });

  it("when a value is not a scalar (an array, a JSON object), then PGlite binds it itself and the statement is not prepared", async () => {
    const direct = createPgliteDirectQuery(pglite);
    await direct("INSERT INTO notes (id, doc, tags) VALUES ($1, $2, $3)", [5, { a: ["x'y"] }, ["a", "b'c"]]);
    expect(execs).toEqual([]);
    expect((await pglite.query("SELECT doc, tags FROM notes WHERE id = 5")).rows).toEqual([{ doc: { a: ["x'y"] }, tags: ["a", "b'c"] }]);
  });

  it("when a statement is wrong, then its error reaches the caller and a later call of a right one still works", async () => {
    const direct = createPgliteDirectQuery(pglite);
    await expect(direct("SELECT nothing_here FROM notes WHERE id = $1", [1])).rejects.toThrow(/nothing_here/);
    await expect(direct("SELECT $1::int4 AS n", ["not a number"])).rejects.toThrow(/invalid input syntax/);
    expect(await direct("SELECT $1::int4 AS n", ["7"])).toEqual([{ n: 7 }]);
  });

  it("when more texts than the cap run, then the rest run unprepared and still answer", async () => {
    const direct = createPgliteDirectQuery(pglite);
    for (let i = 0; i <= MAX_PREPARED_STATEMENTS + 2; i++) expect(await direct(`SELECT $1::int4 + ${i} AS n`, [1])).toEqual([{ n: 1 + i }]);
    expect(execs.filter((query) => query.startsWith("PREPARE"))).toHaveLength(MAX_PREPARED_STATEMENTS);
  });

  it("toLiteral: quotes every scalar, NULL for none, nothing for the rest", () => {
    expect(toLiteral(null)).toBe("NULL");
    expect(toLiteral(undefined)).toBe("NULL");
    expect(toLiteral("it's")).toBe("'it''s'");
    expect(toLiteral("a\\b")).toBe(" E'a\\\\b'");
    expect(toLiteral(12n)).toBe("'12'");
    expect(toLiteral(false)).toBe("'false'");
    expect(toLiteral(new Date("2026-12-02T10:00:00Z"))).toBe("'2026-12-02T10:00:00.000Z'");
    expect(toLiteral(["a"])).toBeUndefined();
    expect(toLiteral({ a: 1 })).toBeUndefined();
    expect(toLiteral(new Uint8Array([1]))).toBeUndefined();
  });
});
