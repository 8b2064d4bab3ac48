// The embedded database on its own thread (src/db/pglite-thread.ts), as the app runs it on a
// DATA_DIR: what Prisma and the hot path rely on behaves as with PGlite in the process, and
// PostgreSQL's work no longer blocks the caller's thread.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/index.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { onPostgres } from "../support/database.ts";

/** How often a 5 ms timer fired while `work` ran: a blocked event loop fires it about once. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe.skipIf(onPostgres)("the embedded database on a thread of its own", () => {
  let threaded: Database;
  let inProcess: Database;
  beforeAll(async () => {
    [threaded, inProcess] = await Promise.all([openDatabase({ dataDir: "memory://", thread: true }), openDatabase({ dataDir: "memory://", thread: false })]);
    await Promise.all([threaded.migrate(), inProcess.migrate()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([threaded?.close(), inProcess?.close()]);
  });

  it("when PostgreSQL works for 400 ms, then the caller's thread keeps running (in the process it is blocked)", async () => {
    const sleep = (db: Database) => () => db.query("SELECT pg_sleep(0.4)", []);
    const onThread = await ticksDuring(sleep(threaded));
    const blocked = await ticksDuring(sleep(inProcess));
    expect(blocked).toBeLessThanOrEqual(3);
    expect(onThread).toBeGreaterThanOrEqual(20);
  });

  it("when rows come back, then they are typed as in the process: numbers, text, booleans, dates, JSON, bytes, arrays, nulls", async () => {
    const sql = `SELECT 1::int4 AS i, 'ä'::text AS t, true AS b, '2026-12-03T10:00:00Z'::timestamptz AS at, '{"a":[1]}'::jsonb AS j,
      '\\x0102'::bytea AS bytes, ARRAY[1,2]::int4[] AS list, NULL::text AS nothing`;
    const [row] = await threaded.query<Record<string, unknown>>(sql, []);
    const [expected] = await inProcess.query<Record<string, unknown>>(sql, []);
    expect(row).toEqual(expected);
    expect(row!.at).toBeInstanceOf(Date);
    expect(row).toMatchObject({ i: 1, t: "ä", b: true, j: { a: [1] }, list: [1, 2], nothing: null });

    await threaded.prisma.user.create({ data: { telegramId: 9_007_199_254_740_993n, locale: "fa" } });
    const user = await threaded.prisma.user.findUniqueOrThrow({ where: { telegramId: 9_007_199_254_740_993n } });
    expect(user).toMatchObject({ telegramId: 9_007_199_254_740_993n, locale: "fa" });
    expect(user.createdAt).toBeInstanceOf(Date);
  });

  it("when a unique key is violated, then Prisma still reports P2002, and a statement error keeps its SQLSTATE", async () => {
    await threaded.prisma.user.create({ data: { telegramId: 77n } });
    const error = await threaded.prisma.user.create({ data: { telegramId: 77n } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    await expect(threaded.query("SELECT * FROM no_such_table", [])).rejects.toMatchObject({ code: "42P01" });
  });

  it("when a transaction fails, then nothing of it stays; a statement outside it waits for its end and sees only what was committed", async () => {
    await expect(
      threaded.prisma.$transaction(async (tx) => {
        await tx.user.create({ data: { telegramId: 100n } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await threaded.prisma.user.count({ where: { telegramId: 100n } })).toBe(0);

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = threaded.prisma.$transaction(async (tx) => {
      await tx.user.create({ data: { telegramId: 101n } });
      await held;
      await tx.user.create({ data: { telegramId: 102n } });
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the transaction is open
    const outside = threaded.prisma.user.count({ where: { telegramId: { in: [101n, 102n] } } });
    release();
    await transaction;
    expect(await outside).toBe(2);
  });

  it("when 200 statements are sent at once, then each gets its own answer", async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => threaded.query<{ n: number }>("SELECT $1::int4 * 2 AS n", [i])));
    expect(answers.map(([row]) => row!.n)).toEqual(Array.from({ length: 200 }, (_, i) => i * 2));
  });

  it("when a parameter cannot cross to the thread, then that statement fails and the next one is answered", async () => {
    await expect(threaded.query("SELECT $1::text AS t", [() => "not data"])).rejects.toThrow();
    expect(await threaded.query<{ t: string }>("SELECT $1::text AS t", ["data"])).toEqual([{ t: "data" }]);
  });

  it("when DATA_DIR holds no database PGlite can open, then opening fails with PGlite's error and the folder is not left locked", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "treffpunkt-broken-"));
    try {
      await mkdir(path.join(dataDir, "pglite"));
      await writeFile(path.join(dataDir, "pglite", "PG_VERSION"), "not a version\n");
      await expect(openDatabase({ dataDir, thread: true })).rejects.toThrow(/PGlite/);
      await expect(openDatabase({ dataDir, thread: true })).rejects.toThrow(/PGlite/); // not DataDirLockedError
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it("when the database is closed, then a statement is refused with an error instead of waiting for ever", async () => {
    const db = await openDatabase({ dataDir: "memory://", thread: true });
    expect(await db.query<{ one: number }>("SELECT 1 AS one", [])).toEqual([{ one: 1 }]);
    await db.close();
    await expect(db.query("SELECT 1", [])).rejects.toThrow();
  });
});
