'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction } from '@/lib/server/action';
import { addDndNumbers, removeDndEntries } from '@/lib/server/clients/opt-outs';
import { dndNumbersInput } from '@/lib/schemas/clients';

export const addDndNumbersAction = serverAction(dndNumbersInput, addDndNumbers, { path: '/dnd' });

export async function removeDndEntriesAction(keys: string[]) {
  const res = await runAction((ctx) => removeDndEntries(ctx, Array.isArray(keys) ? keys.map(String) : []));
  if (res.ok) revalidatePath('/dnd');
  return res;
}
