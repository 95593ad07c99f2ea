import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { CashKind, PackageEntryKind, PackageState, RefundState } from '../enums';
import { accounts, users } from './accounts';

/** Append-only cash ledger: an account's cash balance is the sum of its rows (R-BIL-5). */
export const cashLedger = sqliteTable(
  'cash_ledger',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').$type<CashKind>().notNull(),
    amountLi: integer('amount_li').notNull(),
    balanceAfterLi: integer('balance_after_li').notNull(),
    refType: text('ref_type'),
    refId: text('ref_id'),
    reason: text('reason').notNull().default(''),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('cash_ledger_account_idx').on(t.accountId, t.id)],
);

/** A package purchase order (R-PKG-1..3). */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').$type<'fixed' | 'custom' | 'auto_renew'>().notNull(),
    count: integer('count').notNull(),
    quantity: integer('quantity').notNull(),
    priceLi: integer('price_li').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('orders_account_idx').on(t.accountId)],
);

/** Mainland text packages, purchased or gifted (R-PKG-3..6). `remaining` equals the sum of its ledger rows. */
export const packages = sqliteTable(
  'packages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    orderId: integer('order_id').references(() => orders.id),
    kind: text('kind').$type<'gift' | 'purchased'>().notNull(),
    name: text('name').notNull(),
    total: integer('total').notNull(),
    remaining: integer('remaining').notNull(),
    paidLi: integer('paid_li').notNull().default(0),
    purchasedAt: integer('purchased_at', { mode: 'timestamp_ms' }).notNull(),
    usableFrom: integer('usable_from', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    state: text('state').$type<PackageState>().notNull().default('active'),
    invoiced: integer('invoiced', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('packages_account_idx').on(t.accountId, t.state)],
);

/** Append-only package ledger: every change to a package's remaining count. */
export const packageLedger = sqliteTable(
  'package_ledger',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    packageId: integer('package_id')
      .notNull()
      .references(() => packages.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').$type<PackageEntryKind>().notNull(),
    delta: integer('delta').notNull(),
    refType: text('ref_type'),
    refId: text('ref_id'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('package_ledger_package_idx').on(t.packageId, t.at)],
);

/** A customer's refund request over one or more packages (R-PKG-10, R-PKG-11). */
export const refunds = sqliteTable(
  'refunds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    state: text('state').$type<RefundState>().notNull().default('pending'),
    lines: text('lines', { mode: 'json' })
      .$type<Array<{ packageId: number; usedAfterRecharge: number; refundLi: number }>>()
      .notNull(),
    totalLi: integer('total_li').notNull(),
    giftRecharged: integer('gift_recharged').notNull().default(0),
    requesterId: integer('requester_id').references(() => users.id),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    deciderId: integer('decider_id').references(() => users.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    refuseReason: text('refuse_reason'),
  },
  (t) => [index('refunds_state_idx').on(t.state, t.requestedAt)],
);

/** Per-account package settings: auto-renew (R-PKG-7) and balance alarm (R-PKG-8), with their crossing state. */
export const packageSettings = sqliteTable('package_settings', {
  accountId: integer('account_id')
    .primaryKey()
    .references(() => accounts.id),
  autoRenewEnabled: integer('auto_renew_enabled', { mode: 'boolean' }).notNull().default(false),
  autoRenewThreshold: integer('auto_renew_threshold').notNull().default(1000),
  autoRenewCount: integer('auto_renew_count').notNull().default(10000),
  /** True once a renewal fired for the current crossing; re-armed when the balance rises above the threshold. */
  autoRenewFired: integer('auto_renew_fired', { mode: 'boolean' }).notNull().default(false),
  alarmEnabled: integer('alarm_enabled', { mode: 'boolean' }).notNull().default(false),
  alarmThreshold: integer('alarm_threshold').notNull().default(1000),
  alarmFired: integer('alarm_fired', { mode: 'boolean' }).notNull().default(false),
});

/** Idempotency of periodic duties: one row per duty, account and period. */
export const dutyRuns = sqliteTable('duty_runs', {
  key: text('key').primaryKey(),
  ranAt: integer('ran_at', { mode: 'timestamp_ms' }).notNull(),
});

/** International price per billed message by country (R-INT-1), in li. */
export const countryPrices = sqliteTable('country_prices', {
  isoCountry: text('iso_country').primaryKey(),
  name: text('name').notNull(),
  dialCode: text('dial_code').notNull(),
  priceLi: integer('price_li').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** The daily international charge of an account (R-INT-1, R-INT-2). */
export const intlCharges = sqliteTable(
  'intl_charges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    day: text('day').notNull(),
    billed: integer('billed').notNull(),
    amountLi: integer('amount_li').notNull(),
    state: text('state').$type<'paid' | 'unpaid'>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    paidAt: integer('paid_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('intl_charges_account_day').on(t.accountId, t.day)],
);

export type CashEntry = typeof cashLedger.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type Package = typeof packages.$inferSelect;
export type PackageEntry = typeof packageLedger.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type PackageSettings = typeof packageSettings.$inferSelect;
export type CountryPrice = typeof countryPrices.$inferSelect;
export type IntlCharge = typeof intlCharges.$inferSelect;

/**
 * An invoice request for a paid order (Package Management → Billing): the customer asks,
 * finance issues it with the invoice number (the order's packages become invoiced, R-PKG-10)
 * or refuses with a reason.
 */
export const invoiceRequests = sqliteTable(
  'invoice_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    title: text('title').notNull(),
    taxId: text('tax_id').notNull().default(''),
    email: text('email').notNull(),
    amountLi: integer('amount_li').notNull(),
    status: text('status').$type<'requested' | 'issued' | 'refused'>().notNull().default('requested'),
    invoiceNumber: text('invoice_number'),
    refuseReason: text('refuse_reason'),
    requestedBy: integer('requested_by').references(() => users.id),
    decidedBy: integer('decided_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('invoice_requests_account_idx').on(t.accountId), index('invoice_requests_status_idx').on(t.status)],
);
