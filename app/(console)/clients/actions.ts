'use server';
import { runAction, serverAction, type Refresh } from '@/lib/server/action';
import { createGroup, deleteGroup, importIntoGroup, removeNumbers } from '@/lib/server/clients/groups';
import { groupInput, typedGroupNumbersInput } from '@/lib/schemas/clients';
import { revalidatePath } from 'next/cache';

const clients: Refresh = { path: '/clients', layout: true };

export const createGroupAction = serverAction(groupInput, createGroup, clients);

export const manualImportAction = serverAction(typedGroupNumbersInput, importIntoGroup, clients);

export async function deleteGroupAction(id: number) {
  const res = await runAction((ctx) => deleteGroup(ctx, Number(id)));
  if (res.ok) revalidatePath('/clients', 'layout');
  return res;
}

export async function removeNumbersAction(ids: string[]) {
  const res = await runAction((ctx) => removeNumbers(ctx, Array.isArray(ids) ? ids.map(String) : []));
  if (res.ok) revalidatePath('/clients', 'layout');
  return res;
}
