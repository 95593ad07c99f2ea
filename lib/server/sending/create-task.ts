import 'server-only';
import type { CreateTaskInput } from '@/lib/schemas/sending';
import { and, eq, isNull } from 'drizzle-orm';
import { applications, imports, tasks } from '@/db/schema';
import { validateCampaignName, validateSenderId } from '@/lib/domain/sms/campaign';
import { zonedTimeToUtc } from '@/lib/domain/sending/schedule';
import { rowContext } from '@/lib/domain/sending/rows';
import { formatDateTime } from '@/lib/domain/format';
import { appResource } from '../authorize';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { loadSendingContent } from '../imports/create-import';
import { findImport } from '../imports/import-report';

/**
 * R-CON-2 / R-SND-1 (b): a group task's recipients are the group's numbers when the task is
 * confirmed (not when they were checked). Replaces the import's rows inside the confirming
 * transaction; a group deleted or emptied meanwhile refuses the task.
 */
function snapshotGroup(ctx: Ctx, importId: number, groupId: number, billable: number): number {
  const raw = ctx.db.$client;
  const group = raw
    .prepare('SELECT id FROM customer_groups WHERE id = ? AND account_id = ? AND deleted_at IS NULL')
    .get(groupId, ctx.account!.id);
  if (!group)
    throw new AppError('CONFLICT', 'The customer group was deleted. Choose another group.', {
      groupId: 'This group no longer exists.',
    });
  raw.prepare('DELETE FROM import_rows WHERE import_id = ?').run(importId);
  const n = raw
    .prepare(
      `INSERT INTO import_rows (import_id, seq, phone, iso_country, vars, billable)
       SELECT ?, row_number() OVER (ORDER BY added_at, phone), CAST(substr(phone, 2) AS INTEGER),
       nullif(iso_country, 'CN'), NULL, ? FROM customer_numbers WHERE group_id = ?`,
    )
    .run(importId, billable, groupId).changes;
  if (n === 0)
    throw new AppError('INVALID_INPUT', 'The group has no numbers any more.', { groupId: 'The group is empty.' });
  const byCountry = Object.fromEntries(
    raw
      .prepare<unknown[], { iso: string; billed: number }>(
        `SELECT coalesce(iso_country, 'CN') AS iso, count(*) * ? AS billed FROM import_rows WHERE import_id = ?
          GROUP BY 1`,
      )
      .all(billable, importId)
      .map((r) => [r.iso, r.billed]),
  );
  ctx.db
    .update(imports)
    .set({
      totalRows: n,
      validRows: n,
      duplicateRows: 0,
      rejectedRows: 0,
      billableTotal: n * billable,
      billableByCountry: byCountry,
    })
    .where(eq(imports.id, importId))
    .run();
  return n;
}

/**
 * "Confirm Send" (R-SND-1..4): turns a checked import into a task and its messages in one
 * transaction (one INSERT … SELECT, so a million rows stay fast). Now → sending; later → scheduled.
 */
export function createTask(
  ctx: Ctx,
  d: CreateTaskInput,
): { taskId: number; status: 'sending' | 'scheduled'; total: number } {
  const account = requireAccount(ctx);
  const app = ctx.db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.sdkAppId, d.sdkAppId),
        eq(applications.accountId, account.id),
        isNull(applications.deletedAt),
      ),
    )
    .get();
  if (!app)
    throw new AppError('INVALID_INPUT', 'Choose one of your applications.', { sdkAppId: 'Choose an application.' });
  ctx.authorize('CreateSendTask', appResource(app));
  if (app.status !== 'enabled')
    throw new AppError('INVALID_INPUT', 'The application is disabled.', { sdkAppId: 'This application is disabled.' });
  const { template, signature } = loadSendingContent(ctx, d.region, d.templateId, d.signatureId);
  const imp = findImport(ctx, d.importId);
  if (imp.state !== 'ready')
    throw new AppError('CONFLICT', 'These recipients were already used for a task; upload them again.');
  if (imp.region !== d.region || imp.templateId !== template.id)
    throw new AppError('INVALID_INPUT', 'The recipients were checked against another template; upload them again.');
  if (imp.validRows === 0) throw new AppError('INVALID_INPUT', 'No valid recipients to send to.');

  const fieldErrors: Record<string, string> = {};
  if (d.region === 'international') {
    if (d.senderId) {
      const s = validateSenderId(d.senderId);
      if (!s.ok) fieldErrors.senderId = s.message;
    }
    if (d.name !== undefined && d.name !== '') {
      const n = validateCampaignName(d.name);
      if (!n.ok) fieldErrors.name = n.message;
    }
  }
  let scheduledAt: Date | null = null;
  if (d.send === 'scheduled') {
    scheduledAt = zonedTimeToUtc(d.date ?? '', d.time ?? '', d.timeZone);
    if (!scheduledAt) fieldErrors.date = 'Choose a valid date, time and time zone.';
    else if (scheduledAt.getTime() <= ctx.now.getTime() + 60_000)
      fieldErrors.date = 'Choose a time at least a minute from now.';
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrors);

  const status = scheduledAt ? 'scheduled' : 'sending';
  const raw2 = ctx.db.$client;
  return ctx.db.transaction(
    () => {
      const used = ctx.db
        .update(imports)
        .set({ state: 'used' })
        .where(and(eq(imports.id, imp.id), eq(imports.state, 'ready')))
        .run();
      if (used.changes === 0) throw new AppError('CONFLICT', 'These recipients were already used for a task.');
      const total =
        imp.source === 'group' && imp.groupId !== null
          ? snapshotGroup(
              ctx,
              imp.id,
              imp.groupId,
              rowContext({
                region: d.region,
                content: template.content,
                signature: signature?.content,
                identity: account.identity,
              }).fixedBillable ?? 1,
            )
          : imp.validRows;
      const { id: taskId } = ctx.db
        .insert(tasks)
        .values({
          accountId: account.id,
          applicationId: app.id,
          region: d.region,
          signatureId: signature?.id ?? null,
          templateId: template.id,
          name: d.name || `${template.name} ${formatDateTime(ctx.now).slice(0, 16)}`,
          scenario: d.scenario || null,
          senderId: d.senderId || null,
          status,
          scheduledAt,
          timeZone: d.timeZone,
          recipientSource: imp.source,
          total,
          createdBy: ctx.actor.userId || null,
          createdAt: ctx.now,
          startedAt: status === 'sending' ? ctx.now : null,
        })
        .returning({ id: tasks.id })
        .get();
      raw2
        .prepare(
          `INSERT INTO messages (task_id, account_id, application_id, region, signature_id, template_id, phone,
            iso_country, vars, billable, status, created_at)
           SELECT ?, ?, ?, ?, ?, ?, '+' || phone, coalesce(iso_country, 'CN'), vars, billable, 'pending', ?
           FROM import_rows WHERE import_id = ? ORDER BY seq`,
        )
        .run(taskId, account.id, app.id, d.region, signature?.id ?? null, template.id, ctx.now.getTime(), imp.id);
      raw2.prepare('DELETE FROM import_rows WHERE import_id = ?').run(imp.id);
      return { taskId, status, total };
    },
    { behavior: 'immediate' },
  );
}
