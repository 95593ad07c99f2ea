import 'server-only';
import { toFailure, type ActionResult } from './errors';
import { getActorContext } from './session';
import type { Ctx } from './context';
import { audited, type Audit } from './audit/audited';
import { clientInfo } from './http/client-address';
import { inReaderLanguage } from './reader-language';

/**
 * Runs a server action's body for the signed-in user: unauthenticated callers get a
 * result saying so and nothing runs; typed errors become results (never a stack trace).
 * @internal the wrapper of server actions: it builds the context, the verb it runs checks
 */
export async function runAction<T>(fn: (ctx: Ctx) => T | Promise<T>): Promise<ActionResult<T>> {
  let audit: Audit | null = null;
  let ip: string | null = null;
  try {
    const ctx = await getActorContext();
    if (!ctx)
      return inReaderLanguage({
        ok: false as const,
        code: 'UNAUTHENTICATED' as const,
        message: 'Your session has ended. Please sign in again.',
      });
    audit = audited(ctx);
    ip = await requestIp();
    const where = { via: 'console' as const, ip };
    // A synchronous verb runs in one transaction with its operation-log row; an async
    // verb (files, DNS) cannot hold a transaction across awaits: its row is written right after.
    let logged = false;
    // Wrapped: a transaction function may not return a promise itself.
    const started = ctx.db.$client
      .transaction(() => {
        const r = fn(audit!.ctx);
        if (!(r instanceof Promise)) {
          audit!.finish('ok', where);
          logged = true;
        }
        return { r };
      })
      .immediate();
    const data = await started.r;
    if (!logged) audit.finish('ok', where);
    return { ok: true, data };
  } catch (err) {
    try {
      audit?.finish(err, { via: 'console', ip });
    } catch (logError) {
      console.error('[sms-console] operation log write failed', logError);
    }
    return inReaderLanguage(toFailure(err));
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
