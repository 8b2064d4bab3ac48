// The embedded database on a thread of its own. PGlite runs PostgreSQL (WebAssembly) on the
// thread that calls it, and every statement blocks that thread until PostgreSQL is done: on the
// bot's thread, a tap waited behind every other tap's queries, the listing's load and each
// checkpoint. Here PGlite lives in a worker thread (pglite-worker.ts) and this side stands in
// for it with the part of PGlite's interface the app uses (query, exec, transaction, close):
// one message per statement, the rows parsed in the worker, as PGlite would have parsed them.
//
// Parsers are functions and cannot cross threads, so a query names its row parsers: PGlite's
// own (no `parsers` option) or the Prisma adapter's (the one object pglite-prisma-adapter passes
// on every query, found by the same probe on both sides: prismaParsers()).
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { messages, type PGlite, type PGliteOptions, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** What the app calls on an embedded database: PGlite itself, or this stand-in for one on a thread. */
export type PGliteLike = Pick<PGlite, "query" | "exec" | "transaction" | "close"> & { memory?(): Promise<ThreadMemory> };

export type ParserSet = "pglite" | "prisma";

/** The row parsers pglite-prisma-adapter passes with every query, captured from a probe query. */
export async function prismaParsers(): Promise<NonNullable<QueryOptions["parsers"]>> {
  let captured: QueryOptions["parsers"];
  const probe = {
    query: async (_sql: string, _params: unknown[], options: QueryOptions) => {
      captured = options.parsers;
      return { rows: [], fields: [], affectedRows: 0 };
    },
  };
  const adapter = await new PrismaPGlite(probe as unknown as PGlite).connect();
  await adapter.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
  if (!captured) throw new Error("pglite-prisma-adapter passed no parsers: pglite-thread.ts needs updating");
  return captured;
}

/** Main thread → worker. `tx`: the open transaction's id, when the statement belongs to one. */
export type Request =
  | { id: number; op: "query"; sql: string; params: unknown[]; rowMode?: "array" | "object"; parsers: ParserSet; tx?: number }
  | { id: number; op: "exec"; sql: string; tx?: number }
  | { id: number; op: "begin" }
  | { id: number; op: "commit" | "rollback"; tx: number }
  | { id: number; op: "close" }
  | { id: number; op: "memory" };

/** The thread's memory in bytes: its JavaScript heap, and PostgreSQL's WebAssembly memory. */
export type ThreadMemory = { heapTotal: number; heapUsed: number; wasm: number };

/** An error as it crosses the thread: PostgreSQL's fields kept, so `code` and `detail` still work. */
export type SentError = { database: boolean; message: string; fields: Record<string, unknown> };

/** Worker → main thread. id 0: the database is open (or failed to open). */
export type Response = { id: number; ok: true; result?: unknown } | { id: number; ok: false; error: SentError };

export type WorkerStart = { dataDir: string; options: Omit<PGliteOptions, "extensions"> };

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { database: false, message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    // PGlite adds the query, its parameters and options: the parameters may not be cloneable.
    if (key === "query" || key === "params" || key === "queryOptions" || typeof value === "function") continue;
    fields[key] = value;
  }
  return { database: error instanceof messages.DatabaseError, message: error.message, fields };
}

function revive(sent: SentError): Error {
  const error = sent.database ? new messages.DatabaseError(sent.message, 0, "error") : new Error(sent.message);
  return Object.assign(error, sent.fields);
}

/**
 * The worker's JavaScript heap: PostgreSQL's own memory is WebAssembly memory, outside it; the
 * heap holds PGlite's glue and each result until it is sent. V8 would otherwise let the young
 * generation grow as on the main thread.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Starts the worker: the bundle's entry beside dist/main.mjs, or (tests, tsx) the TypeScript
 * beside this file, through tsx's loader, which a worker does not inherit from its parent.
 */
function startWorker(workerData: WorkerStart): Worker {
  if (import.meta.url.endsWith(".mjs")) {
    // This module is dist/main.mjs or one of dist/chunks/*.mjs; the worker is dist/pglite-worker.mjs.
    const dist = import.meta.url.includes("/chunks/") ? new URL("../", import.meta.url) : new URL("./", import.meta.url);
    return new Worker(new URL("pglite-worker.mjs", dist), { workerData, resourceLimits: WORKER_LIMITS });
  }
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = new URL("./pglite-worker.ts", import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData, resourceLimits: WORKER_LIMITS });
}

