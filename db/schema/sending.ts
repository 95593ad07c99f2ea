import { sqliteTable, integer, text, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import type { MessageStatus, Region, TaskStatus } from '../enums';
import { accounts, users } from './accounts';
import { applications } from './applications';
import { signatures, templates } from './content';
import { packages } from './money';

/** A checked recipient file (or typed list) waiting to become a task (R-SND-2, R-SND-3). */
export const imports = sqliteTable(
  'imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    region: text('region').$type<Region>().notNull(),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id),
    source: text('source').$type<'csv' | 'xlsx' | 'typed' | 'group'>().notNull(),
    /** The customer group of a group import: its numbers are read again when the task is confirmed (R-CON-2). */
    groupId: integer('group_id'),
    fileName: text('file_name').notNull(),
    state: text('state').$type<'ready' | 'used'>().notNull().default('ready'),
    totalRows: integer('total_rows').notNull(),
    validRows: integer('valid_rows').notNull(),
    duplicateRows: integer('duplicate_rows').notNull(),
    rejectedRows: integer('rejected_rows').notNull(),
    billableTotal: integer('billable_total').notNull(),
    /** Billed messages per ISO country, for the international cost. */
    billableByCountry: text('billable_by_country', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('imports_account_idx').on(t.accountId)],
);

/** The valid, de-duplicated rows of an import, in file order. */
export const importRows = sqliteTable(
  'import_rows',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** E.164 digits as an integer (8613812345678): compact for a million rows. */
    phone: integer('phone').notNull(),
    /** ISO country; null means CN, the common case. */
    isoCountry: text('iso_country'),
    /** Variable values as a JSON array ({n}) or object (${name}); null when the template has none. */
    vars: text('vars'),
    billable: integer('billable').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/** Rejected rows with their row number and reason (downloadable, R-SND-3). */
export const importRejects = sqliteTable(
  'import_rejects',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    raw: text('raw').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);

/** A bulk sending task (R-SND-1, R-SND-4, R-CMP-1), with counters kept in the same transactions as message changes. */
export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    region: text('region').$type<Region>().notNull(),
    signatureId: integer('signature_id').references(() => signatures.id),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id),
    name: text('name').notNull(),
    scenario: text('scenario'),
    senderId: text('sender_id'),
    status: text('status').$type<TaskStatus>().notNull(),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    recipientSource: text('recipient_source').$type<'csv' | 'xlsx' | 'typed' | 'group'>().notNull(),
    total: integer('total').notNull(),
    submitted: integer('submitted').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    delivered: integer('delivered').notNull().default(0),
    undelivered: integer('undelivered').notNull().default(0),
    billed: integer('billed').notNull().default(0),
    costLi: integer('cost_li').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('tasks_account_idx').on(t.accountId, t.createdAt), index('tasks_status_idx').on(t.status)],
);

/**
 * One message to one number (R-MSG-3). The simulator's outcome is decided in the same
 * transaction that submits and bills the message, so a crash can neither lose nor repeat it.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id').references(() => tasks.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    region: text('region').$type<Region>().notNull(),
    signatureId: integer('signature_id'),
    templateId: integer('template_id').notNull(),
    phone: text('phone').notNull(),
    isoCountry: text('iso_country').notNull(),
    vars: text('vars'),
    content: text('content'),
    length: integer('length'),
    status: text('status').$type<MessageStatus>().notNull().default('pending'),
    failCode: text('fail_code'),
    failReason: text('fail_reason'),
    billable: integer('billable').notNull().default(0),
    packageId: integer('package_id').references(() => packages.id),
    priceLi: integer('price_li').notNull().default(0),
    serialNo: text('serial_no'),
    sessionContext: text('session_context'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** When the pipeline decided the message (submitted or failed): the request time of statistics. */
    processedAt: integer('processed_at', { mode: 'timestamp_ms' }),
    /** When the simulated receipt arrives; null = the carrier never reports. */
    receiptDueAt: integer('receipt_due_at', { mode: 'timestamp_ms' }),
    receiptOk: integer('receipt_ok', { mode: 'boolean' }),
    receiptCode: text('receipt_code'),
    receiptAt: integer('receipt_at', { mode: 'timestamp_ms' }),
    /** The channel that carried it (null before dispatch, or when it failed before a channel). */
    channelId: integer('channel_id'),
  },
  (t) => [
    // Indexes that dispatch does not have to move: an UPDATE of status or submitted_at leaves
    // (task_id) and (phone) entries in place (dispatch throughput); pending work has its own index.
    index('messages_task_idx').on(t.taskId),
    index('messages_pending_idx')
      .on(t.taskId, t.id)
      .where(sql`status = 'pending'`),
    index('messages_receipt_idx')
      .on(t.receiptDueAt)
      .where(sql`status = 'submitted' and receipt_due_at is not null`),
    index('messages_phone_idx').on(t.phone),
    // Partial: pending messages are not in it, so dispatch inserts one entry instead of moving one.
    index('messages_account_processed_idx')
      .on(t.accountId, t.processedAt)
      .where(sql`processed_at is not null`),
    // The PullSmsSendStatus queue walks an application's receipts in (receipt_at, id) order.
    index('messages_app_receipt_idx')
      .on(t.applicationId, t.receiptAt, t.id)
      .where(sql`receipt_at is not null`),
  ],
);

export type Import = typeof imports.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type Message = typeof messages.$inferSelect;

/** Saved column mappings of recipient files, reused by name or by matching header. */
export const columnMappings = sqliteTable(
  'column_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    /** The header row of the file it was made for; null when that file had none. */
    header: text('header', { mode: 'json' }).$type<string[] | null>(),
    mapping: text('mapping', { mode: 'json' })
      .$type<{ hasHeader: boolean; phone: number; vars: Record<string, number> }>()
      .notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('column_mappings_name_idx').on(t.accountId, t.name)],
);
