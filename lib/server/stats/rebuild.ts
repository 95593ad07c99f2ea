import 'server-only';
import type { RawDb } from '@/db/client';
import { beijingDay } from '@/db/dialect';

const MEASURES = `count(*), sum(status != 'failed'), sum(CASE WHEN status != 'failed' THEN billable ELSE 0 END), sum(status = 'failed'),
  sum(status = 'delivered'), sum(status = 'undelivered'), sum(price_li)`;
const DAY = beijingDay('processed_at');
const COLUMNS = 'requests, submitted, billed, failed, delivered, undelivered, cost_li';

/**
 * The rollups as recomputed from the messages, one SELECT per table. `:from` is where message
 * records begin (retention purges older ones): rollups before it are kept as they are.
 */
const RECOMPUTE = {
  stats_daily: `SELECT account_id, ${DAY} AS day, region, application_id, coalesce(signature_id,
    0) AS signature_id, template_id, iso_country, ${MEASURES}
    FROM messages WHERE processed_at >= :from GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  stats_hourly: `SELECT account_id, processed_at / 3600000 AS hour, region, application_id,
    coalesce(signature_id, 0) AS signature_id, template_id, iso_country, ${MEASURES}
    FROM messages WHERE processed_at >= :from GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  stats_codes: `SELECT account_id, ${DAY} AS day, region, application_id, coalesce(signature_id, 0),
    template_id, iso_country,
    CASE WHEN status = 'failed' THEN 'failed' ELSE 'receipt' END, fail_code, count(*)
    FROM messages WHERE processed_at >= :from AND status IN ('failed', 'undelivered') AND fail_code IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
} as const;

/** The rollup rows that cover records from `:from` on (whole Beijing days: the boundary is a day start). */
const HELD: Record<keyof typeof RECOMPUTE, string> = {
  stats_daily: `day >= ${beijingDay(':from')}`,
  stats_hourly: `hour >= :from / 3600000`,
  stats_codes: `day >= ${beijingDay(':from')}`,
};

function keptFrom(raw: RawDb): number {
  const row = raw
    .prepare<unknown[], { value: string }>(`SELECT value FROM platform_settings WHERE key = 'records_kept_from'`)
    .get();
  return row ? Number(row.value) : 0;
}

const TABLE_COLUMNS = {
  stats_daily: `account_id, day, region, application_id, signature_id, template_id, iso_country, ${COLUMNS}`,
  stats_hourly: `account_id, hour, region, application_id, signature_id, template_id, iso_country, ${COLUMNS}`,
  stats_codes: 'account_id, day, region, application_id, signature_id, template_id, iso_country, kind, code, count',
} as const;

/** `npm run stats:rebuild`: replaces the rollups with what the messages imply. */
export function rebuildStats(raw: RawDb): void {
  raw
    .transaction(() => {
      const from = keptFrom(raw);
      for (const [table, select] of Object.entries(RECOMPUTE) as [keyof typeof RECOMPUTE, string][]) {
        raw.prepare(`DELETE FROM ${table} WHERE ${HELD[table]}`).run({ from });
        raw.prepare(`INSERT INTO ${table} (${TABLE_COLUMNS[table]}) ${select}`).run({ from });
      }
    })
    .immediate();
}

/** Compares the live rollups with a recomputation; returns differing rows per table (empty = agree). */
export function verifyStats(raw: RawDb): Record<string, number> {
  const out: Record<string, number> = {};
  raw.transaction(() => {
    const from = keptFrom(raw);
    for (const [table, select] of Object.entries(RECOMPUTE) as [keyof typeof RECOMPUTE, string][]) {
      const cols = TABLE_COLUMNS[table];
      // Rows that are all zero after receipts moved counts carry no information: ignore them.
      const live = `SELECT ${cols} FROM ${table} WHERE ${HELD[table]}
        AND ${table === 'stats_codes' ? 'count > 0' : 'requests > 0'}`;
      const count = (a: string, b: string) =>
        raw
          .prepare<
            unknown[],
            {
              n: number;
            }
          >(`SELECT count(*) AS n FROM (SELECT * FROM (${a}) EXCEPT SELECT * FROM (${b}))`)
          .get({ from })!.n;
      out[table] = count(live, select) + count(select, live);
    }
  })();
  return out;
}
