import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
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
    /**
     * R-APP-7 frequency rule: same content per number per 30 s, per number per hour (null = none) and per
     * natural day.
     */
    freqPer30s: integer('freq_per_30s').notNull().default(1),
    freqPerHour: integer('freq_per_hour'),
    freqPerDay: integer('freq_per_day').notNull().default(2),
    /** R-APP-4/5 daily thresholds (submitted messages per natural day); null = none. */
    mainlandDailyAlarm: integer('mainland_daily_alarm'),
    mainlandDailyLimit: integer('mainland_daily_limit'),
    intlDailyAlarm: integer('intl_daily_alarm'),
    intlDailyLimit: integer('intl_daily_limit'),
    /** R-APP-9: delivery reports are POSTed here (JSON array, ≤ 100 per push). */
    statusCallbackUrl: text('status_callback_url'),
    /** Signs status callback pushes (HMAC-SHA256), sealed like API SecretKeys; shown once, rotatable. */
    callbackSecret: text('callback_secret'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** Deletion is final (R-APP-3); the row stays so that history keeps its application. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('applications_account_idx').on(t.accountId)],
);

/** R-APP-8: numbers that skip the application's frequency limits (not the carrier rule); ≤ 300 per application. */
export const appAllowlist = sqliteTable(
  'app_allowlist',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    phone: text('phone').notNull(),
    addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.phone] })],
);

export type Application = typeof applications.$inferSelect;

/**
 * R-APP-6 sendable countries/regions of an enterprise application: when the list has entries,
 * international messages go only to them, each within its own daily alarm and limit
 * (null = the application's international values).
 */
export const appCountries = sqliteTable(
  'app_countries',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    isoCountry: text('iso_country').notNull(),
    dailyAlarm: integer('daily_alarm'),
    dailyLimit: integer('daily_limit'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.isoCountry] })],
);

export type AppCountry = typeof appCountries.$inferSelect;

/** The events an alarm contact may choose (R-APP-10). */
export const ALARM_EVENTS = ['frequency', 'overLimit', 'review', 'package', 'antiAbuse'] as const;
export type AlarmEvent = (typeof ALARM_EVENTS)[number];

/** R-APP-10: at most 5 alarm contacts per application, each choosing the events it hears about. */
export const alarmContacts = sqliteTable(
  'alarm_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    name: text('name').notNull(),
    /** E.164, e.g. +8613800138000. */
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    events: text('events', { mode: 'json' }).$type<AlarmEvent[]>().notNull().default([]),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('alarm_contacts_app_idx').on(t.applicationId), index('alarm_contacts_account_idx').on(t.accountId)],
);

/**
 * One alarm to one contact by e-mail or SMS, queued in the transaction that raised it and sent
 * by the background worker (an SMS becomes a message of the platform sender, `messageId`).
 */
export const alarmDeliveries = sqliteTable(
  'alarm_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    contactId: integer('contact_id'),
    event: text('event').$type<AlarmEvent>().notNull(),
    channel: text('channel').$type<'email' | 'sms'>().notNull(),
    target: text('target').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    state: text('state').$type<'queued' | 'sent' | 'failed' | 'off'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAt: integer('next_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    messageId: integer('message_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('alarm_deliveries_due_idx').on(t.state, t.nextAt),
    index('alarm_deliveries_account_idx').on(t.accountId),
  ],
);

/** R-APP-11: the captcha anti-abuse rule of an application (defaults X 50, Y 80 %, Z 90 %). */
export const antiAbuseRules = sqliteTable('anti_abuse_rules', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => applications.id),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  minRequests: integer('min_requests').notNull().default(50),
  minSuccessPct: integer('min_success_pct').notNull().default(80),
  maxGrowthPct: integer('max_growth_pct').notNull().default(90),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
