'use server';
import { z } from 'zod';
import { keyedAction, runAction, serverAction } from '@/lib/server/action';
import {
  rotateReplyCallbackSecret,
  rotateStatusCallbackSecret,
  setReplyCallbackUrl,
  setStatusCallbackUrl,
} from '@/lib/server/callbacks/callbacks';
import { callbackUrlInput } from '@/lib/schemas/callbacks';

export const setReplyCallbackUrlAction = serverAction(callbackUrlInput, setReplyCallbackUrl, {
  path: '/reply-callback',
});

export async function rotateReplyCallbackSecretAction() {
  return runAction((ctx) => rotateReplyCallbackSecret(ctx));
}

export const setStatusCallbackUrlAction = keyedAction(
  z.string().trim().min(1),
  callbackUrlInput,
  setStatusCallbackUrl,
  {
    path: '/applications',
    layout: true,
  },
);

export async function rotateStatusCallbackSecretAction(sdkAppId: string) {
  return runAction((ctx) => rotateStatusCallbackSecret(ctx, String(sdkAppId)));
}
