// The database: embedded PGlite under DATA_DIR by default, a PostgreSQL server when
// DATABASE_URL is set. One Prisma schema serves both; only the driver adapter differs.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { acquireDirLock, type DirLock } from "./dir-lock.ts";
import { applyMigrations, readMigrations, type MigrationBackend } from "./migrate.ts";
import { createPgAdapterFactory } from "./pg-adapter.ts";
import type { PGliteLike } from "./pglite-thread.ts";
import { createStatementNames } from "./statement-names.ts";

export type Db = PrismaClient;

/**
 * One statement straight on the driver beneath Prisma (pg's pool, or PGlite), bypassing
 * Prisma's per-query work (about 0.4 ms of CPU per call on PostgreSQL, even for raw SQL). Only
 * for the hot path: the statement every update runs (users.ts), the conversation state
 * (conversation-state.ts) and a list page's and an offer card's reads (offers.ts); everything
 * else goes through Prisma. `text` uses $1, $2 …; each text is a prepared statement, parsed
 * and planned once per connection (statement-names.ts), so it must be a constant, with the
 * varying parts in `values`. Rows come as the driver decodes them, which differs between pg and PGlite beyond int4,
 * text, boolean and json: cast anything else in the SQL (`::text`, `IS NOT NULL`).
 */
export type DirectQuery = <Row>(text: string, values: readonly unknown[]) => Promise<Row[]>;

export type DatabaseOptions = {
  /** postgresql://… for a server; undefined for the embedded database. */
  databaseUrl?: string;
  /** Where the embedded database lives; "memory://" keeps it in memory (tests). */
  dataDir: string;
  /** Connections per instance on PostgreSQL. */
  poolSize?: number;
  /**
   * The hot path's statements prepared once per connection (default). Off for a connection
   * pooler between the app and PostgreSQL that cannot keep them (PgBouncer in transaction mode
   * before 1.21, or without max_prepared_statements): every statement is then parsed each time.
   */
  preparedStatements?: boolean;
  /**
   * The embedded database on a thread of its own (pglite-thread.ts), so that PostgreSQL's work
   * never blocks the bot's thread. Default: on for a DATA_DIR, off for "memory://" (tests,
   * where each file's database would pay for a thread's start).
   */
  thread?: boolean;
};

export type Database = {
  readonly backend: "pglite" | "postgresql";
  readonly prisma: Db;
  /** The driver beneath Prisma, for the hot path only (see DirectQuery). */
  readonly query: DirectQuery;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * Tells every instance on this database that something happened on `channel` (PostgreSQL
   * NOTIFY). The embedded database has one process: nothing to tell.
   */
  notify(channel: string): Promise<void>;
  /** Calls `onNotify` whenever an instance notifies `channel` (LISTEN on its own connection, reconnecting). */
  listen(channel: string, onNotify: () => void): void;
  /** The embedded database's thread, in MB: its JavaScript heap and PostgreSQL's WebAssembly memory. */
  threadMemoryMb?(): Promise<{ heapTotal: number; heapUsed: number; wasm: number }>;
  close(): Promise<void>;
};

// Any fixed number: it only has to be the same for every instance of this app.
const MIGRATION_LOCK_KEY = 7_340_231;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.preparedStatements ?? true)
    : openPglite(options.dataDir, options.thread ?? !options.dataDir.startsWith("memory://"));
}

const CONNECT_TIMEOUT_MS = 5_000;
const POOL_WAIT_MS = 60_000;

class QuickConnectClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === "string" ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

