import 'server-only';
// Prometheus metrics (`GET /api/metrics`): counters kept by the process that does the
// work, gauges read from the database when scraped (so any process can serve them).
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '@/db/client';
import { outboxDepth } from './channels/outbox';
import { PENDING_INDEX } from '@/db/dialect';

function build(db: () => Db) {
  const registry = new Registry();
  const messages = new Counter({
    name: 'sms_messages_total',
    help: 'Messages decided by status and channel (0 = failed before a channel).',
    labelNames: ['status', 'channel'] as const,
    registers: [registry],
  });
  const submitLatency = new Histogram({
    name: 'sms_submit_latency_seconds',
    help: 'Time from handing a message to a channel to the carrier answer.',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const receiptLag = new Histogram({
    name: 'sms_receipt_lag_seconds',
    help: 'Time from submit to the delivery receipt.',
    labelNames: ['channel'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const submitFailures = new Counter({
    name: 'sms_submit_failures_total',
    help: 'Submit answers other than success, by kind.',
    labelNames: ['channel', 'kind'] as const,
    registers: [registry],
  });
  const callbackFailures = new Counter({
    name: 'sms_callback_failures_total',
    help: 'Callback push attempts that were not acknowledged.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'sms_channel_up',
    help: 'Whether a channel link is bound (1) or not (0), as its runner last reported.',
    labelNames: ['channel', 'name', 'kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const rows = db()
        .$client.prepare<unknown[], { id: number; name: string; kind: string; enabled: number; bound: number | null }>(
          'SELECT c.id, c.name, c.kind, c.enabled, s.bound FROM channels c LEFT JOIN channel_state s ON s.channel_id = c.id',
        )
        .all();
      for (const r of rows)
        this.set(
          { channel: String(r.id), name: r.name, kind: r.kind },
          r.kind === 'simulator' ? r.enabled : r.enabled === 1 && r.bound === 1 ? 1 : 0,
        );
    },
  });
  new Gauge({
    name: 'sms_outbox_depth',
    help: 'Billed messages waiting for a channel, by state (queued or in flight).',
    labelNames: ['channel', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const r of outboxDepth(db().$client)) this.set({ channel: String(r.channel_id), state: r.state }, r.n);
    },
  });
  new Gauge({
    name: 'sms_pending_messages',
    help: 'Messages not yet dispatched.',
    registers: [registry],
    collect() {
      this.set(
        db()
          .$client.prepare<unknown[], { n: number }>(
            `SELECT count(*) AS n FROM messages ${PENDING_INDEX} WHERE status = 'pending'`,
          )
          .get()!.n,
      );
    },
  });
  new Gauge({
    name: 'sms_channel_receipt_lag_ms',
    help: 'Median receipt lag of each channel over its last receipts, as its runner last reported.',
    labelNames: ['channel'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const r of db()
        .$client.prepare<unknown[], { channel_id: number; receipt_lag_ms: number }>(
          'SELECT channel_id, receipt_lag_ms FROM channel_state WHERE receipt_lag_ms IS NOT NULL',
        )
        .all())
        this.set({ channel: String(r.channel_id) }, r.receipt_lag_ms);
    },
  });
  return { registry, messages, submitLatency, receiptLag, submitFailures, callbackFailures };
}

export type Metrics = ReturnType<typeof build>;
const globalForMetrics: typeof globalThis & { __smsMetrics?: Metrics; __smsMetricsDb?: () => Db } = globalThis;

/** The process's metrics; gauges read the database given by the first caller (the app's store by default). */
export function metrics(db?: () => Db): Metrics {
  if (db) globalForMetrics.__smsMetricsDb = db;
  if (!globalForMetrics.__smsMetrics) {
    globalForMetrics.__smsMetrics = build(() => {
      if (!globalForMetrics.__smsMetricsDb) throw new Error('metrics: no database');
      return globalForMetrics.__smsMetricsDb();
    });
  }
  return globalForMetrics.__smsMetrics;
}
