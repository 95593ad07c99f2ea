import 'server-only';
// An SMPP 3.4 carrier link over the `smpp` package: bind transceiver, enquire_link,
// reconnect with backoff, a window of outstanding submits and a messages-per-second cap.
import * as smpp from 'smpp';
import { encodeSms } from '@/lib/domain/channels/smpp-encoding';
import { parseReceipt } from '@/lib/domain/channels/receipt';
import { classifySubmitStatus, LINK_FAILURE } from '@/lib/domain/channels/smsc-status';
import { RateLimiter } from './rate';
import type { Channel, ChannelEvents, ChannelHealth, OutboundMessage, SubmitResult } from './types';

export interface SmppConfig {
  host: string;
  port: number;
  systemId: string;
  password: string;
  systemType: string;
  /** Messages per second (parts count one each); 0 = no cap. */
  maxPerSecond: number;
  /** Outstanding submit_sm at once. */
  window: number;
  /** source_addr when the message has no Sender ID of its own. */
  sourceAddr: string;
  enquireLinkMs?: number;
  submitTimeoutMs?: number;
}

const ESM_RECEIPT = 0x04;
const MAX_BACKOFF_MS = 30_000;

/** TON/NPI of a source address: alphanumeric (5/0), international number (1/1), or none. */
function sourceTon(addr: string): { source_addr_ton: number; source_addr_npi: number } {
  if (addr === '') return { source_addr_ton: 0, source_addr_npi: 0 };
  if (/^\+?\d+$/.test(addr)) return { source_addr_ton: 1, source_addr_npi: 1 };
  return { source_addr_ton: 5, source_addr_npi: 0 };
}

function messageText(value: unknown): { text: string; concat: { ref: number; total: number; seq: number } | null } {
  if (typeof value === 'string') return { text: value, concat: null };
  if (value && typeof value === 'object' && 'message' in value) {
    const v = value as { message: unknown; udh?: Buffer[] };
    const text =
      typeof v.message === 'string' ? v.message : Buffer.isBuffer(v.message) ? v.message.toString('latin1') : '';
    const udh = v.udh?.find((u) => u[0] === 0x00 || u[0] === 0x08);
    if (!udh) return { text, concat: null };
    return udh[0] === 0x00
      ? { text, concat: { ref: udh[2], total: udh[3], seq: udh[4] } }
      : { text, concat: { ref: (udh[2] << 8) | udh[3], total: udh[4], seq: udh[5] } };
  }
  if (Buffer.isBuffer(value)) return { text: value.toString('latin1'), concat: null };
  return { text: '', concat: null };
}

export class SmppChannel implements Channel {
  readonly window: number;
  private session: smpp.Session | null = null;
  private bound = false;
  private downSince: number | null = Date.now();
  private lastError: string | null = null;
  private pending = new Set<(r: SubmitResult & { id?: string }) => void>();
  private events: ChannelEvents | null = null;
  private stopped = false;
  private backoff = 1_000;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private rate: RateLimiter;
  private inbound = new Map<string, { parts: string[]; got: number; at: number }>();

  constructor(
    readonly id: number,
    private config: SmppConfig,
  ) {
    this.window = Math.max(1, config.window);
    this.rate = new RateLimiter(config.maxPerSecond);
  }

  start(events: ChannelEvents): void {
    this.events = events;
    this.connect();
  }

  private setError(message: string): void {
    this.lastError = message;
    this.events?.state();
  }

  private connect(): void {
    if (this.stopped) return;
    const session = smpp.connect({
      host: this.config.host,
      port: this.config.port,
      auto_enquire_link_period: this.config.enquireLinkMs ?? 30_000,
    });
    this.session = session;
    session.on('connect', () => {
      (session.bind_transceiver as (o: object, cb: (pdu: smpp.PDU) => void) => void)(
        {
          system_id: this.config.systemId,
          password: this.config.password,
          system_type: this.config.systemType,
          interface_version: 0x34,
        },
        (pdu) => {
          if (pdu.command_status !== 0) {
            this.setError(`bind refused (command_status 0x${pdu.command_status.toString(16)})`);
            session.close();
            return;
          }
          this.bound = true;
          this.downSince = null;
          this.backoff = 1_000;
          this.events?.state();
        },
      );
    });
    session.on('deliver_sm', (pdu: smpp.PDU) => this.onDeliver(session, pdu));
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('error', (err: Error) => this.setError(err.message));
    session.on('close', () => {
      if (this.session !== session) return;
      this.session = null;
      this.bound = false;
      this.downSince ??= Date.now();
      // Submits outstanding on a dropped link have no answer: they go back to the queue.
      for (const resolve of [...this.pending])
        resolve({ ok: false, ...LINK_FAILURE, reason: 'link dropped before the SMSC answered' });
      this.pending.clear();
      this.events?.state();
      if (this.stopped) return;
      this.reconnectTimer = setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(MAX_BACKOFF_MS, this.backoff * 2);
    });
  }

