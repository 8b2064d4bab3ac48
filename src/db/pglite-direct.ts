// The hot path's statements on the embedded database (DirectQuery on PGlite). PGlite runs
// PostgreSQL in the app's own thread, so what PostgreSQL does per statement is the app's CPU:
// each statement text is prepared once (PREPARE) and then run as EXECUTE with its values as
// literals, over the simple query protocol (one message in, one result out). PGlite's query()
// instead sends six protocol messages per call and PostgreSQL parses and plans the statement
// every time. On the bench's city the statement every update runs (users.IDENTIFY_SQL) took
// about 700 µs that way and 300 µs this way.
//
// Values become literals through pg's escapeLiteral (quotes doubled; backslashes doubled in an
// E'' string), which PostgreSQL reads back exactly; a quoted literal takes the type of its
// parameter, as a bound value does. Values of other kinds (arrays, objects, bytes) are bound by
// PGlite's query() instead, as are texts past the cap of prepared statements.
import pg from "pg";
import { createStatementNames } from "./statement-names.ts";
import type { PGliteLike } from "./pglite-thread.ts";

/** SQLSTATE 26000: the prepared statement is gone from the session (DEALLOCATE, DISCARD). */
const NO_SUCH_STATEMENT = "26000";

/** `value` as an SQL literal, or undefined when it is not a scalar. */
export function toLiteral(value: unknown): string | undefined {
  if (value === null || value === undefined) return "NULL";
  switch (typeof value) {
    case "string":
      return pg.escapeLiteral(value);
    case "number":
    case "bigint":
    case "boolean":
      return pg.escapeLiteral(String(value));
    default:
      return value instanceof Date ? pg.escapeLiteral(value.toISOString()) : undefined;
  }
}

/** index.ts's DirectQuery (not imported from there: index.ts loads this file). */
type DirectQuery = <Row>(text: string, values: readonly unknown[]) => Promise<Row[]>;

/** Tells apart the statements of several of these on one PGlite (tests make many). */
let instances = 0;

export function createPgliteDirectQuery(pglite: PGliteLike): DirectQuery {
  const names = createStatementNames(`treffpunkt${instances++}`);
  /** Names prepared in this session, each once even when two first calls race. */
  const prepared = new Map<string, Promise<void>>();

  const prepare = (name: string, text: string): Promise<void> => {
    let done = prepared.get(name);
    if (!done) {
      done = pglite.exec(`PREPARE ${name} AS ${text}`).then(() => undefined);
      prepared.set(name, done);
      done.catch(() => prepared.delete(name));
    }
    return done;
  };

  const execute = async <Row>(name: string, text: string, literals: string[]): Promise<Row[]> => {
    await prepare(name, text);
    const [result] = await pglite.exec(literals.length ? `EXECUTE ${name}(${literals.join(", ")})` : `EXECUTE ${name}`);
    return (result?.rows ?? []) as Row[];
  };

  return async <Row>(text: string, values: readonly unknown[]): Promise<Row[]> => {
    const literals = values.map(toLiteral);
    const name = literals.every((literal) => literal !== undefined) ? names.nameOf(text) : undefined;
    if (name === undefined) return (await pglite.query<Row>(text, values as unknown[])).rows;
    try {
      return await execute<Row>(name, text, literals as string[]);
    } catch (error) {
      if ((error as { code?: string }).code !== NO_SUCH_STATEMENT) throw error;
      prepared.delete(name);
      return execute<Row>(name, text, literals as string[]);
    }
  };
}
