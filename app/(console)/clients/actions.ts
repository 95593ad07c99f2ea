'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { createGroup, deleteGroup, importIntoGroup, removeNumbers } from '@/lib/server/clients/groups';

const refresh = () => revalidatePath('/clients', 'layout');

export async function createGroupAction(input: { name: string; region: string }) {
  const res = await runAction((ctx) => createGroup(ctx, input));
  if (res.ok) refresh();
  return res;
}

export async function manualImportAction(input: { groupId?: number; name?: string; region?: string; lines: string }) {
  const lines = String(input.lines ?? '').split(/\r?\n/);
  const res = await runAction((ctx) =>
    importIntoGroup(
      ctx,
      input.groupId
        ? { groupId: Number(input.groupId), lines }
        : { newGroup: { name: String(input.name ?? ''), region: String(input.region ?? '') }, lines },
    ),
  );
  if (res.ok) refresh();
  return res;
}

export async function deleteGroupAction(id: number) {
  const res = await runAction((ctx) => deleteGroup(ctx, Number(id)));
  if (res.ok) refresh();
  return res;
}

export async function removeNumbersAction(ids: string[]) {
  const res = await runAction((ctx) => removeNumbers(ctx, ids));
  if (res.ok) refresh();
  return res;
}
