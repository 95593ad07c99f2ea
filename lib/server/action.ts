import 'server-only';
import { toFailure, type ActionResult } from './errors';
import { getActorContext } from './session';
import type { Ctx } from './context';
import { audited, type Audit } from './audit/audited';
import { clientInfo } from './http/client-address';

/**
 * Runs a server action's body for the signed-in user: unauthenticated callers get a
 * result saying so and nothing runs; typed errors become results (never a stack trace).
 */
export async function runAction<T>(fn: (ctx: Ctx) => T | Promise<T>): Promise<ActionResult<T>> {
  let audit: Audit | null = null;
  try {
    const ctx = await getActorContext();
    if (!ctx) return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Please sign in again.' };
    audit = audited(ctx);
    const data = await fn(audit.ctx);
    audit.finish('ok', { via: 'console', ip: await requestIp() });
    return { ok: true, data };
  } catch (err) {
    audit?.finish(err, { via: 'console', ip: await requestIp() });
    return toFailure(err);
  }
}

/** The caller's address when there is a request (not in scripts and tests). */
async function requestIp(): Promise<string | null> {
  try {
    return (await clientInfo()).ip;
  } catch {
    return null;
  }
}
