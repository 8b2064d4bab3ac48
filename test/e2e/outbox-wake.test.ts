// Instances on one PostgreSQL database wake each other's outbox sender with NOTIFY: a row
// queued on one starts sending on the others at once instead of at their next poll.
import { describe, expect, it } from "vitest";
import { OUTBOX_CHANNEL } from "../../src/app.ts";
import { openDatabase } from "../../src/db/index.ts";
import { createTestStorage, onPostgres } from "../support/database.ts";

describe.skipIf(!onPostgres)("outbox wake-up across instances (PostgreSQL LISTEN/NOTIFY)", () => {
  it("when one instance notifies the outbox channel, then another instance's listener is called within 2 s", async () => {
    const storage = await createTestStorage();
    const a = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
    const b = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
    try {
      let woken = 0;
      b.listen(OUTBOX_CHANNEL, () => void woken++);
      // LISTEN is set up in the background; wait until it is in place.
      for (let i = 0; i < 50 && woken === 0; i++) {
        await a.notify(OUTBOX_CHANNEL);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(woken).toBeGreaterThan(0);
      const before = woken;
      const started = performance.now();
      await a.notify(OUTBOX_CHANNEL);
      while (woken === before && performance.now() - started < 2000) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(woken).toBeGreaterThan(before);
    } finally {
      await a.close();
      await b.close();
      await storage.dispose();
    }
  });
});
