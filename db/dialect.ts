// The SQL that only SQLite speaks, in one place (docs/architecture.md, "Data access"). Queries in
// lib/server write portable SQL (standard joins, ON CONFLICT … DO NOTHING / DO UPDATE with
// `excluded`, RETURNING) and take the rest from here, so a PostgreSQL store later replaces this
// file and db/client.ts rather than every query. db/dialect.test.ts fails when SQLite-only syntax
// appears outside db/.

/**
 * `x IN ${IN_LIST}`: membership in a list bound as one parameter (`boundList(ids)`), so a
 * statement is prepared once whatever the list's length. SQLite reads the JSON array with
 * json_each; PostgreSQL would bind an array and use `= ANY(?)`.
 */
export const IN_LIST = '(SELECT value FROM json_each(?))';

/** The value to bind for an `IN_LIST` parameter (duplicates dropped). */
export function boundList(values: Iterable<string | number>): string {
  return JSON.stringify([...new Set(values)]);
}

/**
 * Pins the pending-message index (task_id, status, id). Without gathered statistics SQLite's
 * planner prefers the plain task_id index and scans a large task's sent messages; a planner
 * with statistics needs no hint, and another store would leave this empty.
 */
export const PENDING_INDEX = 'INDEXED BY messages_pending_idx';

/** A JSON-array column (e.g. an alarm contact's events) holds the bound value. */
export function jsonArrayHas(column: string): string {
  return `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`;
}

/** The first element of a JSON-array column, and the array without it (channel fail-over). */
export function jsonHead(column: string): string {
  return `json_extract(${column}, '$[0]')`;
}
export function jsonTail(column: string): string {
  return `json_remove(${column}, '$[0]')`;
}
export function jsonLength(column: string): string {
  return `json_array_length(${column})`;
}

/** The Beijing calendar day (YYYY-MM-DD, UTC+8) of an epoch-milliseconds expression. */
export function beijingDay(epochMs: string): string {
  return `date((${epochMs} + 28800000) / 1000, 'unixepoch')`;
}
