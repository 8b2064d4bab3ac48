// How the embedded database (PGlite) is opened, in one place: the app, the Prisma CLI's
// in-memory databases and the bench's reference bot all open it with pgliteOptions().
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
// PostgreSQL extensions the migrations use. On a server they come with PostgreSQL's contrib
// package; PGlite ships them as modules that must be loaded when the database opens.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * The database inside the data directory that holds the app's tables. PGlite up to 0.3 used
 * template1 and 0.4 defaults to "postgres": a DATA_DIR made before would open empty without this.
 */
export const PGLITE_DATABASE = "template1";

/**
 * PostgreSQL's memory settings sized for one bot process, not for a server. PGlite keeps all of
 * it in the WebAssembly memory of the app's own process, and that memory never shrinks, so
 * every buffer the database ever touches stays in the app's RSS. The data files are read
 * through the operating system's page cache, which keeps the hot pages anyway.
 * Given on the command line, so they win over the data directory's postgresql.conf (which
 * differs by the PGlite version that created it).
 */
export const PGLITE_SETTINGS = {
  shared_buffers: "16MB",
  work_mem: "2MB",
  maintenance_work_mem: "16MB",
  temp_buffers: "2MB",
  wal_buffers: "1MB",
  min_wal_size: "32MB",
  max_wal_size: "256MB",
} as const;

export const PGLITE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
];

export function pgliteOptions(): PGliteOptions<typeof PGLITE_EXTENSIONS> {
  return { extensions: PGLITE_EXTENSIONS, database: PGLITE_DATABASE, startParams: [...PGLITE_START_PARAMS] };
}
