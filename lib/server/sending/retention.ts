import 'server-only';
// Record retention (the seed's "two months"): message records and replies older than
// SMS_RECORD_RETENTION_DAYS are purged in small batches. Rollups (statistics totals and charts),
// tasks and money are kept. The boundary is a Beijing day start, remembered so that statistics
// pages can say how far back records go and the rollup check compares only what is still held.
import type { Db } from '@/db/client';
import { beijingDayStart } from '@/lib/domain/time';
import { IN_LIST, boundList } from '@/db/dialect';

const BOUNDARY_KEY = 'records_kept_from';
const BATCH = 5_000;

export function retentionDays(): number {
  const n = Number(process.env.SMS_RECORD_RETENTION_DAYS ?? 60);
  return Number.isInteger(n) && n > 0 ? n : 60;
}

/** The first instant whose records are still kept (null until a purge has run). */
export function recordsKeptFrom(db: Db): Date | null {
  const row = db.$client
    .prepare<unknown[], { value: string }>('SELECT value FROM platform_settings WHERE key = ?')
    .get(BOUNDARY_KEY);
  return row ? new Date(Number(row.value)) : null;
}

/**
 * Deletes records before the boundary, oldest first, at most `maxBatches` batches of 5,000 in
 * one call (each its own short transaction, so sending never waits long). Idempotent; returns
 * how many messages went.
 */
export function purgeOldRecords(db: Db, now: Date, maxBatches = 20): number {
  const raw = db.$client;
  const boundary = beijingDayStart(new Date(now.getTime() - retentionDays() * 86_400_000)).getTime();
  raw
    .prepare(
      `INSERT INTO platform_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE
        SET value = max(CAST(value AS INTEGER), excluded.value), updated_at = excluded.updated_at`,
    )
    .run(BOUNDARY_KEY, String(boundary), now.getTime());
  const oldest = raw.prepare<unknown[], { id: number; at: number }>(
    `SELECT id, coalesce(processed_at, created_at) AS at FROM messages WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
  );
  const dropRefs = raw.prepare(`DELETE FROM carrier_refs WHERE message_id IN ${IN_LIST}`);
  const dropReplies = raw.prepare(`DELETE FROM replies WHERE message_id IN ${IN_LIST}`);
  // A message still waiting for a carrier (in the outbox) is kept whatever its age.
  const dropMessages = raw.prepare(
    `DELETE FROM messages WHERE id IN ${IN_LIST} AND NOT EXISTS (SELECT 1 FROM outbox o
      WHERE o.message_id = messages.id)`,
  );
  let purged = 0;
  let after = 0;
  for (let b = 0; b < maxBatches; b++) {
    const rows = oldest.all(after);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    // Message ids grow with time: the first row newer than the boundary ends the purge.
    const old = rows.filter((r) => r.at < boundary).map((r) => r.id);
    if (old.length === 0) break;
    const ids = boundList(old);
    purged += raw
      .transaction(() => {
        dropRefs.run(ids);
        dropReplies.run(ids);
        return dropMessages.run(ids).changes;
      })
      .immediate();
    if (old.length < rows.length) break;
  }
  raw.prepare('DELETE FROM replies WHERE received_at < ? AND message_id IS NULL').run(boundary);
  return purged;
}
