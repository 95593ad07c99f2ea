import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import type { IdentityType, AccountStatus, Role } from '../enums';

/** A customer account (R-TEN-1). Money is integer li (0.001 yuan, R-BIL-5). */
export const accounts = sqliteTable('accounts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uin: integer('uin').notNull().unique(),
  realName: text('real_name').notNull(),
  identity: text('identity').$type<IdentityType>().notNull(),
  cashBalanceLi: integer('cash_balance_li').notNull().default(0),
  status: text('status').$type<AccountStatus>().notNull().default('active'),
  /** R-INT-3: billed international messages per Beijing day. */
  intlDailyQuota: integer('intl_daily_quota').notNull().default(100),
  /** R-INT-2: when an unpaid international charge started; suspension follows after 12 hours. */
  arrearsSince: integer('arrears_since', { mode: 'timestamp_ms' }),
  /** R-RPL-1: the one reply callback URL of the account (General Management → Reply Callback). */
  replyCallbackUrl: text('reply_callback_url'),
  /** Signs reply callback pushes (HMAC-SHA256), sealed like API SecretKeys; shown once. */
  replyCallbackSecret: text('reply_callback_secret'),
  /** `platform`: the console's own sender of alarm SMS (R-APP-10), billed to nobody; nobody signs in to it. */
  kind: text('kind').$type<'customer' | 'platform'>().notNull().default('customer'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A person who signs in: an account's owner or sub-user, or platform staff (accountId null). */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    accountId: integer('account_id').references(() => accounts.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }),
    /** The interface language the user chose (zh-CN or en-US); null: the browser's. */
    locale: text('locale'),
    /** A deleted sub-user (R-CAM-1) keeps its row for history; it cannot sign in or call the API. */
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    /** Two-factor sign-in (TOTP): the sealed secret, set while enrolling, and when it was confirmed. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: integer('totp_enabled_at', { mode: 'timestamp_ms' }),
    /** SHA-256 hashes of the unused one-time recovery codes. */
    recoveryCodes: text('recovery_codes', { mode: 'json' }).$type<string[]>(),
  },
  (t) => [index('users_account_idx').on(t.accountId)],
);

/**
 * A signed-in session: the session cookie (a JWT) carries its id, and every request checks it
 * here, so sign-out, a password change, a disabled user or "Sign out other sessions" end it.
 */
export const userSessions = sqliteTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId)],
);

/** Sign-in attempts, for throttling per login and per address. */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sign_in_attempts_login_idx').on(t.login, t.at), index('sign_in_attempts_ip_idx').on(t.ip, t.at)],
);

/**
 * The operation log: every change by a user or an API key — who, for which account,
 * what (the permission name), on which resource, result, when, from where.
 */
export const operationLog = sqliteTable(
  'operation_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    accountId: integer('account_id'),
    userId: integer('user_id'),
    actor: text('actor').notNull(),
    /** `console`, `api` (with the key's SecretId in `actor`) or `system`. */
    via: text('via').notNull(),
    action: text('action').notNull(),
    resource: text('resource'),
    result: text('result').notNull(),
    ip: text('ip'),
  },
  (t) => [index('operation_log_account_idx').on(t.accountId, t.at), index('operation_log_at_idx').on(t.at)],
);

/** Platform-wide settings set by the admin (e.g. two-factor sign-in required for staff). */
export const platformSettings = sqliteTable('platform_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Custom policies of an account (R-CAM-2); the presets live in code (lib/domain/access/policy-document). */
export const policies = sqliteTable(
  'policies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    document: text('document').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('policies_name_idx').on(t.accountId, t.name)],
);

/** Policies attached to a sub-user: a preset by name, or a custom policy by id. */
export const userPolicies = sqliteTable(
  'user_policies',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** `preset:QcloudSMSFullAccess` or `custom:<policy id>`. */
    policy: text('policy').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.policy] })],
);

export type Account = typeof accounts.$inferSelect;
export type User = typeof users.$inferSelect;
