import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/index.ts";
import { PGLITE_DATABASE, PGLITE_SETTINGS } from "../../src/db/pglite-options.ts";
import { onPostgres } from "../support/database.ts";

type Setting = { name: string; value: string; source: string };

async function settings(db: Database): Promise<Setting[]> {
  return db.prisma.$queryRawUnsafe<Setting[]>(
    "SELECT name, current_setting(name) AS value, source FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY name",
    Object.keys(PGLITE_SETTINGS),
  );
}

const expected = Object.entries(PGLITE_SETTINGS)
  .map(([name, value]) => ({ name, value, source: "command line" }))
  .sort((a, b) => a.name.localeCompare(b.name));

describe.skipIf(onPostgres)("embedded database settings", () => {
  it("when the in-memory database opens, then it runs with the bot-sized memory settings, not PostgreSQL's", async () => {
    const db = await openDatabase({ dataDir: "memory://" });
    try {
      expect(await settings(db)).toEqual(expected);
      expect(PGLITE_SETTINGS.shared_buffers).not.toBe("128MB");
      const rows = await db.prisma.$queryRawUnsafe<{ database: string }[]>("SELECT current_database() AS database");
      expect(rows).toEqual([{ database: PGLITE_DATABASE }]);
    } finally {
      await db.close();
    }
  });

  it("when DATA_DIR's postgresql.conf asks for a server's memory, then the bot-sized settings still win", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pglite-settings-"));
    try {
      const db = await openDatabase({ dataDir });
      try {
        // initdb writes PostgreSQL's server defaults into the data directory.
        expect(await readFile(path.join(dataDir, "pglite", "postgresql.conf"), "utf8")).toMatch(/^shared_buffers = 128MB/m);
        expect(await settings(db)).toEqual(expected);
      } finally {
        await db.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
