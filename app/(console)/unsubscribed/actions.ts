'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { applyForRemoval, queryUnsubscribe } from '@/lib/server/clients/unsubscribe';

export async function queryUnsubscribeAction(input: {
  region: string;
  phone: string;
  sdkAppId: string;
  signatureId: string;
}) {
  return runAction((ctx) => queryUnsubscribe(ctx, input ?? {}));
}

export async function applyForRemovalAction(input: {
  region: string;
  phone: string;
  sdkAppId: string;
  signatureId: string;
  reason: string;
}) {
  const res = await runAction((ctx) => applyForRemoval(ctx, input ?? {}));
  if (res.ok) revalidatePath('/unsubscribed');
  return res;
}
