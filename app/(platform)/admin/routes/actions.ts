'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { addRoute, deleteRoute, editRoute, moveRoute, setRouteEnabled } from '@/lib/server/channels/manage-channels';
import type { RouteInput } from '@/lib/server/channels/schemas';

function done<T>(res: T): T {
  revalidatePath('/admin/routes');
  return res;
}

export async function addRouteAction(input: RouteInput) {
  return done(await runAction((ctx) => addRoute(ctx, input)));
}

export async function editRouteAction(id: number, input: RouteInput) {
  return done(await runAction((ctx) => editRoute(ctx, id, input)));
}

export async function moveRouteAction(id: number, direction: 'up' | 'down') {
  return done(await runAction((ctx) => moveRoute(ctx, id, direction)));
}

export async function setRouteEnabledAction(id: number, enabled: boolean) {
  return done(await runAction((ctx) => setRouteEnabled(ctx, id, enabled)));
}

export async function deleteRouteAction(id: number) {
  return done(await runAction((ctx) => deleteRoute(ctx, id)));
}
