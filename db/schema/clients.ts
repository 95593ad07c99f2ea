import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import type { Region } from '../enums';
import { accounts } from './accounts';

/** A customer group (R-CON-2): a named list of numbers of one message type (mainland or international). */
export const customerGroups = sqliteTable(
  'customer_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    region: text('region').$type<Region>().notNull(),
    name: text('name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('customer_groups_account_idx').on(t.accountId, t.name)],
);

/** The customer pool (R-CON-1): every number of a group, de-duplicated per group. */
export const customerNumbers = sqliteTable(
  'customer_numbers',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    groupId: integer('group_id')
      .notNull()
      .references(() => customerGroups.id, { onDelete: 'cascade' }),
    phone: text('phone').notNull(),
    isoCountry: text('iso_country').notNull(),
    source: text('source').$type<'file' | 'manual'>().notNull(),
    addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // Keyed (and de-duplicated) per group and number; the migration makes it WITHOUT ROWID,
  // so a million-number import writes one b-tree.
  (t) => [primaryKey({ columns: [t.groupId, t.phone] })],
);

export type CustomerGroup = typeof customerGroups.$inferSelect;

/**
 * Opt-outs (R-DND-1, R-UNS-1): a number that receives nothing sent with a signature — of any
 * type (`all`), marketing only, or the type a reply unsubscribed from. Checked by the pipeline (1015).
 */
export const optOuts = sqliteTable(
  'opt_outs',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    phone: text('phone').notNull(),
    signatureId: integer('signature_id').notNull(),
    scope: text('scope').$type<'all' | 'marketing' | 'notification' | 'verification'>().notNull(),
    region: text('region').$type<Region>().notNull(),
    source: text('source').$type<'dnd' | 'reply'>().notNull(),
    /** The reply that unsubscribed (source reply). */
    replyId: integer('reply_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.phone, t.signatureId, t.scope] }),
    index('opt_outs_list_idx').on(t.accountId, t.region, t.source, t.createdAt),
  ],
);
