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
    /** A deleted sub-user (R-CAM-1) keeps its row for history; it cannot sign in or call the API. */
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('users_account_idx').on(t.accountId)],
);

/** Custom policies of an account (R-CAM-2); the presets live in code (lib/domain/access/policy-document). */
export const policies = sqliteTable(
  'policies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id').notNull().references(() => accounts.id),
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
    userId: integer('user_id').notNull().references(() => users.id),
    /** `preset:QcloudSMSFullAccess` or `custom:<policy id>`. */
    policy: text('policy').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.policy] })],
);

export type Account = typeof accounts.$inferSelect;
export type User = typeof users.$inferSelect;
