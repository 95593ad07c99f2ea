import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';

/**
 * Rollups (R-STA-7, docs/conventions.md #10): kept current in the same transactions that change
 * message status; `npm run stats:rebuild` recomputes them from messages and must agree.
 * Dimensions: account, period, region, application, signature (0 = none), template, country.
 */
/** The dimensions besides account and period (a function: drizzle columns are per table). */
const dims = () => ({
  region: text('region').$type<'mainland' | 'international'>().notNull(),
  applicationId: integer('application_id').notNull(),
  signatureId: integer('signature_id').notNull(),
  templateId: integer('template_id').notNull(),
  isoCountry: text('iso_country').notNull(),
});

const measures = () => ({
  requests: integer('requests').notNull().default(0),
  submitted: integer('submitted').notNull().default(0),
  billed: integer('billed').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  delivered: integer('delivered').notNull().default(0),
  undelivered: integer('undelivered').notNull().default(0),
  costLi: integer('cost_li').notNull().default(0),
});

/** Per Beijing day (`YYYY-MM-DD`). Also the source of daily usage for billing and gifts. */
export const statsDaily = sqliteTable(
  'stats_daily',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    day: text('day').notNull(),
    ...dims(),
    ...measures(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.region, t.day, t.applicationId, t.signatureId, t.templateId, t.isoCountry] }),
    index('stats_daily_day_idx').on(t.day),
    // The application and template filters of the statistics pages.
    index('stats_daily_app_idx').on(t.accountId, t.region, t.applicationId, t.day),
    index('stats_daily_template_idx').on(t.accountId, t.region, t.templateId, t.day),
  ],
);

/** Per hour (UTC hour index = epoch ms / 3,600,000; Beijing hours line up with it). */
export const statsHourly = sqliteTable(
  'stats_hourly',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    hour: integer('hour').notNull(),
    ...dims(),
    ...measures(),
  },
  // The hour index serves the anti-abuse duty, which reads every account's last two hours (R-APP-11).
  (t) => [
    primaryKey({
      columns: [t.accountId, t.region, t.hour, t.applicationId, t.signatureId, t.templateId, t.isoCountry],
    }),
    index('stats_hourly_hour_idx').on(t.hour),
  ],
);

/** Failure codes per day: `kind` failed (before submission, R-STA-3) or receipt (carrier, R-STA-4). */
export const statsCodes = sqliteTable(
  'stats_codes',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    day: text('day').notNull(),
    ...dims(),
    kind: text('kind').$type<'failed' | 'receipt'>().notNull(),
    code: text('code').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({
      columns: [
        t.accountId,
        t.region,
        t.day,
        t.kind,
        t.code,
        t.applicationId,
        t.signatureId,
        t.templateId,
        t.isoCountry,
      ],
    }),
  ],
);

/** Inbound replies (R-RPL-1), produced by the simulator for delivered messages. */
export const replies = sqliteTable(
  'replies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    applicationId: integer('application_id').notNull(),
    region: text('region').$type<'mainland' | 'international'>().notNull(),
    messageId: integer('message_id'),
    signatureId: integer('signature_id'),
    phone: text('phone').notNull(),
    content: text('content').notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('replies_account_idx').on(t.accountId, t.receivedAt), index('replies_phone_idx').on(t.phone)],
);

export type Reply = typeof replies.$inferSelect;
