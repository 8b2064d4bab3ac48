// Prisma CLI configuration. The CLI runs fully offline with the JS engine and a driver
// adapter; an in-memory PGlite serves as the database and shadow database for
// `prisma migrate diff` (see scripts/migration-create.ts). Migrations are applied by the
// app's own runner (src/db/migrate.ts), not by `prisma migrate deploy`.
import { defineConfig } from "prisma/config";
import { createPgliteCliAdapterFactory } from "./src/db/pglite-adapter.ts";

// The schema must validate, or the CLI silently tries to download a native engine.
if (!process.env.DATABASE_URL) {
  process.env.DATABASE_URL = "postgresql://unused:unused@127.0.0.1:5432/unused";
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createPgliteCliAdapterFactory(),
});
