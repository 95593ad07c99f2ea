'use server';
import { revalidatePath } from 'next/cache';
import { keyedAction, runAction, serverAction, type Refresh } from '@/lib/server/action';
import { addChannel, deleteChannel, editChannel, setChannelEnabled } from '@/lib/server/channels/manage-channels';
import { sendTestMessage } from '@/lib/server/channels/send-test';
import { channelInput, testMessageInput } from '@/lib/schemas/channels';
import { id } from '@/lib/schemas/common';

const channelPages: Refresh = [{ path: '/admin/channels' }, { path: '/admin/routes' }];

function done<T>(res: T): T {
  revalidatePath('/admin/channels');
  revalidatePath('/admin/routes');
  return res;
}

export const addChannelAction = serverAction(channelInput, addChannel, channelPages);

export const editChannelAction = keyedAction(id, channelInput, editChannel, channelPages);

export async function setChannelEnabledAction(channelId: number, enabled: boolean) {
  return done(await runAction((ctx) => setChannelEnabled(ctx, Number(channelId), Boolean(enabled))));
}

export async function deleteChannelAction(channelId: number) {
  return done(await runAction((ctx) => deleteChannel(ctx, Number(channelId))));
}

export const sendTestMessageAction = keyedAction(id, testMessageInput, sendTestMessage, null);
