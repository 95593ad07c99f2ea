import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
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
  },
  (t) => [index('users_account_idx').on(t.accountId)],
);

export type Account = typeof accounts.$inferSelect;
export type User = typeof users.$inferSelect;
