import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { applications, tasks } from '@/db/schema';
import { canCancelScheduled } from '@/lib/domain/sending/schedule';
import { appResource } from '../authorize';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';

function ownTask(ctx: Ctx, taskId: number) {
  const account = requireAccount(ctx);
  const row = ctx.db
    .select({ t: tasks, sdkAppId: applications.sdkAppId })
    .from(tasks)
    .innerJoin(applications, eq(applications.id, tasks.applicationId))
    .where(and(eq(tasks.id, taskId), eq(tasks.accountId, account.id)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Task not found.');
  return { task: row.t, resource: appResource({ accountId: account.id, sdkAppId: row.sdkAppId }) };
}

/** R-SND-4: a scheduled task can be cancelled up to 5 minutes before its time. */
export function cancelTask(ctx: Ctx, taskId: number): void {
  const { task, resource } = ownTask(ctx, taskId);
  ctx.authorize('CancelSendSMSTask', resource);
  if (task.status !== 'scheduled') throw new AppError('CONFLICT', 'Only scheduled tasks can be cancelled.');
  if (!task.scheduledAt || !canCancelScheduled(task.scheduledAt, ctx.now)) {
    throw new AppError(
      'CONFLICT',
      'Too late to cancel: a scheduled task can be cancelled up to 5 minutes before its send time.',
    );
  }
  const res = ctx.db
    .update(tasks)
    .set({ status: 'cancelled', finishedAt: ctx.now })
    .where(and(eq(tasks.id, taskId), eq(tasks.status, 'scheduled')))
    .run();
  if (res.changes === 0) throw new AppError('CONFLICT', 'The task changed meanwhile.');
}

/** R-SND-4: stop a sending task; unsent messages are neither sent nor billed until it starts again. */
export function stopTask(ctx: Ctx, taskId: number): void {
  const { resource } = ownTask(ctx, taskId);
  ctx.authorize('ModifyTaskStatusStop', resource);
  const res = ctx.db
    .update(tasks)
    .set({ status: 'stopped' })
    .where(and(eq(tasks.id, taskId), eq(tasks.status, 'sending')))
    .run();
  if (res.changes === 0) throw new AppError('CONFLICT', 'Only a sending task can be stopped.');
}

/** R-SND-4: start a stopped task again (or a scheduled one right now). */
export function startTask(ctx: Ctx, taskId: number): void {
  const { resource } = ownTask(ctx, taskId);
  ctx.authorize('ModifyTaskStatusStart', resource);
  const res = ctx.db
    .update(tasks)
    .set({ status: 'sending', startedAt: ctx.now })
    .where(and(eq(tasks.id, taskId), inArray(tasks.status, ['stopped', 'scheduled'])))
    .run();
  if (res.changes === 0) throw new AppError('CONFLICT', 'Only a stopped or scheduled task can be started.');
}
