// Applies prisma/migrations/*/migration.sql in name order, on PGlite and PostgreSQL alike.
// `prisma migrate deploy` with the JS engine is unreliable offline (see README), so this small
// runner does the same job and records each migration in Prisma's own `_prisma_migrations`
// table with the same sha256 checksum, so Prisma's CLI agrees with it on a machine that has
// internet.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../paths.ts";

/** What the runner needs from a backend: a session that allows multi-statement scripts. */
export type MigrationSession = {
  /** Runs one or more statements with the simple query protocol. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
};

export type MigrationBackend = {
  /** Runs `work` while holding a lock that keeps other instances from migrating at once. */
  withLock<T>(work: (session: MigrationSession) => Promise<T>): Promise<T>;
};

export type Migration = { name: string; sql: string; checksum: string };

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(`Migration ${migration} was changed after it was applied. Migrations are never edited after they land; add a new one instead.`);
  }
}

/** Applies what is pending and returns the names applied, oldest first. */
export async function applyMigrations(backend: MigrationBackend, migrations: Migration[]): Promise<string[]> {
  return backend.withLock(async (session) => {
    await session.exec(CREATE_TABLE);
    const rows = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) throw new MigrationChecksumError(migration.name);
        continue;
      }
      await session.exec("BEGIN");
      try {
        await session.exec(migration.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK");
        throw error;
      }
      done.push(migration.name);
    }
    return done;
  });
}
