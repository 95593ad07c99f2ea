// The channel interface (docs/delivery.md): what the channel runner needs of a link.
import type { SubmitFailure } from '@/lib/domain/channels/smsc-status';

/** One billed message as a channel sends it. */
export interface OutboundMessage {
  messageId: number;
  /** E.164 digits without the plus. */
  phone: string;
  region: 'mainland' | 'international';
  isoCountry: string;
  /** The text as billed: signature included (R-BIL-1/2). */
  text: string;
  /** Billed parts (R-BIL): the SMPP channel sends this many concatenated parts. */
  billable: number;
  /** Sender ID of an international campaign, when set. */
  senderId: string | null;
  /** What an upstream cloud relay needs to send by template. */
  templateId: number;
  signature: string | null;
  vars: string[] | Record<string, string>;
  sessionContext: string | null;
}

export type SubmitResult = { ok: true; carrierIds: string[] } | ({ ok: false } & SubmitFailure);

/** A delivery receipt, keyed by the carrier's id of the submitted part. */
export interface CarrierReceipt {
  carrierId: string;
  delivered: boolean;
  code: string | null;
  at: number;
}

/** An inbound message (a reply) from a handset. */
export interface InboundMessage {
  /** E.164 digits of the sender. */
  from: string;
  to: string;
  text: string;
  at: number;
}

export interface ChannelEvents {
  /** `ack` answers the carrier once the receipts are committed (an unanswered one is sent again). */
  receipts(list: CarrierReceipt[], ack?: () => void): void;
  inbound(message: InboundMessage, ack?: () => void): void;
  /** The link's state changed (bound, lost, error). */
  state(): void;
}

export interface ChannelHealth {
  bound: boolean;
  downSince: number | null;
  lastError: string | null;
  inFlight: number;
}

/** A network channel. Submits never run inside a database transaction. */
export interface Channel {
  readonly id: number;
  /** Submits that may be outstanding at once (the SMPP window). */
  readonly window: number;
  start(events: ChannelEvents): void;
  stop(): Promise<void>;
  submit(message: OutboundMessage): Promise<SubmitResult>;
  health(): ChannelHealth;
}