async function openPostgres(connectionString: string, max: number, prepare: boolean): Promise<Database> {
  // pg-pool uses connectionTimeoutMillis for two waits: opening a connection and waiting for a
  // free one. Opening one is bounded at 5 s (a database that does not answer is down), but under
  // a burst (200 sign-ups for one date queue on its row lock) waiting for a free connection may
  // take longer and must not fail the tap: it is bounded by the longest transaction wait
  // (sign-ups: 60 s), each pg.Client keeping the 5 s for its own connect.
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 10_000, connectionTimeoutMillis: POOL_WAIT_MS, Client: QuickConnectClient });
  const statements = createStatementNames("treffpunkt", prepare ? undefined : 0);
  // An idle client that loses its connection emits 'error' on the pool; unhandled, it would
  // kill the process. The next query simply gets a fresh connection.
  pool.on("error", () => {});
  // errorFormat "minimal": the default pretty format builds an Error on every call (~2% CPU).
  const prisma = new PrismaClient({ adapter: createPgAdapterFactory(pool), errorFormat: "minimal" });
  const backend: MigrationBackend = {
    async withLock(work) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        try {
          return await work({
            exec: async (sql) => void (await client.query(sql)),
            query: async (sql, params) => (await client.query(sql, params)).rows,
          });
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
  };
  // LISTEN needs a connection of its own, held for the life of the app; it reconnects when lost.
  let listener: pg.Client | undefined;
  let closing = false;
  const listeners = new Map<string, () => void>();
  // One command at a time on the listening connection: a listen() while it connects or runs
  // the LISTENs waits its turn (pg deprecates queueing on a busy client; pg 9 refuses it).
  let commands: Promise<unknown> = Promise.resolve();
  const command = (client: pg.Client, sql: string) => {
    const run = commands.then(() => client.query(sql));
    commands = run.catch(() => {});
    return run;
  };
  const connectListener = async (): Promise<void> => {
    if (closing || listeners.size === 0 || listener) return;
    const client = new QuickConnectClient({ connectionString });
    listener = client;
    const lost = () => {
      if (listener !== client) return;
      listener = undefined;
      void client.end().catch(() => {});
      if (!closing) setTimeout(() => void connectListener(), 1000).unref();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => listeners.get(message.channel)?.());
    try {
      const connected = client.connect();
      commands = connected.catch(() => {});
      await connected;
      for (const channel of listeners.keys()) await command(client, `LISTEN ${pg.escapeIdentifier(channel)}`);
      // What was sent while no connection listened is lost: every listener hears once that
      // something may have happened (the outbox looks, the screen caches forget).
      for (const onNotify of listeners.values()) onNotify();
    } catch {
      lost();
    }
  };
  return {
    backend: "postgresql",
    prisma,
    // Named: pg prepares each text once per connection, and PostgreSQL keeps its plan.
    query: async <Row>(text: string, values: readonly unknown[]) => (await pool.query({ name: statements.nameOf(text), text, values: values as unknown[] })).rows as Row[],
    migrate: async () => applyMigrations(backend, await readMigrations()),
    ping: async () => void (await prisma.$queryRaw`SELECT 1`),
    notify: async (channel) => void (await pool.query("SELECT pg_notify($1, '')", [channel])),
    listen(channel, onNotify) {
      listeners.set(channel, onNotify);
      if (listener) void command(listener, `LISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
      else void connectListener();
    },
    close: async () => {
      closing = true;
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => {});
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, thread: boolean): Promise<Database> {
  // Loaded only for the embedded database: PGlite and its adapter take ~45 MB and a few hundred
  // ms to load, which an instance on PostgreSQL does not need (the bundle keeps them in a chunk
  // of their own, scripts/build.mjs).
  const [{ PGlite }, { pgliteOptions }, { createPgliteAdapterFactory }, { createPgliteDirectQuery }, { openPgliteThread }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("./pglite-options.ts"),
    import("./pglite-adapter.ts"),
    import("./pglite-direct.ts"),
    import("./pglite-thread.ts"),
  ]);
  let lock: DirLock | undefined;
  let pglite: PGliteLike;
  const memory = dataDir.startsWith("memory://");
  if (!memory) {
    // PGlite neither creates parent directories nor locks against a second process.
    await mkdir(dataDir, { recursive: true });
    lock = await acquireDirLock(dataDir);
  }
  const location = memory ? dataDir : path.join(dataDir, "pglite");
  try {
    if (thread) {
      const { extensions: _loadedInTheWorker, ...options } = pgliteOptions();
      pglite = await openPgliteThread({ dataDir: location, options });
    } else {
      const awake = keepEventLoopAwake();
      try {
        const inProcess = new PGlite(location, pgliteOptions());
        await inProcess.waitReady;
        pglite = inProcess;
      } finally {
        clearInterval(awake);
      }
    }
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: createPgliteAdapterFactory(pglite), errorFormat: "minimal" });
  const backend: MigrationBackend = {
    // One process, one connection: PGlite runs queries one at a time anyway.
    withLock: (work) =>
      work({
        exec: async (sql) => void (await pglite.exec(sql)),
        query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
      }),
  };
  return {
    backend: "pglite",
    prisma,
    // Prepared and run over the simple protocol (pglite-direct.ts). It waits for a transaction
    // Prisma holds open (one connection, one mutex).
    query: createPgliteDirectQuery(pglite),
    migrate: async () => applyMigrations(backend, await readMigrations()),
    ping: async () => void (await prisma.$queryRaw`SELECT 1`),
    // One process: the sender is woken in process (src/app.ts).
    notify: async () => {},
    listen: () => {},
    threadMemoryMb: pglite.memory
      ? async () => {
          const bytes = await pglite.memory!();
          return { heapTotal: mb(bytes.heapTotal), heapUsed: mb(bytes.heapUsed), wasm: mb(bytes.wasm) };
        }
      : undefined,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      await lock?.release();
    },
  };
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576);

/**
 * A timer that keeps Node's event loop from running empty while PGlite starts. PGlite compiles
 * PostgreSQL's WebAssembly asynchronously, which holds no libuv handle; whenever the loop has
 * nothing to wait for, Node blocks until all of V8's background work is done, including the
 * optimizing compiler's work on that WebAssembly (nodejs/node#36616). Measured on the bench's
 * city: 150–200 ms of the start spent blocked after PGlite was ready, gone with this timer.
 */
function keepEventLoopAwake(): NodeJS.Timeout {
  return setInterval(() => {}, 1_000);
}
