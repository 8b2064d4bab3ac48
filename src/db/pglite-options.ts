// How the embedded database (PGlite) is opened, in one place: the app, the Prisma CLI's
// in-memory databases and the bench's reference bot all open it with pgliteOptions().
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
// PostgreSQL extensions the migrations use. On a server they come with PostgreSQL's contrib
// package; PGlite ships them as modules that must be loaded when the database opens.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * The database inside DATA_DIR that holds the app's tables. PGlite up to 0.3 always used
 * template1; 0.4 defaults to "postgres", where a DATA_DIR made before would look empty (and
 * the migrations would run again beside the old data).
 */
export const PGLITE_DATABASE = "template1";

/**
 * PostgreSQL's memory settings sized for one bot process instead of a server. PGlite keeps its
 * shared memory inside the app's WebAssembly memory, zero-filled at start, so all of
 * shared_buffers is in the app's RSS from the first second, and WebAssembly memory never
 * shrinks. The data files are read through the operating system's page cache, which keeps the
 * hot pages anyway: on the bench's city (100,000 users, 10,000 offers, 38 MB of data) 16 MB
 * measured no slower than 32, 64 or 128 MB (npm run bench and query timings). The other
 * limits cap what one query (work_mem), an index build in a migration (maintenance_work_mem)
 * or temporary tables can add to that memory for good.
 * Given on the command line, they win over DATA_DIR's postgresql.conf, which differs by the
 * PGlite version that created it (0.3: 400 kB of shared buffers and 64 MB of WAL; 0.4: 128 MB
 * and 1 GB); the WAL sizes keep every DATA_DIR alike and its WAL on disk small.
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
