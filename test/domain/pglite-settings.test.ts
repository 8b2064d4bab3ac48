// The embedded database runs with memory settings sized for a bot (src/db/pglite-options.ts),
// not PostgreSQL's defaults (128 MB of shared buffers that PGlite would keep in the process),
// and opens the database a DATA_DIR made by PGlite 0.3 holds its tables in (template1).
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/index.ts";
import { PGLITE_DATABASE, PGLITE_SETTINGS } from "../../src/db/pglite-options.ts";
import { onPostgres } from "../support/database.ts";

describe.skipIf(onPostgres)("embedded database settings", () => {
  it("when the embedded database opens, then every memory setting of pglite-options.ts is in effect, given on the command line", async () => {
    const db = await openDatabase({ dataDir: "memory://" });
    try {
      for (const [name, value] of Object.entries(PGLITE_SETTINGS)) {
        const [row] = await db.query<{ setting: string; source: string }>("SELECT current_setting($1) AS setting, source FROM pg_settings WHERE name = $1", [name]);
        expect({ name, setting: row?.setting, source: row?.source }).toEqual({ name, setting: value, source: "command line" });
      }
      const [current] = await db.query<{ name: string }>("SELECT current_database() AS name", []);
      expect(current?.name).toBe(PGLITE_DATABASE);
    } finally {
      await db.close();
    }
  });
});
