// PostgreSQL extensions the migrations use. On a server they come with PostgreSQL's contrib
// package; PGlite ships them as modules that must be loaded when the database opens.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const PGLITE_EXTENSIONS = { pg_trgm };