/**
 * Opens PGlite on `dataDir` in a worker thread; resolves when it is ready. Like PGlite in the
 * process, the thread keeps the process alive only while a statement is under way.
 */
export async function openPgliteThread(start: WorkerStart): Promise<PGliteLike> {
  const prisma = await prismaParsers();
  const worker = startWorker(start);
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let failed: Error | undefined;
  const ready = new Promise<void>((resolve, reject) => pending.set(0, { resolve: () => resolve(), reject }));
  worker.on("message", (response: Response) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(revive(response.error));
  });
  const fail = (error: Error) => {
    failed ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  let closing = false;
  let opened = false;
  /**
   * The thread died (PostgreSQL aborted, out of memory): the database cannot come back inside
   * this process, so the process ends and its supervisor (systemd, Docker) starts it
   * again, as after a crash. Before it is open, openPgliteThread() rejects instead.
   */
  const died = (error: Error) => {
    fail(error);
    if (opened && !closing) {
      setImmediate(() => {
        throw error;
      });
    }
  };
  worker.on("error", (error) => died(new Error(`the embedded database's thread failed: ${error.message}`, { cause: error })));
  worker.on("exit", (code) => died(new Error(`the embedded database's thread stopped (exit code ${code})`)));

  type Unsent = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;
  const call = <T>(request: Unsent): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        worker.postMessage({ ...request, id });
      } catch (error) {
        pending.delete(id); // a parameter that cannot be cloned (DataCloneError)
        reject(error as Error);
      }
    });
  };

  const parserSet = (options?: QueryOptions): ParserSet => {
    if (!options?.parsers) return "pglite";
    if (options.parsers === prisma) return "prisma";
    throw new Error("the embedded database's thread knows PGlite's and the Prisma adapter's row parsers only");
  };
  const unsupported = (options?: QueryOptions) => {
    if (options?.serializers || options?.blob || options?.paramTypes || options?.onNotice) throw new Error("this query option is not supported on the embedded database's thread");
  };
  const query = <T>(tx: number | undefined) => async (sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    unsupported(options);
    return call<Results<T>>({ op: "query", sql, params, rowMode: options?.rowMode, parsers: parserSet(options), tx });
  };
  const exec = (tx: number | undefined) => async (sql: string, options?: QueryOptions): Promise<Results[]> => {
    unsupported(options);
    return call<Results[]>({ op: "exec", sql, tx });
  };

  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  opened = true;
  worker.unref(); // only pending calls keep the process alive, as an in-process PGlite would
  let inFlight = 0;
  const track = async <T>(work: Promise<T>): Promise<T> => {
    if (inFlight++ === 0) worker.ref();
    try {
      return await work;
    } finally {
      if (--inFlight === 0) worker.unref();
    }
  };

  const remote: PGliteLike = {
    query: ((sql: string, params?: unknown[], options?: QueryOptions) => track(query(undefined)(sql, params, options))) as PGlite["query"],
    exec: (sql, options) => track(exec(undefined)(sql, options)),
    transaction: (async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
      return track(
        (async () => {
          const txId = await call<number>({ op: "begin" });
          let closed = false;
          const open = () => {
            if (closed) throw new Error("Transaction is closed");
          };
          const tx = {
            query: async (sql: string, params?: unknown[], options?: QueryOptions) => (open(), query(txId)(sql, params, options)),
            exec: async (sql: string, options?: QueryOptions) => (open(), exec(txId)(sql, options)),
            rollback: async () => {
              open();
              closed = true;
              await call({ op: "rollback", tx: txId });
            },
            sql: () => Promise.reject(new Error("tx.sql is not supported on the embedded database's thread")),
            listen: () => Promise.reject(new Error("LISTEN is not supported on the embedded database's thread")),
            get closed() {
              return closed;
            },
          } as unknown as Transaction;
          try {
            const result = await work(tx);
            if (!closed) {
              closed = true;
              await call({ op: "commit", tx: txId });
            }
            return result;
          } catch (error) {
            if (!closed) {
              closed = true;
              await call({ op: "rollback", tx: txId }).catch(() => {});
            }
            throw error;
          }
        })(),
      );
    }) as PGlite["transaction"],
    memory: () => track(call<ThreadMemory>({ op: "memory" })),
    close: async () => {
      if (failed) return;
      closing = true;
      worker.ref();
      try {
        await call({ op: "close" });
      } finally {
        await worker.terminate();
      }
    },
  };
  return remote;
}
