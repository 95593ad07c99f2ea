import 'server-only';
// Prepared statements kept per connection: hot paths (the channel runner runs hundreds of small
// rounds a second) prepare each SQL text once instead of on every call.
import type { RawDb, Statement } from '@/db/client';

const cache = new WeakMap<RawDb, Map<string, Statement>>();

/**
 * The connection's prepared statement for `sql`, prepared on first use, typed with the row it
 * returns (`stmt<{ n: number }>(raw, 'SELECT count(*) AS n …').get()`).
 */
export function stmt<Row = unknown>(raw: RawDb, sql: string): Statement<Row> {
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
  // One cache holds every row type; the SQL text (the key) decides what a row is.
  return s as Statement<Row>;
}
