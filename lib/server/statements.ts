import 'server-only';
// Prepared statements kept per connection: hot paths (the channel runner runs hundreds of small
// rounds a second) prepare each SQL text once instead of on every call.
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's prepared statement for `sql`, prepared on first use. */
export function stmt(raw: Database.Database, sql: string): Database.Statement {
  let byText = cache.get(raw);
  if (!byText) {
    byText = new Map();
    cache.set(raw, byText);
  }
  let s = byText.get(sql);
  if (!s) {
    s = raw.prepare(sql);
    byText.set(sql, s);
  }
  return s;
}
