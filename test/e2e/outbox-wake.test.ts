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

  it("when channels are listened to while the listening connection is still connecting, then each hears its own notices and pg never queues on the busy connection", async () => {
    const storage = await createTestStorage();
    const a = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
    const b = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const heard: Record<string, number> = { one: 0, two: 0, three: 0 };
      b.listen("treffpunkt_test_one", () => void heard.one!++);
      b.listen("treffpunkt_test_two", () => void heard.two!++); // while the connection is being made
      await new Promise((resolve) => setImmediate(resolve));
      b.listen("treffpunkt_test_three", () => void heard.three!++);
      const heardAfter = async (channel: string) => {
        const before = heard[channel.replace("treffpunkt_test_", "")]!;
        for (let i = 0; i < 50; i++) {
          await a.notify(channel);
          await new Promise((resolve) => setTimeout(resolve, 50));
          if (heard[channel.replace("treffpunkt_test_", "")]! > before + 1) return true; // more than the "maybe missed" call
        }
        return false;
      };
      for (const channel of ["treffpunkt_test_one", "treffpunkt_test_two", "treffpunkt_test_three"]) expect(await heardAfter(channel)).toBe(true);
      expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
      await a.close();
      await b.close();
      await storage.dispose();
    }
  });
});
