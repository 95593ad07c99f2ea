import 'server-only';
// The channel runner: one per process that does background work. It keeps a live
// link per enabled network channel, submits from the outbox within each link's window, records
// answers, receipts and replies in batched transactions, fails queued messages over when a link
// is disabled or down, and publishes each link's state for Admin → Channels and metrics.
import type { Db } from '@/db/client';
import type { Channel as ChannelRow } from '@/db/schema/channels';
import { createChannel } from '@/lib/channels/factory';
import type { RunningChannels } from '@/lib/channels/process-runner';
import type { CarrierReceipt, Channel, InboundMessage, OutboundMessage, SubmitResult } from '@/lib/channels/types';
import { applyCarrierReceipts, applyInbound } from '@/lib/server/channels/carrier-events';
import {
  claimOutbox,
  drainToSimulator,
  failOverQueued,
  recordSubmitOutcomes,
  releaseClaims,
  type ClaimedMessage,
  type SubmitOutcome,
} from '@/lib/server/channels/outbox';
import { failoverAfterMs } from '@/lib/server/channels/routing-table';
import { metrics } from '@/lib/server/metrics';
import { stmt } from '@/lib/server/statements';

/** A receipt whose submit answer is not recorded yet is offered again for this long. */
const UNMATCHED_KEEP_MS = 120_000;
/** While busy, a round (one transaction) every 20 ms; idle, every 100 ms. */
const BUSY_TICK_MS = 20;
const IDLE_TICK_MS = 100;
/** Messages claimed ahead of the window, in windows. */
const PREFETCH_WINDOWS = 3;

interface Link {
  row: ChannelRow;
  channel: Channel;
  inFlight: number;
  /** Claimed messages waiting for a free place in the window (refilled without waiting for a tick). */
  ready: ClaimedMessage[];
  outcomes: SubmitOutcome[];
  receipts: { r: CarrierReceipt; firstSeen: number }[];
  inbound: InboundMessage[];
  /** Carrier acknowledgements due once the next flush has committed. */
  acks: (() => void)[];
  sent: number[];
  lags: number[];
}

export interface RunnerOptions {
  now?: () => Date;
  /** How often the channel table is read again (config changes, enable/disable). */
  reloadMs?: number;
  /** Create links (tests may wrap them). */
  factory?: (row: ChannelRow) => Channel | null;
}

export class ChannelRunner implements RunningChannels {
  private links = new Map<number, Link>();
  private timers: NodeJS.Timeout[] = [];
  private tickTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private busy = false;
  private now: () => Date;

