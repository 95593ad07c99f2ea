'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import {
  rotateReplyCallbackSecret,
  rotateStatusCallbackSecret,
  setReplyCallbackUrl,
  setStatusCallbackUrl,
} from '@/lib/server/callbacks/callbacks';

export async function setReplyCallbackUrlAction(url: string) {
  const res = await runAction((ctx) => setReplyCallbackUrl(ctx, { url: String(url ?? '') }));
  if (res.ok) revalidatePath('/reply-callback');
  return res;
}

export async function rotateReplyCallbackSecretAction() {
  return runAction((ctx) => rotateReplyCallbackSecret(ctx));
}

export async function setStatusCallbackUrlAction(sdkAppId: string, url: string) {
  const res = await runAction((ctx) => setStatusCallbackUrl(ctx, String(sdkAppId), { url: String(url ?? '') }));
  if (res.ok) revalidatePath(`/applications/${sdkAppId}`);
  return res;
}

export async function rotateStatusCallbackSecretAction(sdkAppId: string) {
  return runAction((ctx) => rotateStatusCallbackSecret(ctx, String(sdkAppId)));
}
