'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { createApiKey, revokeApiKey } from '@/lib/server/api-keys/api-keys';

export async function createApiKeyAction() {
  const res = await runAction((ctx) => createApiKey(ctx));
  if (res.ok) revalidatePath('/api-keys');
  return res;
}

export async function revokeApiKeyAction(id: number) {
  const res = await runAction((ctx) => revokeApiKey(ctx, Number(id)));
  if (res.ok) revalidatePath('/api-keys');
  return res;
}
