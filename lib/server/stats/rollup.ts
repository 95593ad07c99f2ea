import 'server-only';
import type { RawDb } from '@/db/client';
import { beijingDateKey } from '@/lib/domain/time';

export interface StatDims {
  accountId: number;
  region: 'mainland' | 'international';
  applicationId: number;
  signatureId: number | null;
  templateId: number;
  isoCountry: string;
  /** The request time (ms): the message's processed_at. */
  at: number;
}

/** A message row's rollup dimensions, at `at` (its processed_at). */
export function dimsOfMessage(
  m: {
    account_id: number;
    region: 'mainland' | 'international';
    application_id: number;
    signature_id: number | null;
    template_id: number;
    iso_country: string;
  },
  at: number,
): StatDims {
  return {
    accountId: m.account_id,
    region: m.region,
    applicationId: m.application_id,
    signatureId: m.signature_id,
    templateId: m.template_id,
    isoCountry: m.iso_country,
    at,
  };
}

export interface StatMeasures {
  requests?: number;
  submitted?: number;
  billed?: number;
  failed?: number;
  delivered?: number;
  undelivered?: number;
  costLi?: number;
}

const FIELDS = ['requests', 'submitted', 'billed', 'failed', 'delivered', 'undelivered', 'costLi'] as const;
type Row = { dims: StatDims; period: string | number } & Required<StatMeasures>;

const dayCache = new Map<number, string>();
/** The Beijing day of an instant, memoised per hour (a batch spans few hours). */
function dayOf(ms: number): string {
  const hour = Math.floor(ms / 3_600_000);
  let d = dayCache.get(hour);
  if (d === undefined) {
    d = beijingDateKey(new Date(hour * 3_600_000));
    if (dayCache.size > 10_000) dayCache.clear();
    dayCache.set(hour, d);
  }
  return d;
}

/**
 * Collects rollup changes of one transaction in memory and writes them as a few upserts
 * (docs/conventions.md #10: the rollups change in the same transaction as the messages).
 */
export class StatsBatch {
  private daily = new Map<string, Row>();
  private hourly = new Map<string, Row>();
  private codes = new Map<
    string,
    { dims: StatDims; day: string; kind: 'failed' | 'receipt'; code: string; count: number }
  >();

  /** Daily and hourly rows of one dimension key and hour, found with one lookup per message. */
  private pairs = new Map<string, [Row, Row]>();

  add(dims: StatDims, m: StatMeasures): void {
    const hour = Math.floor(dims.at / 3_600_000);
    const pairKey = `${dims.accountId}|${dims.region}|${dims.applicationId}|${dims.signatureId ?? 0}|${dims.templateId}|${dims.isoCountry}|${hour}`;
    let pair = this.pairs.get(pairKey);
    if (!pair) {
      pair = [this.row(this.daily, dims, dayOf(dims.at)), this.row(this.hourly, dims, hour)];
      this.pairs.set(pairKey, pair);
    }
    for (const row of pair) {
      row.requests += m.requests ?? 0;
      row.submitted += m.submitted ?? 0;
      row.billed += m.billed ?? 0;
      row.failed += m.failed ?? 0;
      row.delivered += m.delivered ?? 0;
      row.undelivered += m.undelivered ?? 0;
      row.costLi += m.costLi ?? 0;
    }
  }

  private row(map: Map<string, Row>, dims: StatDims, period: string | number): Row {
    const key = `${dims.accountId}|${dims.region}|${dims.applicationId}|${dims.signatureId ?? 0}|${dims.templateId}|${dims.isoCountry}|${period}`;
    let row = map.get(key);
    if (!row) {
      row = { dims, period, requests: 0, submitted: 0, billed: 0, failed: 0, delivered: 0, undelivered: 0, costLi: 0 };
      map.set(key, row);
    }
    return row;
  }

  addCode(dims: StatDims, kind: 'failed' | 'receipt', code: string): void {
    const day = dayOf(dims.at);
    const key = `${dims.accountId}|${dims.region}|${dims.applicationId}|${dims.signatureId ?? 0}|${dims.templateId}|${dims.isoCountry}|${day}|${kind}|${code}`;
    const c = this.codes.get(key);
    if (c) c.count++;
    else this.codes.set(key, { dims, day, kind, code, count: 1 });
  }

  /** Writes everything collected; call inside the transaction that changed the messages. */
  flush(raw: RawDb): void {
    const measures = 'requests, submitted, billed, failed, delivered, undelivered, cost_li';
    const update = FIELDS.map((f) =>
      f === 'costLi' ? 'cost_li = cost_li + excluded.cost_li' : `${f} = ${f} + excluded.${f}`,
    ).join(', ');
    for (const [table, period, map] of [
      ['stats_daily', 'day', this.daily],
      ['stats_hourly', 'hour', this.hourly],
    ] as const) {
      if (map.size === 0) continue;
      const stmt = raw.prepare(
        `INSERT INTO ${table} (account_id, ${period}, region, application_id, signature_id, template_id,
          iso_country, ${measures}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id, region, ${period}, application_id, signature_id, template_id, iso_country)
         DO UPDATE SET ${update}`,
      );
      for (const r of map.values()) {
        const d = r.dims;
        stmt.run(
          d.accountId,
          r.period,
          d.region,
          d.applicationId,
          d.signatureId ?? 0,
          d.templateId,
          d.isoCountry,
          r.requests,
          r.submitted,
          r.billed,
          r.failed,
          r.delivered,
          r.undelivered,
          r.costLi,
        );
      }
    }
    if (this.codes.size > 0) {
      const stmt = raw.prepare(
        `INSERT INTO stats_codes (account_id, day, region, application_id, signature_id, template_id,
          iso_country, kind, code, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id, region, day, kind, code, application_id, signature_id, template_id,
         iso_country) DO UPDATE SET count = count + excluded.count`,
      );
      for (const c of this.codes.values()) {
        const d = c.dims;
        stmt.run(
          d.accountId,
          c.day,
          d.region,
          d.applicationId,
          d.signatureId ?? 0,
          d.templateId,
          d.isoCountry,
          c.kind,
          c.code,
          c.count,
        );
      }
    }
  }
}
