// npm run db:migration:create -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// committed migrations to prisma/schema.prisma. Works offline: `prisma migrate diff` runs on
// the JS engine against an in-memory PGlite shadow database (prisma.config.ts).
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { MIGRATIONS_DIR } from "../src/db/migrate.ts";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_offers)");
  process.exit(1);
}

const prisma = path.resolve(import.meta.dirname, "../node_modules/.bin/prisma");
const { stdout } = await promisify(execFile)(
  prisma,
  ["migrate", "diff", "--from-migrations", MIGRATIONS_DIR, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { maxBuffer: 64 * 1024 * 1024 },
);

const statements = stdout.split("\n").filter((line) => line.trim() && !line.trim().startsWith("--"));
if (statements.length === 0) {
  console.log("The schema matches the migrations; nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), stdout);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then commit it.`);
