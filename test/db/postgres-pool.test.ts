import { createServer, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/index.ts";
import { onPostgres } from "../support/database.ts";

// pg-pool's one timeout covers both opening a connection and waiting for a free one; the app
// keeps them apart (src/db/index.ts). Both properties take a few seconds to show.
describe.skipIf(!onPostgres)("the PostgreSQL pool's two waits", () => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("when every connection is busy for longer than the 5 s connect timeout, then a query waits its turn and succeeds", async () => {
    db = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, dataDir: "unused", poolSize: 1 });
    const busy = db.query("SELECT pg_sleep(5.6)", []);
    const started = Date.now();
    const queued = db.query<{ n: number }>("SELECT 1 AS n", []);
    await expect(queued).resolves.toEqual([{ n: 1 }]);
    await busy;
    expect(Date.now() - started).toBeGreaterThan(5_000);
  }, 20_000);

  it("when the database accepts the connection but never answers, then opening it fails after about 5 s", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      db = await openDatabase({ databaseUrl: `postgresql://postgres@127.0.0.1:${port}/test`, dataDir: "unused" });
      await expect(db.query("SELECT 1", [])).rejects.toThrow();
      const took = Date.now() - started;
      expect(took).toBeGreaterThan(4_000);
      expect(took).toBeLessThan(15_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 30_000);
});
