import 'server-only';
import type { DndNumbersInput } from '@/lib/schemas/clients';
import { fillText } from '@/lib/domain/notices';
import { type Region } from '@/db/enums';
import { maskPhone, normalizePhone } from '@/lib/domain/phone/normalize';
import { MAX_DND_NUMBERS } from '@/lib/domain/sending/optout';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';

export interface DndAddResult {
  added: number;
  duplicates: number;
  rejected: { line: number; text: string; reason: string }[];
}

/** R-DND-1: adds numbers (one per line) to the do-not-disturb list of a signature; ≤ 1,000 per account. */
export function addDndNumbers(ctx: Ctx, d: DndNumbersInput): DndAddResult {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyDndList', { accountId: account.id });
  const lines = d.numbers.split(/\r?\n/).map((l) => l.trim());
  if (lines.every((l) => l === ''))
    throw new AppError('INVALID_INPUT', 'Enter at least one number.', { numbers: 'Enter one number per line.' });
  const db = ctx.db.$client;
  const sig = db
    .prepare('SELECT id FROM signatures WHERE id = ? AND account_id = ? AND region = ? AND deleted_at IS NULL')
    .get(d.signatureId, account.id, d.region);
  if (!sig)
    throw new AppError('INVALID_INPUT', 'Choose a signature of this list.', { signatureId: 'Choose a signature.' });
  const rejected: DndAddResult['rejected'] = [];
  const phones: string[] = [];
  lines.forEach((text, i) => {
    if (text === '') return;
    const n = normalizePhone(text, d.region);
    if (n.ok) phones.push(n.e164);
    else rejected.push({ line: i + 1, text, reason: n.message });
  });
  return ctx.db.transaction(
    () => {
      const existing = db
        .prepare<unknown[], { n: number }>(
          `SELECT count(DISTINCT phone) AS n FROM opt_outs WHERE account_id = ? AND source = 'dnd'`,
        )
        .get(account.id)!.n;
      const known = new Set(
        db
          .prepare(`SELECT DISTINCT phone FROM opt_outs WHERE account_id = ? AND source = 'dnd'`)
          .pluck()
          .all(account.id) as string[],
      );
      const fresh = new Set(phones.filter((p) => !known.has(p)));
      if (existing + fresh.size > MAX_DND_NUMBERS) {
        throw new AppError(
          'LIMIT_REACHED',
          fillText('The do-not-disturb list holds at most {v0} numbers (now {existing}).', {
            v0: MAX_DND_NUMBERS.toLocaleString('en-US'),
            existing,
          }),
          { numbers: 'Too many numbers.' },
        );
      }
      const insert = db.prepare(
        `INSERT INTO opt_outs (account_id, phone, signature_id, scope, region, source, created_at)
          VALUES (?, ?, ?, ?, ?, 'dnd', ?)
         ON CONFLICT DO NOTHING`,
      );
      let added = 0;
      for (const p of phones)
        added += insert.run(account.id, p, d.signatureId, d.scope, d.region, ctx.now.getTime()).changes;
      return { added, duplicates: phones.length - added, rejected };
    },
    { behavior: 'immediate' },
  );
}

export interface OptOutRow {
  key: string;
  phone: string;
  signature: string;
  scope: string;
  source: 'dnd' | 'reply';
  createdAt: Date;
}

/** The do-not-disturb list (source dnd) or the unsubscribed numbers (source reply), masked, newest first. */
export function listOptOuts(
  ctx: Ctx,
  f: { region: Region; source: 'dnd' | 'reply'; q?: string; limit?: number },
): OptOutRow[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeDndList', { accountId: account.id });
  const digits = f.q?.replace(/\D/g, '') ?? '';
  const rows = ctx.db.$client
    .prepare<
      unknown[],
      {
        rid: number;
        phone: string;
        signature_id: number;
        scope: string;
        source: 'dnd' | 'reply';
        created_at: number;
        signature: string | null;
      }
    >(
      `SELECT o.rowid AS rid, o.phone, o.signature_id, o.scope, o.source, o.created_at, s.content AS signature
        FROM opt_outs o LEFT JOIN signatures s ON s.id = o.signature_id
       WHERE o.account_id = ? AND o.region = ? AND o.source = ? AND (? = '' OR o.phone LIKE '%' || ? || '%')
       ORDER BY o.created_at DESC, o.phone LIMIT ?`,
    )
    .all(account.id, f.region, f.source, digits, digits, f.limit ?? 500);
  return rows.map((r) => ({
    key: String(r.rid),
    phone: maskPhone(r.phone),
    signature: r.signature ?? `#${r.signature_id}`,
    scope: r.scope,
    source: r.source,
    createdAt: new Date(r.created_at),
  }));
}

/**
 * Deletes do-not-disturb entries by their list key (final); another account's keys change nothing. Unsubscribes
 * are not removed here (R-UNS-2 needs a review).
 */
export function removeDndEntries(ctx: Ctx, keys: string[]): number {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyDndList', { accountId: account.id });
  const del = ctx.db.$client.prepare(`DELETE FROM opt_outs WHERE rowid = ? AND account_id = ? AND source = 'dnd'`);
  let n = 0;
  ctx.db.transaction(() => {
    for (const k of keys.slice(0, 1000)) n += del.run(Number(k) || 0, account.id).changes;
  });
  return n;
}
