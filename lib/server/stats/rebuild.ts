import 'server-only';
import type Database from 'better-sqlite3';

const MEASURES = `count(*), sum(status != 'failed'), sum(CASE WHEN status != 'failed' THEN billable ELSE 0 END), sum(status = 'failed'),
  sum(status = 'delivered'), sum(status = 'undelivered'), sum(price_li)`;
const DAY = `date((processed_at + 28800000) / 1000, 'unixepoch')`;
const COLUMNS = 'requests, submitted, billed, failed, delivered, undelivered, cost_li';

/** The rollups as recomputed from the messages, one SELECT per table. */
const RECOMPUTE = {
  stats_daily: `SELECT account_id, ${DAY} AS day, region, application_id, coalesce(signature_id, 0) AS signature_id, template_id, iso_country, ${MEASURES}
    FROM messages WHERE processed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  stats_hourly: `SELECT account_id, processed_at / 3600000 AS hour, region, application_id, coalesce(signature_id, 0) AS signature_id, template_id, iso_country, ${MEASURES}
    FROM messages WHERE processed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  stats_codes: `SELECT account_id, ${DAY} AS day, region, application_id, coalesce(signature_id, 0), template_id, iso_country,
    CASE WHEN status = 'failed' THEN 'failed' ELSE 'receipt' END, fail_code, count(*)
    FROM messages WHERE processed_at IS NOT NULL AND status IN ('failed', 'undelivered') AND fail_code IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
} as const;

const TABLE_COLUMNS = {
  stats_daily: `account_id, day, region, application_id, signature_id, template_id, iso_country, ${COLUMNS}`,
  stats_hourly: `account_id, hour, region, application_id, signature_id, template_id, iso_country, ${COLUMNS}`,
  stats_codes: 'account_id, day, region, application_id, signature_id, template_id, iso_country, kind, code, count',
} as const;

/** `npm run stats:rebuild`: replaces the rollups with what the messages imply. */
export function rebuildStats(raw: Database.Database): void {
  raw.transaction(() => {
    for (const [table, select] of Object.entries(RECOMPUTE)) {
      raw.exec(`DELETE FROM ${table}`);
      raw.exec(`INSERT INTO ${table} (${TABLE_COLUMNS[table as keyof typeof TABLE_COLUMNS]}) ${select}`);
    }
  }).immediate();
}

/** Compares the live rollups with a recomputation; returns differing rows per table (empty = agree). */
export function verifyStats(raw: Database.Database): Record<string, number> {
  const out: Record<string, number> = {};
  raw.transaction(() => {
    for (const [table, select] of Object.entries(RECOMPUTE)) {
      const cols = TABLE_COLUMNS[table as keyof typeof TABLE_COLUMNS];
      // Rows that are all zero after receipts moved counts carry no information: ignore them.
      const live = `SELECT ${cols} FROM ${table}${table === 'stats_codes' ? ' WHERE count > 0' : ' WHERE requests > 0'}`;
      const count = (a: string, b: string) => (raw.prepare(`SELECT count(*) AS n FROM (SELECT * FROM (${a}) EXCEPT SELECT * FROM (${b}))`).get() as { n: number }).n;
      out[table] = count(live, select) + count(select, live);
    }
  })();
  return out;
}
