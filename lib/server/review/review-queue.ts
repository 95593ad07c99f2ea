import 'server-only';
import type { ReviewQueueFilter } from '@/lib/schemas/review';
import { sql } from 'drizzle-orm';
import { type ContentKind } from '@/db/enums';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { maskPhone } from '@/lib/domain/phone/normalize';
import { loadReviewCalendar } from './calendar';
import type { Ctx } from '../context';

export interface QueueItem {
  kind: ContentKind;
  id: number;
  accountId: number;
  accountName: string;
  uin: number;
  title: string;
  region: string | null;
  submittedAt: Date;
  expectedBy: Date;
  late: boolean;
  ageMinutes: number;
}

/** R-REV-1: every pending item across accounts, oldest first, with its expected decision time (R-REV-3). */
export function listReviewQueue(ctx: Ctx, f: ReviewQueueFilter = {}): QueueItem[] {
  ctx.authorize('DescribeReviewQueue');
  const rows = ctx.db.all<{
    kind: ContentKind;
    id: number;
    account_id: number;
    real_name: string;
    uin: number;
    title: string;
    region: string | null;
    submitted_at: number;
  }>(sql`
    select i.kind, i.id, i.account_id, i.title, i.region, i.submitted_at, a.real_name, a.uin from (
      select 'qualification' as kind, q.id, q.account_id, q.enterprise_name as title, null as region, q.submitted_at
        from qualifications q where q.status = 'pending' and q.deleted_at is null
      union all
      select 'signature', s.id, s.account_id, s.content, s.region, s.submitted_at
        from signatures s where s.status = 'pending' and s.deleted_at is null
      union all
      select 'template', t.id, t.account_id, t.name, t.region, t.submitted_at
        from templates t where t.status = 'pending' and t.deleted_at is null
      union all
      select 'unsubscribe_removal', r.id, r.account_id, r.phone || ' · 【' || coalesce((select content
      from signatures where id = r.signature_id), '?') || '】', r.region, r.submitted_at
        from unsubscribe_removals r where r.status = 'pending' and r.deleted_at is null
    ) i join accounts a on a.id = i.account_id
    where 1 = 1
      ${f.kind ? sql`and i.kind = ${f.kind}` : sql``}
      ${f.account ? sql`and (a.real_name like ${`%${f.account}%`} or cast(a.uin as text) = ${f.account})` : sql``}
      ${f.minAgeHours !== undefined ? sql`and i.submitted_at <= ${ctx.now.getTime() - f.minAgeHours * 3_600_000}` : sql``}
    order by i.submitted_at asc, i.kind, i.id
    limit 500`);
  const calendar = loadReviewCalendar(ctx.db);
  return rows.map((r) => {
    const submittedAt = new Date(r.submitted_at);
    const expectedBy = expectedReviewBy(submittedAt, calendar);
    return {
      kind: r.kind,
      id: r.id,
      accountId: r.account_id,
      accountName: r.real_name,
      uin: r.uin,
      title: r.kind === 'unsubscribe_removal' ? r.title.replace(/^\+?\d+/, (p) => maskPhone(p)) : r.title,
      region: r.region,
      submittedAt,
      expectedBy,
      late: ctx.now.getTime() > expectedBy.getTime(),
      ageMinutes: Math.floor((ctx.now.getTime() - submittedAt.getTime()) / 60_000),
    };
  });
}
