import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import type { AppStatus } from '../enums';
import { accounts } from './accounts';

/** An SMS application (R-APP-1..3): SdkAppId is public, AppKey is a secret. */
export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    sdkAppId: text('sdk_app_id').notNull().unique(),
    appKey: text('app_key').notNull(),
    name: text('name').notNull(),
    overview: text('overview').notNull().default(''),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    status: text('status').$type<AppStatus>().notNull().default('enabled'),
    /** R-APP-9: delivery reports are POSTed here (JSON array, ≤ 100 per push). */
    statusCallbackUrl: text('status_callback_url'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** Deletion is final (R-APP-3); the row stays so that history keeps its application. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('applications_account_idx').on(t.accountId)],
);

export type Application = typeof applications.$inferSelect;
