// Names for the hot path's prepared statements (DirectQuery), one per statement text, on both
// backends: PostgreSQL then parses and plans each statement once per connection instead of on
// every call. The hot path's texts are constants, but a text built from a varying number of
// fragments would name a new statement each time; past the cap a text simply runs unprepared.

/** More than the hot path has (about ten); each prepared statement keeps its plan in the session. */
export const MAX_PREPARED_STATEMENTS = 64;

export type StatementNames = {
  /** The statement's name for `text`, or undefined when the cap is reached (run it unprepared). */
  nameOf(text: string): string | undefined;
};

export function createStatementNames(prefix: string, cap = MAX_PREPARED_STATEMENTS): StatementNames {
  const names = new Map<string, string>();
  let next = 0;
  return {
    nameOf(text) {
      let name = names.get(text);
      if (name === undefined && names.size < cap) {
        name = `${prefix}_${next++}`;
        names.set(text, name);
      }
      return name;
    },
  };
}
