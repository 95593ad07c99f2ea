// An SMSC for development and tests (`npm run smsc`), built on the `smpp` package's
// server: accepts binds with configured credentials, answers submit_sm with message ids, sends
// delivery receipts after a delay with a configurable outcome mix, and on command throttles,
// rejects, drops every connection or sends an inbound message.
import * as smpp from 'smpp';
import { formatReceipt, messageStateOf } from '@/lib/domain/channels/receipt';
import { encodeSms } from '@/lib/domain/channels/smpp-encoding';

export interface SmscOptions {
  port?: number;
  host?: string;
  systemId?: string;
  password?: string;
  /** Delay before a receipt (ms). */
  receiptDelayMs?: number;
  /** Share of messages delivered (the rest UNDELIV); 1 = all delivered. */
  deliveredShare?: number;
  /** Keep every submit in `submits` (tests); off for benchmarks. */
  record?: boolean;
}

export interface ReceivedSubmit {
  messageId: string;
  destination: string;
  source: string;
  dataCoding: number;
  esmClass: number;
  text: string;
  concat: { ref: number; total: number; seq: number } | null;
  at: number;
}

type Mode = { throttle: boolean; reject: boolean; rejectPrefixes: string[]; silent: boolean };

export class SmscSimulator {
  readonly options: Required<Omit<SmscOptions, 'host'>> & { host: string };
  private server: smpp.Server | null = null;
  private sessions = new Set<smpp.Session>();
  private boundSessions = new Set<smpp.Session>();
  private queue: { due: number; pdu: Record<string, unknown> }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  readonly mode: Mode = { throttle: false, reject: false, rejectPrefixes: [], silent: false };
  /** Every accepted submit (when `record`), and counters always. */
  readonly submits: ReceivedSubmit[] = [];
  /** Accepted submits per destination number (each part counts). */
  readonly perDestination = new Map<string, number>();
  counters = {
    binds: 0,
    bindFailures: 0,
    submits: 0,
    accepted: 0,
    throttled: 0,
    rejected: 0,
    receiptsSent: 0,
    inboundSent: 0,
  };

  constructor(options: SmscOptions = {}) {
    this.options = {
      port: options.port ?? 2775,
      host: options.host ?? '127.0.0.1',
      systemId: options.systemId ?? 'smsc_user',
      password: options.password ?? 'smsc_pwd',
      receiptDelayMs: options.receiptDelayMs ?? 200,
      deliveredShare: options.deliveredShare ?? 0.95,
      record: options.record ?? true,
    };
  }

