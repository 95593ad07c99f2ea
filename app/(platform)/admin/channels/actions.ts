'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { addChannel, deleteChannel, editChannel, setChannelEnabled } from '@/lib/server/channels/manage-channels';
import type { ChannelInput } from '@/lib/server/channels/schemas';
import { sendTestMessage } from '@/lib/server/channels/send-test';

function done<T>(res: T): T {
  revalidatePath('/admin/channels');
  revalidatePath('/admin/routes');
  return res;
}

export async function addChannelAction(input: ChannelInput) {
  return done(await runAction((ctx) => addChannel(ctx, input)));
}

export async function editChannelAction(id: number, input: ChannelInput) {
  return done(await runAction((ctx) => editChannel(ctx, id, input)));
}

export async function setChannelEnabledAction(id: number, enabled: boolean) {
  return done(await runAction((ctx) => setChannelEnabled(ctx, id, enabled)));
}

export async function deleteChannelAction(id: number) {
  return done(await runAction((ctx) => deleteChannel(ctx, id)));
}

export async function sendTestMessageAction(id: number, input: { phone: string; text: string }) {
  return runAction((ctx) => sendTestMessage(ctx, id, input));
}