  constructor(
    private db: Db,
    private opts: RunnerOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  start(): this {
    this.reload();
    this.timers.push(setInterval(() => this.reload(), this.opts.reloadMs ?? 2_000));
    this.timers.push(setInterval(() => this.publishState(), 1_000));
    this.schedule(0);
    return this;
  }

  /** Brings the links in line with the channel table. */
  reload(): void {
    if (this.stopped) return;
    const raw = this.db.$client;
    const rows = raw
      .prepare<
        unknown[],
        {
          id: number;
          name: string;
          kind: ChannelRow['kind'];
          enabled: number;
          config: string;
          sealed_secret: string | null;
          created_at: number;
          updated_at: number;
        }
      >('SELECT id, name, kind, enabled, config, sealed_secret, created_at, updated_at FROM channels')
      .all()
      .map((r): ChannelRow => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        enabled: r.enabled === 1,
        config: JSON.parse(r.config),
        sealedSecret: r.sealed_secret,
        createdAt: new Date(r.created_at),
        updatedAt: new Date(r.updated_at),
      }));
    const wanted = new Map(rows.filter((r) => r.enabled && r.kind !== 'simulator').map((r) => [r.id, r]));
    for (const [id, link] of this.links) {
      const row = wanted.get(id);
      if (!row || row.updatedAt.getTime() !== link.row.updatedAt.getTime()) {
        this.links.delete(id);
        releaseClaims(
          raw,
          link.ready.splice(0).map((m) => m.messageId),
        );
        void link.channel.stop();
        raw.prepare('DELETE FROM channel_state WHERE channel_id = ?').run(id);
      }
    }
    for (const [id, row] of wanted) {
      if (this.links.has(id)) continue;
      const channel = (this.opts.factory ?? createChannel)(row);
      if (!channel) continue;
      const link: Link = {
        row,
        channel,
        inFlight: 0,
        ready: [],
        outcomes: [],
        receipts: [],
        inbound: [],
        acks: [],
        sent: [],
        lags: [],
      };
      this.links.set(id, link);
      channel.start({
        receipts: (list, ack) => {
          const t = Date.now();
          for (const r of list) link.receipts.push({ r, firstSeen: t });
          if (ack) link.acks.push(ack);
          this.schedule(5);
        },
        inbound: (m, ack) => {
          link.inbound.push(m);
          if (ack) link.acks.push(ack);
          this.schedule(5);
        },
        state: () => this.schedule(0),
      });
    }
    const now = this.now();
    for (const r of rows) {
      // A disabled channel passes its queue on at once; the simulator takes what failed over to it.
      if (r.kind === 'simulator') drainToSimulator(raw, r.id, now);
      else if (!r.enabled) failOverQueued(raw, r.id, now);
    }
    this.publishState();
  }

  private tickDue = Infinity;

  /** Runs a tick in `ms`, unless one is already due sooner (an earlier request replaces a later one). */
  private schedule(ms: number): void {
    if (this.stopped) return;
    const due = Date.now() + ms;
    if (this.tickTimer && this.tickDue <= due) return;
    if (this.tickTimer) clearTimeout(this.tickTimer);
    this.tickDue = due;
    this.tickTimer = setTimeout(() => {
      this.tickTimer = null;
      this.tickDue = Infinity;
      this.tick();
    }, ms);
  }

  /**
   * One round in one transaction (one fsync): record what came back, fail over dead links and
   * claim more. Submits and carrier acknowledgements go out only after it commits, so a crash
   * never leaves a submit without its claim, nor an acknowledged receipt unrecorded.
   */
  private tick(): void {
    if (this.stopped || this.busy) return;
    this.busy = true;
    let active = false;
    try {
      const now = this.now();
      const acks: (() => void)[] = [];
      const toSubmit: [Link, ClaimedMessage[]][] = [];
      this.db.$client
        .transaction(() => {
          for (const link of this.links.values()) {
            active = this.flush(link, now, acks) || active;
            // Disabled in any process: nothing more goes out, claimed messages go back to the queue.
            if (!this.enabled(link.row.id)) {
              releaseClaims(
                this.db.$client,
                link.ready.splice(0).map((m) => m.messageId),
              );
              continue;
            }
            const h = link.channel.health();
            if (!h.bound) {
              if (h.downSince !== null && now.getTime() - h.downSince > failoverAfterMs())
                failOverQueued(this.db.$client, link.row.id, now);
              continue;
            }
            // Claim ahead: a few windows' worth, so the window refills between ticks.
            const room = Math.min(500, PREFETCH_WINDOWS * link.channel.window) - link.inFlight - link.ready.length;
            const claimed =
              room > 0 && this.hasDue(link.row.id, now) ? claimOutbox(this.db.$client, link.row.id, room, now) : [];
            if (claimed.length > 0) toSubmit.push([link, claimed]);
            active = active || claimed.length > 0 || link.inFlight > 0 || link.ready.length > 0;
          }
        })
        .immediate();
      for (const ack of acks) ack();
      for (const [link, claimed] of toSubmit) {
        link.ready.push(...claimed);
        this.pump(link);
      }
    } catch (err) {
      console.error('[sms-console] channel runner error', err);
    } finally {
      this.busy = false;
    }
    this.schedule(active ? BUSY_TICK_MS : IDLE_TICK_MS);
  }

  /** Fills the link's window from its claimed messages. */
  private pump(link: Link): void {
    while (
      link.inFlight < link.channel.window &&
      link.ready.length > 0 &&
      !this.stopped &&
      this.links.get(link.row.id) === link
    )
      this.submit(link, link.ready.shift()!);
  }

  /** Read every round, so a channel disabled in another process stops at once, not at the next reload. */
  private enabled(channelId: number): boolean {
    return stmt(this.db.$client, 'SELECT 1 FROM channels WHERE id = ? AND enabled = 1').get(channelId) !== undefined;
  }

  /** A cheap read before the write of a claim. */
  private hasDue(channelId: number, now: Date): boolean {
    const t = now.getTime();
    return (
      stmt(
        this.db.$client,
        `SELECT 1 FROM outbox WHERE channel_id = ? AND state = 'queued' AND next_at <= ?
         UNION ALL SELECT 1 FROM outbox WHERE channel_id = ? AND state = 'inflight' AND lease_until < ? LIMIT 1`,
      ).get(channelId, t, channelId, t) !== undefined
    );
  }

  private submit(link: Link, m: ClaimedMessage): void {
    link.inFlight++;
    const started = performance.now();
    link.channel
      .submit(m)
      .catch((err): SubmitResult => ({
        ok: false,
        kind: 'temporary',
        code: '1008',
        reason: `channel error: ${(err as Error).message}`,
      }))
      .then((result) => {
        link.inFlight--;
        link.outcomes.push({ message: m, result });
        const channel = String(link.row.id);
        metrics().submitLatency.observe({ channel }, (performance.now() - started) / 1000);
        if (result.ok) link.sent.push(Date.now());
        else metrics().submitFailures.inc({ channel, kind: result.kind });
        this.pump(link);
        this.schedule(link.outcomes.length >= 500 ? 0 : BUSY_TICK_MS);
      });
  }

  /**
   * Writes the link's buffered answers, receipts and replies (inside the caller's transaction);
   * the carrier acknowledgements they owe go to `acks`. True when it wrote anything.
   */
  private flush(link: Link, now: Date, acks: (() => void)[]): boolean {
    const raw = this.db.$client;
    const channel = String(link.row.id);
    let wrote = false;
    acks.push(...link.acks.splice(0));
    if (link.outcomes.length > 0) {
      const outcomes = link.outcomes.splice(0);
      const c = recordSubmitOutcomes(raw, link.row.id, outcomes, now);
      if (c.failed > 0) metrics().messages.inc({ status: 'failed', channel }, c.failed);
      wrote = true;
    }
    if (link.receipts.length > 0) {
      const batch = link.receipts.splice(0);
      const round = applyCarrierReceipts(
        raw,
        link.row.id,
        batch.map((b) => b.r),
        now,
      );
      for (const lag of round.lags) {
        metrics().receiptLag.observe({ channel }, lag / 1000);
        link.lags.push(lag);
      }
      if (link.lags.length > 1_000) link.lags.splice(0, link.lags.length - 1_000);
      const firstSeen = new Map(batch.map((b) => [b.r, b.firstSeen]));
      // Receipts that came before their submit answer was written wait for the next round.
      for (const r of round.unmatched)
        if (Date.now() - firstSeen.get(r)! < UNMATCHED_KEEP_MS) link.receipts.push({ r, firstSeen: firstSeen.get(r)! });
      wrote = round.finished > 0 || wrote;
    }
    if (link.inbound.length > 0) {
      applyInbound(raw, link.inbound.splice(0), now);
      wrote = true;
    }
    return wrote;
  }

  /** Writes each link's live state (bound, last error, in flight, sent per minute, receipt lag). */
  publishState(): void {
    if (this.stopped) return;
    const raw = this.db.$client;
    const upsert = raw.prepare(
      `INSERT INTO channel_state (channel_id, bound, down_since, last_error, in_flight, sent_last_minute,
        receipt_lag_ms, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (channel_id) DO UPDATE
       SET bound = excluded.bound, down_since = excluded.down_since, last_error = excluded.last_error,
       in_flight = excluded.in_flight,
         sent_last_minute = excluded.sent_last_minute, receipt_lag_ms = excluded.receipt_lag_ms, updated_at = excluded.updated_at`,
    );
    const t = Date.now();
    for (const link of this.links.values()) {
      const h = link.channel.health();
      const cut = link.sent.findIndex((s) => s > t - 60_000);
      link.sent.splice(0, cut < 0 ? link.sent.length : cut);
      const lags = [...link.lags].sort((a, b) => a - b);
      upsert.run(
        link.row.id,
        h.bound ? 1 : 0,
        h.downSince,
        h.lastError,
        link.inFlight,
        link.sent.length,
        lags.length ? lags[Math.floor(lags.length / 2)] : null,
        t,
      );
    }
  }

  /** Sends one message straight through a running link ("Send test message"); nothing is billed or stored. */
  async sendTest(channelId: number, message: OutboundMessage): Promise<SubmitResult | null> {
    const link = this.links.get(channelId);
    if (!link) return null;
    return link.channel.submit(message);
  }

  isRunning(channelId: number): boolean {
    return this.links.has(channelId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    if (this.tickTimer) clearTimeout(this.tickTimer);
    const now = this.now();
    const acks: (() => void)[] = [];
    this.db.$client.transaction(() => {
      for (const link of this.links.values()) {
        this.flush(link, now, acks);
        releaseClaims(
          this.db.$client,
          link.ready.splice(0).map((m) => m.messageId),
        );
      }
    })();
    for (const ack of acks) ack();
    await Promise.all([...this.links.values()].map((l) => l.channel.stop()));
    this.links.clear();
  }
}