  private onDeliver(session: smpp.Session, pdu: smpp.PDU): void {
    // deliver_sm_resp only after the runner committed what it carried: an SMSC sends an
    // unanswered receipt again, so a crash in between loses nothing.
    const ack = () => session.send(pdu.response());
    const esm = Number(pdu.esm_class ?? 0);
    const body = messageText(
      pdu.short_message && (typeof pdu.short_message === 'string' ? pdu.short_message.length : 1)
        ? pdu.short_message
        : pdu.message_payload,
    );
    if (esm & ESM_RECEIPT) {
      const r = parseReceipt(body.text, {
        receiptedMessageId:
          typeof pdu.receipted_message_id === 'string' && pdu.receipted_message_id !== ''
            ? pdu.receipted_message_id
            : undefined,
        messageState: typeof pdu.message_state === 'number' && pdu.message_state > 0 ? pdu.message_state : undefined,
      });
      if (r) this.events?.receipts([{ carrierId: r.id, delivered: r.delivered, code: r.code, at: Date.now() }], ack);
      else ack();
      return;
    }
    const from = String(pdu.source_addr ?? '').replace(/^\+/, '');
    const to = String(pdu.destination_addr ?? '');
    if (!body.concat || body.concat.total <= 1) {
      this.events?.inbound({ from, to, text: body.text, at: Date.now() }, ack);
      return;
    }
    ack();
    // A long reply comes in parts: hold them until the last one arrives.
    const key = `${from}|${body.concat.ref}`;
    const entry = this.inbound.get(key) ?? {
      parts: new Array<string>(body.concat.total).fill(''),
      got: 0,
      at: Date.now(),
    };
    if (!entry.parts[body.concat.seq - 1]) entry.got++;
    entry.parts[body.concat.seq - 1] = body.text;
    this.inbound.set(key, entry);
    if (entry.got === body.concat.total) {
      this.inbound.delete(key);
      this.events?.inbound({ from, to, text: entry.parts.join(''), at: Date.now() });
    }
    for (const [k, v] of this.inbound) if (Date.now() - v.at > 600_000) this.inbound.delete(k);
  }

  async submit(m: OutboundMessage): Promise<SubmitResult> {
    // The reference ties the parts together on the handset (8 bits, as most carriers take).
    const encoded = encodeSms(m.text, m.region, m.messageId & 0xff);
    const source = m.senderId ?? this.config.sourceAddr;
    const ids: string[] = [];
    for (const part of encoded.parts) {
      await this.rate.take();
      const r = await this.submitPart({
        service_type: '',
        ...sourceTon(source),
        source_addr: source,
        dest_addr_ton: 1,
        dest_addr_npi: 1,
        destination_addr: m.phone,
        esm_class: encoded.esmClass,
        registered_delivery: 1,
        data_coding: encoded.dataCoding,
        short_message: Buffer.from(part),
      });
      if (!r.ok) {
        if (r.kind === 'throttled') this.rate.pause(1_000);
        return r;
      }
      ids.push(r.id!);
    }
    return { ok: true, carrierIds: ids };
  }

  private submitPart(fields: Record<string, unknown>): Promise<SubmitResult & { id?: string }> {
    return new Promise((resolve) => {
      const session = this.session;
      if (!session || !this.bound) return resolve({ ok: false, ...LINK_FAILURE, reason: 'link not bound' });
      let done = false;
      const finish = (r: SubmitResult & { id?: string }) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.pending.delete(finish);
        resolve(r);
      };
      const timer = setTimeout(
        () => finish({ ok: false, ...LINK_FAILURE, reason: 'no submit_sm_resp in time' }),
        this.config.submitTimeoutMs ?? 10_000,
      );
      this.pending.add(finish);
      const sent = session.send(new smpp.PDU('submit_sm', fields), (resp) => {
        if (resp.command_status === 0) finish({ ok: true, carrierIds: [], id: String(resp.message_id) });
        else finish({ ok: false, ...classifySubmitStatus(resp.command_status) });
      });
      if (!sent) finish({ ok: false, ...LINK_FAILURE, reason: 'link not writable' });
    });
  }

  health(): ChannelHealth {
    return { bound: this.bound, downSince: this.downSince, lastError: this.lastError, inFlight: this.pending.size };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.rate.close();
    const session = this.session;
    if (!session) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        session.destroy();
        resolve();
      }, 1_000);
      if (this.bound) (session.unbind as (cb: () => void) => void)(() => session.close());
      else session.close();
      session.once('close', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}
