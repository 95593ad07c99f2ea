'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { addDndNumbers, removeDndEntries } from '@/lib/server/clients/opt-outs';

export async function addDndNumbersAction(input: {
  region: string;
  signatureId: number;
  scope: string;
  numbers: string;
  consent: boolean;
}) {
  const res = await runAction((ctx) => addDndNumbers(ctx, input));
  if (res.ok) revalidatePath('/dnd');
  return res;
}

export async function removeDndEntriesAction(keys: string[]) {
  const res = await runAction((ctx) => removeDndEntries(ctx, Array.isArray(keys) ? keys.map(String) : []));
  if (res.ok) revalidatePath('/dnd');
  return res;
}
