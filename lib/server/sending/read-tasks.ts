import 'server-only';
import { sql } from 'drizzle-orm';
import type { Region, TaskStatus } from '@/db/enums';
import { errorReason } from '@/lib/domain/errors';
import { maskPhone } from '@/lib/domain/phone/normalize';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';

export interface TaskRow {
  id: number;
  name: string;
  region: Region;
  status: TaskStatus;
  appName: string;
  sdkAppId: string;
  templateName: string;
  signature: string | null;
  total: number;
  submitted: number;
  failed: number;
  delivered: number;
  undelivered: number;
  billed: number;
  costLi: number;
  scheduledAt: Date | null;
  createdAt: Date;
  finishedAt: Date | null;
  senderId: string | null;
  scenario: string | null;
  recipientSource: string;
}

const TASK_SELECT = sql`
  select t.id, t.name, t.region, t.status, a.name as app_name, a.sdk_app_id, tp.name as template_name,
  s.content as signature,
         t.total, t.submitted, t.failed, t.delivered, t.undelivered, t.billed, t.cost_li, t.scheduled_at,
         t.created_at, t.finished_at,
         t.sender_id, t.scenario, t.recipient_source
  from tasks t join applications a on a.id = t.application_id join templates tp on tp.id = t.template_id
  left join signatures s on s.id = t.signature_id`;

type RawTask = {
  id: number;
  name: string;
  region: Region;
  status: TaskStatus;
  app_name: string;
  sdk_app_id: string;
  template_name: string;
  signature: string | null;
  total: number;
  submitted: number;
  failed: number;
  delivered: number;
  undelivered: number;
  billed: number;
  cost_li: number;
  scheduled_at: number | null;
  created_at: number;
  finished_at: number | null;
  sender_id: string | null;
  scenario: string | null;
  recipient_source: string;
};

function toRow(r: RawTask): TaskRow {
  return {
    id: r.id,
    name: r.name,
    region: r.region,
    status: r.status,
    appName: r.app_name,
    sdkAppId: r.sdk_app_id,
    templateName: r.template_name,
    signature: r.signature,
    total: r.total,
    submitted: r.submitted,
    failed: r.failed,
    delivered: r.delivered,
    undelivered: r.undelivered,
    billed: r.billed,
    costLi: r.cost_li,
    scheduledAt: r.scheduled_at ? new Date(r.scheduled_at) : null,
    createdAt: new Date(r.created_at),
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
    senderId: r.sender_id,
    scenario: r.scenario,
    recipientSource: r.recipient_source,
  };
}

/** R-SND-5: the account's tasks of one list with filters (status, name), newest first, paged. */
export function listTasks(
  ctx: Ctx,
  f: { region: Region; status?: string; q?: string; page?: number; pageSize?: number },
) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeSendSMSTaskSummary', { accountId: account.id });
  const size = f.pageSize ?? 20;
  const page = Math.max(1, f.page ?? 1);
  const where = sql`where t.account_id = ${account.id} and t.region = ${f.region}
    ${f.status ? sql`and t.status = ${f.status}` : sql``} ${f.q ? sql`and t.name like ${`%${f.q}%`}` : sql``}`;
  const rows = ctx.db
    .all<RawTask>(sql`${TASK_SELECT} ${where} order by t.id desc limit ${size} offset ${(page - 1) * size}`)
    .map(toRow);
  const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from tasks t ${where}`).n;
  return { rows, total, page, pageSize: size };
}

/** One task with its counters, failure reasons and receipt analysis (R-SND-5). */
export function getTaskDetails(ctx: Ctx, taskId: number) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeSendSMSDetail', { accountId: account.id });
  const raw = ctx.db.get<RawTask | undefined>(
    sql`${TASK_SELECT} where t.id = ${taskId} and t.account_id = ${account.id}`,
  );
  if (!raw) throw new AppError('NOT_FOUND', 'Task not found.');
  const task = toRow(raw);
  const failures = ctx.db
    .all<{ code: string; n: number }>(
      sql`select fail_code as code, count(*) as n from messages where task_id = ${taskId}
        and status in ('failed', 'undelivered') group by fail_code order by n desc`,
    )
    .map((f) => ({ code: f.code, reason: errorReason(f.code), count: f.n }));
  const withReceipt = task.delivered + task.undelivered;
  const withoutReceipt = task.submitted - withReceipt;
  // Billed messages a network channel has not taken yet (its link is down or disabled).
  const waiting = ctx.db.get<{ n: number }>(
    sql`select count(*) as n from outbox o join messages m on m.id = o.message_id where m.task_id = ${taskId}`,
  ).n;
  return {
    task,
    progress: {
      pending: task.status === 'cancelled' ? 0 : task.total - task.submitted - task.failed,
      sent: task.submitted,
      failed: task.failed,
      other: task.submitted - withReceipt,
      waiting,
    },
    receipts: {
      withReceipt,
      withoutReceipt,
      delivered: task.delivered,
      undelivered: task.undelivered,
      receiptRate: task.submitted > 0 ? withReceipt / task.submitted : 0,
      successRate: withReceipt > 0 ? task.delivered / withReceipt : 0,
    },
    failures,
  };
}

/** The task's numbers with status, receipt time and reason; masked unless `full` (R-MSG-5). */
export function taskRecipients(
  ctx: Ctx,
  taskId: number,
  f: { status?: string; phone?: string; page?: number; pageSize?: number; full?: boolean } = {},
) {
  const { task } = getTaskDetails(ctx, taskId);
  const size = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const where = sql`where task_id = ${task.id} ${f.status ? sql`and status = ${f.status}` : sql``}
    ${f.phone ? sql`and phone like ${`%${f.phone.replace(/\D/g, '')}%`}` : sql``}`;
  const rows = ctx.db
    .all<{
      id: number;
      phone: string;
      status: string;
      fail_code: string | null;
      billable: number;
      submitted_at: number | null;
      receipt_at: number | null;
      content: string | null;
    }>(
      sql`select id, phone, status, fail_code, billable, submitted_at, receipt_at, content
        from messages ${where} order by id limit ${size} offset ${(page - 1) * size}`,
    )
    .map((r) => ({
      id: r.id,
      phone: f.full ? r.phone : maskPhone(r.phone),
      status: r.status,
      failCode: r.fail_code,
      reason: r.fail_code ? errorReason(r.fail_code) : '',
      billable: r.billable,
      submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
      receiptAt: r.receipt_at ? new Date(r.receipt_at) : null,
      content: r.content,
    }));
  const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from messages ${where}`).n;
  return { rows, total, page, pageSize: size };
}

/** Streams every recipient of a task for the export, in pages, masked unless `full`. */
export function* taskExportRows(ctx: Ctx, taskId: number, full: boolean) {
  const { task } = getTaskDetails(ctx, taskId);
  const stmt = ctx.db.$client.prepare<
    unknown[],
    {
      id: number;
      phone: string;
      status: string;
      fail_code: string | null;
      billable: number;
      submitted_at: number | null;
      receipt_at: number | null;
    }
  >(
    `select id, phone, status, fail_code, billable, submitted_at, receipt_at from messages where task_id = ?
      and id > ? order by id limit 5000`,
  );
  let after = 0;
  for (;;) {
    const page = stmt.all(task.id, after);
    if (page.length === 0) return;
    for (const r of page)
      yield { ...r, phone: full ? r.phone : maskPhone(r.phone), reason: r.fail_code ? errorReason(r.fail_code) : '' };
    after = page[page.length - 1].id;
  }
}
