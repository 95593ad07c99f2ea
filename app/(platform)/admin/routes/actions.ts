'use server';
import { revalidatePath } from 'next/cache';
import { keyedAction, runAction, serverAction, type Refresh } from '@/lib/server/action';
import { addRoute, deleteRoute, editRoute, moveRoute, setRouteEnabled } from '@/lib/server/channels/manage-channels';
import { routeInput } from '@/lib/schemas/channels';
import { id } from '@/lib/schemas/common';

const routes: Refresh = { path: '/admin/routes' };

function done<T>(res: T): T {
  revalidatePath('/admin/routes');
  return res;
}

export const addRouteAction = serverAction(routeInput, (ctx, input) => addRoute(ctx, input), routes);

export const editRouteAction = keyedAction(id, routeInput, editRoute, routes);

export async function moveRouteAction(routeId: number, direction: 'up' | 'down') {
  return done(await runAction((ctx) => moveRoute(ctx, Number(routeId), direction === 'up' ? 'up' : 'down')));
}

export async function setRouteEnabledAction(routeId: number, enabled: boolean) {
  return done(await runAction((ctx) => setRouteEnabled(ctx, Number(routeId), Boolean(enabled))));
}

export async function deleteRouteAction(routeId: number) {
  return done(await runAction((ctx) => deleteRoute(ctx, Number(routeId))));
}
