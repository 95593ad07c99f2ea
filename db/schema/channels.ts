import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';

export const CHANNEL_KINDS = ['simulator', 'smpp', 'tencent-cloud'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * A delivery channel: the built-in simulator, an SMPP carrier link or an upstream cloud relay.
 * `config` holds the settings that may be shown again; the password or SecretKey is sealed
 * (AES-256-GCM, like API SecretKeys) in `sealed_secret` and never returned to a page.
 */
export const channels = sqliteTable('channels', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  kind: text('kind').$type<ChannelKind>().notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  config: text('config', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  sealedSecret: text('sealed_secret'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  /** Moves on every change: channel runners reload a link whose row moved. */
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Ordered route rules: the first enabled rule whose conditions all match a message names its
 * channels, primary first then fallbacks. A null condition matches everything.
 */
export const routes = sqliteTable('routes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  position: integer('position').notNull(),
  region: text('region').$type<'mainland' | 'international'>(),
  /** An ISO country code (`US`) or an E.164 prefix (`+1415`). */
  country: text('country'),
  messageType: text('message_type').$type<'verification' | 'notification' | 'marketing'>(),
  accountId: integer('account_id').references(() => accounts.id),
  channelIds: text('channel_ids', { mode: 'json' }).$type<number[]>().notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Messages billed and waiting for a network channel (docs/delivery.md). Written in the
 * dispatch transaction; a channel runner claims rows with a lease, submits, and deletes the row
 * once the carrier's answer is recorded. A row whose lease ran out (a crash between submit and
 * answer) is submitted again: at-least-once towards the carrier.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    messageId: integer('message_id').primaryKey(),
    channelId: integer('channel_id').notNull(),
    /** The route's channels not tried yet, in order (failover). */
    fallbacks: text('fallbacks', { mode: 'json' }).$type<number[]>().notNull(),
    state: text('state').$type<'queued' | 'inflight'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAt: integer('next_at').notNull(),
    leaseUntil: integer('lease_until'),
    lastError: text('last_error'),
    queuedAt: integer('queued_at').notNull(),
  },
  (t) => [index('outbox_channel_idx').on(t.channelId, t.state, t.nextAt)],
);

/**
 * The carrier's message id of each submitted part (SMPP message_id, or the upstream SerialNo),
 * so a delivery receipt finds its message. A message is delivered when every part is.
 */
export const carrierRefs = sqliteTable(
  'carrier_refs',
  {
    channelId: integer('channel_id').notNull(),
    carrierId: text('carrier_id').notNull(),
    messageId: integer('message_id').notNull(),
    part: integer('part').notNull(),
    parts: integer('parts').notNull(),
    /** null until its receipt: 1 delivered, 0 not. */
    delivered: integer('delivered'),
    submittedAt: integer('submitted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.carrierId] }), index('carrier_refs_message_idx').on(t.messageId)],
);

/** The live state of each channel as the process running it last saw it (Admin → Channels). */
export const channelState = sqliteTable('channel_state', {
  channelId: integer('channel_id').primaryKey(),
  bound: integer('bound', { mode: 'boolean' }).notNull(),
  /** Since when the link is down (null while bound). */
  downSince: integer('down_since'),
  lastError: text('last_error'),
  inFlight: integer('in_flight').notNull().default(0),
  sentLastMinute: integer('sent_last_minute').notNull().default(0),
  receiptLagMs: integer('receipt_lag_ms'),
  updatedAt: integer('updated_at').notNull(),
});

export type Channel = typeof channels.$inferSelect;
export type Route = typeof routes.$inferSelect;
