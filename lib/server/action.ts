import 'server-only';
import { toFailure, type ActionResult } from './errors';
import { getActorContext } from './session';
import type { Ctx } from './context';

/**
 * Runs a server action's body for the signed-in user: unauthenticated callers get a
 * result saying so and nothing runs; typed errors become results (never a stack trace).
 */
export async function runAction<T>(fn: (ctx: Ctx) => T | Promise<T>): Promise<ActionResult<T>> {
  try {
    const ctx = await getActorContext();
    if (!ctx) return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Please sign in again.' };
    return { ok: true, data: await fn(ctx) };
  } catch (err) {
    return toFailure(err);
  }
}
