import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { accounts, users } from './accounts';
import { applications } from './applications';

/**
 * Cloud API 3.0 key pairs. The SecretKey is sealed (AES-256-GCM with the server's
 * key) rather than hashed: TC3-HMAC-SHA256 needs the secret itself to check a signature.
 */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    secretId: text('secret_id').notNull().unique(),
    sealedSecret: text('sealed_secret').notNull(),
    /** Last four characters of the SecretKey, to recognise a key after it was shown once. */
    secretHint: text('secret_hint').notNull(),
    state: text('state').$type<'enabled' | 'disabled'>().notNull().default('enabled'),
    demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    /** Revoked keys stay (their request log keeps a name) but never authenticate again. */
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('api_keys_account_idx').on(t.accountId)],
);

/** One row per authenticated API call: what the owner sees in the key's request log. */
export const apiRequests = sqliteTable(
  'api_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keyId: integer('key_id')
      .notNull()
      .references(() => apiKeys.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    action: text('action').notNull(),
    code: text('code').notNull(),
    requestId: text('request_id').notNull(),
    /** The caller's address (failed signatures are logged with it too). */
    ip: text('ip'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('api_requests_key_idx').on(t.keyId, t.at), index('api_requests_account_idx').on(t.accountId, t.at)],
);

/** A push to a customer's callback URL (R-APP-9, R-RPL-1): status reports (≤ 100) or one reply. */
export const callbackDeliveries = sqliteTable(
  'callback_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    applicationId: integer('application_id').references(() => applications.id),
    kind: text('kind').$type<'status' | 'reply'>().notNull(),
    url: text('url').notNull(),
    payload: text('payload').notNull(),
    items: integer('items').notNull(),
    state: text('state').$type<'pending' | 'delivered' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }),
    lastHttpStatus: integer('last_http_status'),
    /** How long the last attempt took; the answer's body is never kept. */
    lastDurationMs: integer('last_duration_ms'),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('callback_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`state = 'pending'`),
    index('callback_account_idx').on(t.accountId, t.createdAt),
  ],
);

/** Where each application's PullSmsSendStatus / PullSmsReplyStatus queue stands. */
export const apiPullCursors = sqliteTable('api_pull_cursors', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => applications.id),
  statusAt: integer('status_at').notNull().default(0),
  statusId: integer('status_id').notNull().default(0),
  replyId: integer('reply_id').notNull().default(0),
});

export type ApiKey = typeof apiKeys.$inferSelect;
export type CallbackDelivery = typeof callbackDeliveries.$inferSelect;
