'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction } from '@/lib/server/action';
import { createTaskInput, groupRecipientsInput, typedRecipientsInput } from '@/lib/schemas/sending';
import { createImport } from '@/lib/server/imports/create-import';
import { importReport } from '@/lib/server/imports/import-report';
import { createTask } from '@/lib/server/sending/create-task';
import { cancelTask, startTask, stopTask } from '@/lib/server/sending/task-control';

export const typedImportAction = serverAction(
  typedRecipientsInput,
  async (ctx, d) => {
    const res = await createImport(ctx, {
      region: d.region,
      templateId: d.templateId,
      signatureId: d.signatureId ?? null,
      fileName: 'typed numbers',
      typed: d.numbers.split(/\r?\n/),
    });
    return importReport(ctx, res.importId);
  },
  null,
);

export const groupImportAction = serverAction(
  groupRecipientsInput,
  async (ctx, d) => {
    const res = await createImport(ctx, {
      region: d.region,
      templateId: d.templateId,
      signatureId: d.signatureId ?? null,
      fileName: 'group',
      groupId: d.groupId,
    });
    return importReport(ctx, res.importId);
  },
  null,
);

export const createTaskAction = serverAction(createTaskInput, createTask);

export async function taskControlAction(taskId: number, op: 'stop' | 'start' | 'cancel') {
  const res = await runAction((ctx) =>
    op === 'stop'
      ? stopTask(ctx, Number(taskId))
      : op === 'start'
        ? startTask(ctx, Number(taskId))
        : cancelTask(ctx, Number(taskId)),
  );
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
