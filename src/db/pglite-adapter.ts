// pglite-prisma-adapter 0.6.1 reports every database error as kind "postgres", so a unique
// violation never becomes Prisma's P2002 and a serialization failure never becomes P2034.
// Code that relies on those (upserts racing, sign-up capacity) must behave the same on both
// backends, so this wrapper maps SQLSTATEs the way @prisma/adapter-pg does.
import { PGlite as PGliteCtor, type PGlite } from "@electric-sql/pglite";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgliteOptions } from "./pglite-options.ts";
import type { PGliteLike } from "./pglite-thread.ts";

type PgCause = { kind: "postgres"; code: string; message: string; detail?: string; column?: string };

const keyFields = (detail?: string) => detail?.match(/Key \(([^)]+)\)/)?.[1]?.split(", ");
const firstQuoted = (message: string) => message.split(" ")[1]?.split('"')[1];

function mapPostgresCause(cause: PgCause): DriverAdapterError["cause"] | undefined {
  switch (cause.code) {
    case "23505": {
      const fields = keyFields(cause.detail);
      return { kind: "UniqueConstraintViolation", constraint: fields ? { fields } : undefined };
    }
    case "23502": {
      const fields = keyFields(cause.detail);
      return { kind: "NullConstraintViolation", constraint: fields ? { fields } : undefined };
    }
    case "23503":
      return {
        kind: "ForeignKeyConstraintViolation",
        constraint: cause.column ? { fields: [cause.column] } : undefined,
      };
    case "22001":
      return { kind: "LengthMismatch", column: cause.column };
    case "22003":
      return { kind: "ValueOutOfRange", cause: cause.message };
    case "40001":
      return { kind: "TransactionWriteConflict" };
    case "42P01":
      return { kind: "TableDoesNotExist", table: firstQuoted(cause.message) };
    case "42703":
      return { kind: "ColumnNotFound", column: firstQuoted(cause.message) };
    default:
      return undefined;
  }
}

export function remapPgliteError(error: unknown): unknown {
  if (!(error instanceof DriverAdapterError) || error.cause.kind !== "postgres") return error;
  const cause = error.cause as PgCause;
  const mapped = mapPostgresCause(cause);
  if (!mapped) return error;
  return new DriverAdapterError({ ...mapped, originalCode: cause.code, originalMessage: cause.message });
}

function wrapQueryable<T extends SqlQueryable>(target: T): T {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) =>
    queryRaw(query).catch((error: unknown) => {
      throw remapPgliteError(error);
    });
  target.executeRaw = (query) =>
    executeRaw(query).catch((error: unknown) => {
      throw remapPgliteError(error);
    });
  return target;
}

function wrapAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  wrapQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    wrapQueryable<Transaction>(await startTransaction(isolationLevel));
  return adapter;
}

export function createPgliteAdapterFactory(pglite: PGliteLike): SqlMigrationAwareDriverAdapterFactory {
  // The adapter calls query, exec and transaction only: PGlite itself or its stand-in on a thread.
  const inner = new PrismaPGlite(pglite as PGlite);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wrapAdapter(await inner.connect()),
    connectToShadowDb: async () => wrapAdapter(await inner.connectToShadowDb()),
  };
}

/**
 * For the Prisma CLI only (prisma.config.ts). `prisma migrate diff --from-migrations` replays
 * each committed migration on a shadow database as one query; PGlite's extended protocol
 * refuses several statements in one query ("cannot insert multiple commands into a prepared
 * statement"), so such parameterless queries are run with the simple protocol instead. The
 * adapter's own executeScript also forgets to await; this one awaits.
 */
export function createPgliteCliAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const connect = async (pglite: PGlite) => {
    const adapter = wrapAdapter(await new PrismaPGlite(pglite).connect());
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const isMultiStatement = (error: unknown) =>
      error instanceof DriverAdapterError && /multiple commands into a prepared statement/.test(String((error.cause as { message?: string }).message));
    adapter.queryRaw = async (query) => {
      try {
        return await queryRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatement(error)) throw error;
        await pglite.exec(query.sql);
        return { columnNames: [], columnTypes: [], rows: [] };
      }
    };
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatement(error)) throw error;
        await pglite.exec(query.sql);
        return 0;
      }
    };
    adapter.executeScript = async (script) => void (await pglite.exec(script));
    return adapter;
  };
  const main = new PGliteCtor(pgliteOptions());
  // An open PGlite (0.4) keeps Node alive for up to 10 s (PostgreSQL's timer for flushing its
  // statistics), and the CLI disposes only the shadow database, never the main one. Both are
  // empty in-memory databases, so both close when the shadow is disposed, after the diff.
  const connectShadow = async () => {
    const shadow = new PGliteCtor(pgliteOptions());
    const adapter = await connect(shadow);
    adapter.dispose = async () => void (await Promise.all([shadow.close(), main.close()]));
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connect(main),
    connectToShadowDb: connectShadow,
  };
}
