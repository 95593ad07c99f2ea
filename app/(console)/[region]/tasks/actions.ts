'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { createImport } from '@/lib/server/imports/create-import';
import { importReport } from '@/lib/server/imports/import-report';
import { createTask } from '@/lib/server/sending/create-task';
import { cancelTask, startTask, stopTask } from '@/lib/server/sending/task-control';

export async function typedImportAction(input: {
  region: string;
  templateId: number;
  signatureId?: number | null;
  numbers: string;
}) {
  return runAction(async (ctx) => {
    const region = input.region === 'international' ? 'international' : 'mainland';
    const res = await createImport(ctx, {
      region,
      templateId: Number(input.templateId),
      signatureId: input.signatureId ? Number(input.signatureId) : null,
      fileName: 'typed numbers',
      typed: String(input.numbers).split(/\r?\n/),
    });
    return importReport(ctx, res.importId);
  });
}

export async function groupImportAction(input: {
  region: string;
  templateId: number;
  signatureId?: number | null;
  groupId: number;
}) {
  return runAction(async (ctx) => {
    const region = input.region === 'international' ? 'international' : 'mainland';
    const res = await createImport(ctx, {
      region,
      templateId: Number(input.templateId),
      signatureId: input.signatureId ? Number(input.signatureId) : null,
      fileName: 'group',
      groupId: Number(input.groupId),
    });
    return importReport(ctx, res.importId);
  });
}

export async function createTaskAction(input: Record<string, unknown>) {
  const res = await runAction((ctx) => createTask(ctx, input));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

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
