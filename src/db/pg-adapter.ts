// @prisma/adapter-pg runs a transaction on one pooled pg connection, and Prisma's query
// interpreter sends the statements of some plans at once: a createMany too big for one
// statement (PostgreSQL takes at most 32,767 parameters) becomes several, run with Promise.all.
// pg 8 queues them on the busy connection with a deprecation warning; pg 9 refuses them. This
// wrapper sends a transaction's statements one after the other, which is what pg's queue did.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type pg from "pg";

function oneAtATime(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = last.then(run);
    last = next.catch(() => {});
    return next;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => inTurn(() => queryRaw(query));
  tx.executeRaw = (query) => inTurn(() => executeRaw(query));
  return tx;
}

function withSerialTransactions<T extends SqlDriverAdapter>(adapter: T): T {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => oneAtATime(await startTransaction(isolationLevel));
  return adapter;
}

export function createPgAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg(pool);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withSerialTransactions(await inner.connect()),
    connectToShadowDb: async () => withSerialTransactions(await inner.connectToShadowDb()),
  };
}
