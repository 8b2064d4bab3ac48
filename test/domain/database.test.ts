import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, MigrationChecksumError, readMigrations, type MigrationBackend } from "../../src/db/migrate.ts";
import { openDatabase } from "../../src/db/index.ts";
import { DataDirLockedError } from "../../src/db/dir-lock.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { onPostgres } from "../support/database.ts";
import { useTestDatabase } from "../support/services.ts";

describe("database", () => {
  const db = useTestDatabase({ reset: false });

  it("when migrations already ran, then running them again applies nothing", async () => {
    expect(await db.migrate()).toEqual([]);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    const files = await readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
  });

  it("when a unique key is violated, then Prisma reports P2002 on this backend too", async () => {
    await db.prisma.user.create({ data: { telegramId: 5n } });
    const error = await db.prisma.user.create({ data: { telegramId: 5n } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("when an applied migration file was edited, then migrating refuses with a clear error", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "20260101000000_a"));
    await writeFile(path.join(dir, "20260101000000_a", "migration.sql"), 'CREATE TABLE "edited_probe" (id int);');
    const applied = new Map<string, string>();
    const backend: MigrationBackend = {
      withLock: (work) =>
        work({
          exec: async () => {},
          query: async <Row>(sql: string, params?: unknown[]) => {
            if (sql.startsWith("INSERT")) applied.set(String(params?.[2]), String(params?.[1]));
            return (sql.startsWith("SELECT") ? [...applied].map(([migration_name, checksum]) => ({ migration_name, checksum })) : []) as Row[];
          },
        }),
    };
    expect(await applyMigrations(backend, await readMigrations(dir))).toEqual(["20260101000000_a"]);

    await writeFile(path.join(dir, "20260101000000_a", "migration.sql"), 'CREATE TABLE "edited_probe" (id bigint);');
    await expect(applyMigrations(backend, await readMigrations(dir))).rejects.toBeInstanceOf(MigrationChecksumError);
    await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(onPostgres)("when a second process holds the embedded data directory, then opening it is refused", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "locked-"));
    await writeFile(path.join(dataDir, "treffpunkt.lock"), String(process.ppid)); // a live process that is not us

    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    await rm(dataDir, { recursive: true, force: true });
  });

  it.skipIf(onPostgres)("when a lock file was left by a dead process, then the embedded database opens and persists data", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "stale-"));
    await writeFile(path.join(dataDir, "treffpunkt.lock"), "999999");

    const first = await openDatabase({ dataDir });
    await first.migrate();
    await first.prisma.user.create({ data: { telegramId: 7n, locale: "uk" } });
    await first.close();

    const second = await openDatabase({ dataDir });
    expect(await second.migrate()).toEqual([]);
    expect((await second.prisma.user.findUniqueOrThrow({ where: { telegramId: 7n } })).locale).toBe("uk");
    await second.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});
