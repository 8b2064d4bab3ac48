// A real database per test file: in-memory PGlite by default, a fresh PostgreSQL database
// when TEST_DATABASE_URL is set (CI runs the suite both ways).
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/index.ts";

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Where an app under test keeps its data: a fresh PostgreSQL database or a temp DATA_DIR. */
export type TestStorage = { env: { DATABASE_URL?: string; DATA_DIR: string }; dispose(): Promise<void> };

export async function createTestStorage(): Promise<TestStorage> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "treffpunkt-test-"));
  if (!onPostgres) {
    return { env: { DATA_DIR: dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  const name = `treffpunkt_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.href, DATA_DIR: dataDir },
    async dispose() {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = Database & {
  /** Empties every table but the reference data that migrations load (categories). Call in beforeEach. */
  reset(): Promise<void>;
  dispose(): Promise<void>;
};

/** A migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const storage = onPostgres ? await createTestStorage() : undefined;
  // TEST_PGLITE_THREAD=1: the in-memory databases on a thread too, as a DATA_DIR's is in the app.
  const db = await openDatabase({ databaseUrl: storage?.env.DATABASE_URL, dataDir: "memory://", thread: process.env.TEST_PGLITE_THREAD === "1" });
  await db.migrate();
  const tables = (
    await db.prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'categories')`
  ).map((row) => `"${row.tablename}"`);
  return Object.assign(db, {
    async reset() {
      if (tables.length) await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
    },
    async dispose() {
      await db.close();
      await storage?.dispose();
    },
  });
}

/**
 * Runs `work` and counts the queries it sent to a pg connection that was still busy with an
 * earlier one (pg 8 queues them and warns; pg 9 will refuse them). Always 0 on PGlite.
 */
export async function watchOverlappingQueries(work: () => Promise<unknown>): Promise<number> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const busy = new WeakMap<object, number>();
  let overlaps = 0;
  proto.query = function (this: object, ...args: unknown[]) {
    const inFlight = busy.get(this) ?? 0;
    if (inFlight > 0) overlaps++;
    busy.set(this, inFlight + 1);
    let ended = false;
    const done = () => {
      if (!ended) busy.set(this, (busy.get(this) ?? 1) - 1);
      ended = true;
    };
    // pg ends a query through its callback (pool.query passes one) or its promise.
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (...results: unknown[]) => (done(), (last as (...a: unknown[]) => unknown)(...results));
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).then(done, done);
    else done();
    return result;
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return overlaps;
}
