import type { NoticeText } from '../../lib/domain/notices';
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import type { ContentKind, ContentStatus, HistoryAction, QualificationPurpose, Region } from '../enums';
import { accounts, users } from './accounts';

/** An uploaded image, stored on disk by content hash (R-QUA-1, R-SIG-2). */
export const uploads = sqliteTable(
  'uploads',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    sha256: text('sha256').notNull(),
    mime: text('mime').$type<'image/jpeg' | 'image/png'>().notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('uploads_account_idx').on(t.accountId)],
);

/**
 * Columns every reviewed item shares. `revision` grows with each change, so a decision applies to what the
 * reviewer saw.
 */
const reviewed = {
  status: text('status').$type<ContentStatus>().notNull().default('pending'),
  revision: integer('revision').notNull().default(1),
  rejectReason: text('reject_reason'),
  rejectSuggestion: text('reject_suggestion'),
  submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
  decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
};

/** Mainland real-name qualification (R-QUA-1..4). */
export const qualifications = sqliteTable(
  'qualifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** R-QUA-1a: an individual files a self-use qualification in the person's own name. */
    holder: text('holder').$type<'enterprise' | 'individual'>().notNull().default('enterprise'),
    purpose: text('purpose').$type<QualificationPurpose>().notNull(),
    /** The name in the qualification: the enterprise's, or the individual's. */
    enterpriseName: text('enterprise_name').notNull(),
    /** Enterprise only (null for an individual): credit code, licence and business administrator. */
    creditCode: text('credit_code'),
    licenseUploadId: integer('license_upload_id').references(() => uploads.id),
    /** The legal representative; for an individual, the person and their ID card. */
    legalRepName: text('legal_rep_name').notNull(),
    legalRepIdNumber: text('legal_rep_id_number').notNull(),
    legalRepIdFrontUploadId: integer('legal_rep_id_front_upload_id')
      .notNull()
      .references(() => uploads.id),
    legalRepIdBackUploadId: integer('legal_rep_id_back_upload_id')
      .notNull()
      .references(() => uploads.id),
    adminName: text('admin_name'),
    adminIdNumber: text('admin_id_number'),
    adminPhone: text('admin_phone'),
    adminIdFrontUploadId: integer('admin_id_front_upload_id').references(() => uploads.id),
    adminIdBackUploadId: integer('admin_id_back_upload_id').references(() => uploads.id),
    authLetterUploadId: integer('auth_letter_upload_id').references(() => uploads.id),
    ...reviewed,
  },
  (t) => [index('qualifications_account_idx').on(t.accountId, t.status)],
);

/** Signatures, mainland and international lists (R-SIG-1..6). */
export const signatures = sqliteTable(
  'signatures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    region: text('region').$type<Region>().notNull(),
    purpose: text('purpose').$type<'self' | 'other'>().notNull(),
    qualificationId: integer('qualification_id').references(() => qualifications.id),
    type: text('type').$type<'company' | 'app' | 'website' | 'wechat' | 'trademark' | 'government'>().notNull(),
    content: text('content').notNull(),
    proofUploadId: integer('proof_upload_id').references(() => uploads.id),
    authLetterUploadId: integer('auth_letter_upload_id').references(() => uploads.id),
    notes: text('notes').notNull().default(''),
    ...reviewed,
  },
  (t) => [
    index('signatures_account_idx').on(t.accountId, t.region, t.status),
    index('signatures_qualification_idx').on(t.qualificationId),
  ],
);

/** Body templates, mainland and international lists (R-TPL-1..5). */
export const templates = sqliteTable(
  'templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    region: text('region').$type<Region>().notNull(),
    name: text('name').notNull(),
    type: text('type').$type<'verification' | 'notification' | 'marketing'>().notNull(),
    content: text('content').notNull(),
    notes: text('notes').notNull().default(''),
    ...reviewed,
  },
  (t) => [index('templates_account_idx').on(t.accountId, t.region, t.status)],
);

/**
 * R-UNS-2: a customer's request to lift an unsubscription (a number's reply T/TD/… to a
 * signature); approved by a reviewer, the number receives that signature's messages again.
 */
export const unsubscribeRemovals = sqliteTable(
  'unsubscribe_removals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    applicationId: integer('application_id').notNull(),
    signatureId: integer('signature_id').notNull(),
    region: text('region').$type<Region>().notNull(),
    phone: text('phone').notNull(),
    reason: text('reason').notNull(),
    ...reviewed,
  },
  (t) => [index('unsubscribe_removals_account_idx').on(t.accountId, t.status)],
);

/** Who did what to a reviewed item, and when (R-REV-2). */
export const contentHistory = sqliteTable(
  'content_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').$type<ContentKind>().notNull(),
    itemId: integer('item_id').notNull(),
    action: text('action').$type<HistoryAction>().notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('content_history_item_idx').on(t.kind, t.itemId)],
);

/** The in-console notification centre (R-APP-10). */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    category: text('category').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The title and body as English templates with values, so each reader sees their language (R-UI-4). */
    i18n: text('i18n', { mode: 'json' }).$type<{ title: NoticeText; body: NoticeText }>(),
    link: text('link'),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('notifications_account_idx').on(t.accountId, t.readAt)],
);

export type Upload = typeof uploads.$inferSelect;
export type Qualification = typeof qualifications.$inferSelect;
export type Signature = typeof signatures.$inferSelect;
export type Template = typeof templates.$inferSelect;
export type UnsubscribeRemoval = typeof unsubscribeRemovals.$inferSelect;
export type HistoryRow = typeof contentHistory.$inferSelect;
export type Notification = typeof notifications.$inferSelect;

/**
 * R-REV-3: the admin's additions to the holiday library — extra days off (`holiday`) and
 * make-up working days (`workday`, a weekend day with the weekday review window).
 */
export const reviewCalendarDays = sqliteTable('review_calendar_days', {
  day: text('day').primaryKey(),
  kind: text('kind').$type<'holiday' | 'workday'>().notNull(),
  note: text('note').notNull().default(''),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});
