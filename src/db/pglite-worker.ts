// The embedded database's thread (see pglite-thread.ts): opens PGlite and answers one message
// per statement. Messages are handled as they come, not one after the other: a statement outside
// the open transaction waits for PGlite's own lock until the commit, which must still get through.
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type QueryOptions, type Transaction } from "@electric-sql/pglite";
import { PGLITE_EXTENSIONS } from "./pglite-options.ts";
import { prismaParsers, sendableError, type Request, type Response, type ThreadMemory, type WorkerStart } from "./pglite-thread.ts";

const start = workerData as WorkerStart;
const port = parentPort!;
const reply = (response: Response) => port.postMessage(response);

/** See keepEventLoopAwake() in index.ts: the same stall while PostgreSQL's WebAssembly compiles. */
const awake = setInterval(() => {}, 1_000);
let pglite: PGlite;
try {
  pglite = new PGlite(start.dataDir, { ...start.options, extensions: PGLITE_EXTENSIONS });
  await pglite.waitReady;
} catch (error) {
  reply({ id: 0, ok: false, error: sendableError(error) });
  await new Promise(() => {}); // the main thread ends this thread once it has the error
} finally {
  clearInterval(awake);
}
const parsers: Record<string, QueryOptions> = { pglite: {}, prisma: { parsers: await prismaParsers() } };

/** Open transactions by id: PGlite's transaction object, what ends its callback, and its outcome. */
const transactions = new Map<number, { tx: Transaction; end(): void; done: Promise<unknown> }>();
let nextTx = 1;

function begin(): Promise<number> {
  return new Promise((resolve, reject) => {
    const id = nextTx++;
    let started = false;
    const done = pglite.transaction(
      (tx) =>
        new Promise<void>((end) => {
          started = true;
          transactions.set(id, { tx, end, done });
          resolve(id);
        }),
    );
    done.catch((error: unknown) => {
      if (!started) reject(error); // BEGIN failed; after it, commit or rollback reports the error
    });
  });
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case "query": {
      const target = request.tx === undefined ? pglite : transactions.get(request.tx)?.tx;
      if (!target) throw new Error("Transaction is closed");
      return target.query(request.sql, request.params, { ...parsers[request.parsers], rowMode: request.rowMode });
    }
    case "exec": {
      const target = request.tx === undefined ? pglite : transactions.get(request.tx)?.tx;
      if (!target) throw new Error("Transaction is closed");
      return target.exec(request.sql);
    }
    case "begin":
      return begin();
    case "commit":
    case "rollback": {
      const open = transactions.get(request.tx);
      if (!open) throw new Error("Transaction is closed");
      transactions.delete(request.tx);
      if (request.op === "rollback") await open.tx.rollback();
      open.end(); // PGlite commits when the callback returns, unless it was rolled back
      await open.done;
      return undefined;
    }
    case "close":
      await pglite.close();
      return undefined;
    case "memory": {
      const heap = getHeapStatistics();
      const wasm = (pglite.Module as { HEAP8?: Int8Array }).HEAP8?.byteLength ?? 0;
      return { heapTotal: heap.total_heap_size, heapUsed: heap.used_heap_size, wasm } satisfies ThreadMemory;
    }
  }
}

port.on("message", (request: Request) => {
  handle(request).then(
    (result) => reply({ id: request.id, ok: true, result }),
    (error: unknown) => reply({ id: request.id, ok: false, error: sendableError(error) }),
  );
});
reply({ id: 0, ok: true });
