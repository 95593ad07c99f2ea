import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { toFailure, type ActionResult } from './errors';
import { getActorContext } from './session';
import type { Ctx } from './context';
import { audited, type Audit } from './audit/audited';
import { clientInfo } from './http/client-address';
import { inReaderLanguage } from './reader-language';
import { parseInput } from './validation';

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

/** What a successful action refreshes: paths (with `layout`, everything under them), or nothing. */
type Path = { path: string; layout?: boolean };
export type Refresh = Path | Path[] | null;

/**
 * Turns a verb and its input schema into a server action: the browser's input is checked
 * with the schema (problems come back as field errors, in the reader's language, and nothing
 * runs), the verb gets the parsed type, and a success refreshes `refresh` (default: every page).
 * Only async functions may leave a 'use server' file, so this returns one.
 * @internal the wrapper of server actions: the verb it runs checks
 */
export function serverAction<S extends z.ZodType, T>(
  schema: S,
  verb: (ctx: Ctx, input: z.output<S>) => T | Promise<T>,
  refresh: Refresh = { path: '/', layout: true },
): (input: z.input<S>) => Promise<ActionResult<Awaited<T>>> {
  return async (input) => refreshed(await runAction((ctx) => verb(ctx, parseInput(schema, input))), refresh);
}

/**
 * `serverAction` for verbs that act on one thing named apart from the form — an application's
 * SdkAppId, a channel's id: the action takes that key first (checked with `key`), then the input.
 * @internal the wrapper of server actions: the verb it runs checks
 */
export function keyedAction<K extends z.ZodType, S extends z.ZodType, T>(
  key: K,
  schema: S,
  verb: (ctx: Ctx, key: z.output<K>, input: z.output<S>) => T | Promise<T>,
  refresh: Refresh = { path: '/', layout: true },
): (key: z.input<K>, input: z.input<S>) => Promise<ActionResult<Awaited<T>>> {
  return async (k, input) =>
    refreshed(await runAction((ctx) => verb(ctx, parseInput(key, k), parseInput(schema, input))), refresh);
}

/** The result as it was, after refreshing `refresh` when it succeeded. */
export function refreshed<T>(res: ActionResult<T>, refresh: Refresh): ActionResult<Awaited<T>> {
  if (res.ok && refresh) for (const p of [refresh].flat()) revalidatePath(p.path, p.layout ? 'layout' : undefined);
  return res as ActionResult<Awaited<T>>;
}
