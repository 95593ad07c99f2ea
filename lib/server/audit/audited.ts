import 'server-only';
// Records which permissions a verb used, so the operation log can say what a request changed
//. Wraps ctx.authorize; read-only actions are not logged.
import { ACTIONS, type ActionName } from '@/lib/domain/access/actions';
import type { Resource } from '../authorize';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { recordOperation } from './operation-log';

export interface Audit {
  ctx: Ctx;
  /** Writes the log rows of the changes the verb asked for, with their result. */
  finish(result: 'ok' | unknown, where: { via: 'console' | 'api'; actor?: string; ip?: string | null }): void;
}

function resourceName(ctx: Ctx, resource?: Resource): string | null {
  if (resource?.sdkAppId) return `app/${resource.sdkAppId}`;
  if (resource?.accountId) return `account/${resource.accountId}`;
  return ctx.account ? `account/${ctx.account.id}` : null;
}

export function audited(ctx: Ctx): Audit {
  const writes = new Map<string, { action: ActionName; resource: string | null }>();
  const wrapped: Ctx = {
    ...ctx,
    authorize(action, resource) {
      if (!ACTIONS[action].readOnly) {
        const r = resourceName(ctx, resource);
        writes.set(`${action}|${r}`, { action, resource: r });
      }
      ctx.authorize(action, resource);
    },
  };
  return {
    ctx: wrapped,
    finish(result, where) {
      if (writes.size === 0) return;
      const code =
        result === 'ok'
          ? 'ok'
          : result instanceof AppError
            ? result.code
            : ((result as { code?: string } | null)?.code ?? 'INTERNAL');
      for (const w of writes.values()) {
        recordOperation(ctx.db, {
          accountId: ctx.account?.id ?? null,
          userId: ctx.actor.userId > 0 ? ctx.actor.userId : null,
          actor: where.actor ?? ctx.actor.email,
          via: where.via,
          action: w.action,
          resource: w.resource,
          result: code,
          ip: where.ip ?? null,
          at: ctx.now,
        });
      }
    },
  };
}
