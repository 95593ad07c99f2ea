import 'server-only';
import type { Db } from '@/db/client';
import { storeImage } from '../content/uploads';
import { systemContext } from '../system-context';

/** A 1×1 PNG standing in for the platform's own qualification scan (nobody reviews it). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The platform sender's signature and the body of its alarm templates (Chinese on the mainland list). */
export const PLATFORM_SIGNATURE = 'SMSConsole';
export const PLATFORM_TEMPLATE = { mainland: '短信控制台告警：{1}', international: 'SMS Console alarm: {1}' } as const;
/** The platform account's UIN: outside the range customer accounts get. */
export const PLATFORM_UIN = 100000000000;

export interface PlatformSender {
  accountId: number;
  applicationId: number;
  mainland: { signatureId: number; templateId: number };
  international: { signatureId: number; templateId: number };
}

/**
 * The console's own sender of alarm SMS (R-APP-10): a platform account with an application, an
 * approved qualification, effective signatures and templates in both lists. Made once, on the
 * first alarm SMS; its messages go through the normal pipeline and channels, are billed to
 * nobody (the pipeline skips the balance checks for it) and show in the admins' statistics.
 */
export function ensurePlatformSender(db: Db, now: Date): PlatformSender {
  const raw = db.$client;
  const find = () => {
    const a = raw
      .prepare<unknown[], { account_id: number; app_id: number }>(
        `SELECT a.id AS account_id, p.id AS app_id FROM accounts a JOIN applications p ON p.account_id = a.id
          WHERE a.kind = 'platform' ORDER BY p.id LIMIT 1`,
      )
      .get();
    if (!a) return null;
    const content = (table: 'signatures' | 'templates', region: string) =>
      raw
        .prepare<unknown[], { id: number }>(
          `SELECT id FROM ${table} WHERE account_id = ? AND region = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`,
        )
        .get(a.account_id, region)!.id;
    return {
      accountId: a.account_id,
      applicationId: a.app_id,
      mainland: { signatureId: content('signatures', 'mainland'), templateId: content('templates', 'mainland') },
      international: {
        signatureId: content('signatures', 'international'),
        templateId: content('templates', 'international'),
      },
    };
  };
  const existing = find();
  if (existing) return existing;
  const t = now.getTime();
  raw
    .transaction(() => {
      if (raw.prepare(`SELECT 1 FROM accounts WHERE kind = 'platform'`).get()) return;
      const accountId = raw
        .prepare<unknown[], { id: number }>(
          `INSERT INTO accounts (uin, real_name, identity, kind, intl_daily_quota, created_at)
            VALUES (?, 'SMS Console Platform', 'enterprise', 'platform', 1000000, ?) RETURNING id`,
        )
        .get(PLATFORM_UIN, t)!.id;
      raw
        .prepare(
          `INSERT INTO applications (account_id, sdk_app_id, app_key, name, overview, tags, status,
            freq_per_30s, freq_per_hour, freq_per_day, created_at, updated_at)
           VALUES (?, '1399999999', lower(hex(randomblob(16))), 'Platform alarms',
           'Alarm SMS of the console to alarm contacts (R-APP-10)', '[]', 'enabled', 100, NULL, 1000, ?, ?)`,
        )
        .run(accountId, t, t);
      const upload = storeImage(systemContext(db, now), accountId, {
        name: 'platform.png',
        bytes: new Uint8Array(PNG),
      });
      const q = raw
        .prepare<unknown[], { id: number }>(
          `INSERT INTO qualifications (account_id, holder, purpose, enterprise_name, legal_rep_name,
            legal_rep_id_number, legal_rep_id_front_upload_id, legal_rep_id_back_upload_id,
             status, revision, submitted_at, decided_at, created_at, updated_at)
           VALUES (?, 'enterprise', 'self', 'SMS Console Platform', 'Platform', '-', ?, ?, 'approved', 1, ?, ?,
           ?, ?) RETURNING id`,
        )
        .get(accountId, upload, upload, t, t, t, t)!.id;
      for (const region of ['mainland', 'international']) {
        raw
          .prepare(
            `INSERT INTO signatures (account_id, region, purpose, qualification_id, type, content, notes,
              status, revision, submitted_at, decided_at, created_at, updated_at)
             VALUES (?, ?, 'self', ?, 'company', ?, 'Platform alarm sender', 'effective', 1, ?, ?, ?, ?)`,
          )
          .run(accountId, region, region === 'mainland' ? q : null, PLATFORM_SIGNATURE, t, t, t, t);
        raw
          .prepare(
            `INSERT INTO templates (account_id, region, name, type, content, notes, status, revision,
              submitted_at, decided_at, created_at, updated_at)
             VALUES (?, ?, 'Platform alarm', 'notification', ?, 'Alarm SMS to alarm contacts', 'effective', 1,
             ?, ?, ?, ?)`,
          )
          .run(accountId, region, PLATFORM_TEMPLATE[region as 'mainland' | 'international'], t, t, t, t);
      }
    })
    .immediate();
  return find()!;
}
