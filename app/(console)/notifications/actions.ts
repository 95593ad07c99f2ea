'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { markNotificationsRead } from '@/lib/server/notifications/notify';

export async function markReadAction(id?: number) {
  const res = await runAction((ctx) => markNotificationsRead(ctx, id === undefined ? undefined : Number(id)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