  /** Starts listening; resolves with the port (useful with port 0). */
  start(): Promise<number> {
    this.server = smpp.createServer({}, (session) => this.onSession(session));
    this.timer = setInterval(() => this.flushReceipts(), 10);
    return new Promise((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.options.port, this.options.host, () => {
        const addr = this.server!.address();
        resolve(typeof addr === 'object' && addr ? addr.port : this.options.port);
      });
    });
  }

  /** deliver_sm sent and not answered yet, per session: sent again after a reconnect. */
  private unacked = new Map<smpp.Session, Map<number, { due: number; pdu: Record<string, unknown> }>>();

  private onSession(session: smpp.Session): void {
    this.sessions.add(session);
    this.unacked.set(session, new Map());
    session.on('close', () => {
      this.sessions.delete(session);
      this.boundSessions.delete(session);
      const lost = [...(this.unacked.get(session)?.values() ?? [])];
      this.unacked.delete(session);
      if (lost.length > 0) this.queue.unshift(...lost);
    });
    session.on('error', () => undefined);
    const bind = (pdu: smpp.PDU) => {
      if (pdu.system_id !== this.options.systemId || pdu.password !== this.options.password) {
        this.counters.bindFailures++;
        session.send(pdu.response({ command_status: 0x0e })); // ESME_RINVPASWD
        session.close();
        return;
      }
      this.counters.binds++;
      this.boundSessions.add(session);
      session.send(pdu.response({ system_id: 'SMSCSIM' }));
    };
    session.on('bind_transceiver', bind);
    session.on('bind_transmitter', bind);
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: smpp.PDU) => this.onSubmit(session, pdu));
  }

  private onSubmit(session: smpp.Session, pdu: smpp.PDU): void {
    this.counters.submits++;
    if (!this.boundSessions.has(session)) return void session.send(pdu.response({ command_status: 0x04 })); // ESME_RINVBNDSTS
    if (this.mode.silent) return; // the SMSC never answers (a hung link)
    if (this.mode.throttle) {
      this.counters.throttled++;
      return void session.send(pdu.response({ command_status: 0x58 }));
    }
    const destination = String(pdu.destination_addr ?? '');
    if (this.mode.reject || this.mode.rejectPrefixes.some((p) => destination.startsWith(p))) {
      this.counters.rejected++;
      return void session.send(pdu.response({ command_status: 0x0b })); // ESME_RINVDSTADR
    }
    const id = (this.nextId++).toString(16).toUpperCase().padStart(10, '0');
    this.counters.accepted++;
    this.perDestination.set(destination, (this.perDestination.get(destination) ?? 0) + 1);
    const sm = pdu.short_message as string | { message: string; udh?: Buffer[] };
    const text = typeof sm === 'string' ? sm : String(sm?.message ?? '');
    const udh = typeof sm === 'object' ? sm?.udh?.find((u) => u[0] === 0x00) : undefined;
    if (this.options.record) {
      this.submits.push({
        messageId: id,
        destination,
        source: String(pdu.source_addr ?? ''),
        dataCoding: Number(pdu.data_coding ?? 0),
        esmClass: Number(pdu.esm_class ?? 0),
        text,
        concat: udh ? { ref: udh[2], total: udh[3], seq: udh[4] } : null,
        at: Date.now(),
      });
    }
    session.send(pdu.response({ message_id: id }));
    if (!(Number(pdu.registered_delivery ?? 0) & 0x01)) return;
    const n = this.nextId;
    // A fixed share delivered, spread evenly (deterministic: no random numbers).
    const delivered = (n * 0.6180339887) % 1 < this.options.deliveredShare;
    const stat = delivered ? 'DELIVRD' : 'UNDELIV';
    const now = new Date();
    this.queue.push({
      due: Date.now() + this.options.receiptDelayMs,
      pdu: {
        source_addr: destination,
        source_addr_ton: 1,
        source_addr_npi: 1,
        destination_addr: String(pdu.source_addr ?? ''),
        esm_class: 0x04,
        short_message: formatReceipt({ id, stat, err: delivered ? '000' : '001', submitAt: now, doneAt: now, text }),
        receipted_message_id: id,
        message_state: messageStateOf(stat),
      },
    });
  }

  private anyBound(): smpp.Session | null {
    for (const s of this.boundSessions) if (s.socket.writable) return s;
    return null;
  }

  private flushReceipts(): void {
    const now = Date.now();
    let i = 0;
    while (i < this.queue.length && this.queue[i].due <= now) {
      const session = this.anyBound();
      // No bound client: an SMSC keeps the receipts until one binds again.
      if (!session) break;
      // A connection closing under us keeps the receipt for the next bind; so does one that
      // closes before the client answered (deliver_sm_resp).
      const item = this.queue[i];
      const pdu = new smpp.PDU('deliver_sm', item.pdu);
      const pending = this.unacked.get(session)!;
      if (!session.send(pdu, () => pending.delete(pdu.sequence_number))) break;
      pending.set(pdu.sequence_number, item);
      this.counters.receiptsSent++;
      i++;
    }
    if (i > 0) this.queue.splice(0, i);
  }

  /** Sends an inbound message (a handset's reply) to a bound client. */
  sendInbound(from: string, text: string, to = ''): boolean {
    const session = this.anyBound();
    if (!session) return false;
    const encoded = encodeSms(text, 'international', this.nextId & 0xff);
    for (const part of encoded.parts) {
      session.send(
        new smpp.PDU('deliver_sm', {
          source_addr: from,
          source_addr_ton: 1,
          source_addr_npi: 1,
          destination_addr: to,
          esm_class: encoded.esmClass,
          data_coding: encoded.dataCoding,
          short_message: Buffer.from(part),
        }),
      );
    }
    this.counters.inboundSent++;
    return true;
  }

  /** Closes every client connection (a carrier-side drop). */
  dropConnections(): void {
    this.boundSessions.clear();
    for (const s of this.sessions) s.destroy();
  }

  /** Receipts not sent yet. */
  get queuedReceipts(): number {
    return this.queue.length;
  }

  /** Text commands of `npm run smsc`'s stdin and control port. */
  command(line: string): string {
    const [cmd, ...rest] = line.trim().split(/\s+/);
    switch (cmd) {
      case 'throttle':
        this.mode.throttle = rest[0] !== 'off';
        return `throttle ${this.mode.throttle ? 'on' : 'off'}`;
      case 'reject':
        this.mode.reject = rest[0] !== 'off';
        return `reject ${this.mode.reject ? 'on' : 'off'}`;
      case 'silent':
        this.mode.silent = rest[0] !== 'off';
        return `silent ${this.mode.silent ? 'on' : 'off'}`;
      case 'drop':
        this.dropConnections();
        return 'dropped every connection';
      case 'inbound': {
        const [from, ...words] = rest;
        return this.sendInbound(from, words.join(' ')) ? 'sent' : 'no bound client';
      }
      case 'stats':
        return JSON.stringify({ ...this.counters, bound: this.boundSessions.size, queuedReceipts: this.queue.length });
      default:
        return 'commands: throttle on|off, reject on|off, silent on|off, drop, inbound <from> <text>, stats';
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.dropConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
