import 'server-only';
import type { Db } from '@/db/client';
import { makeContext, type Ctx } from './context';

/** The context of background duties: acts as the platform itself (no user row). */
export function systemContext(db: Db, now: Date): Ctx {
  return makeContext({
    db,
    now,
    account: null,
    actor: { userId: 0, email: 'system@sms.local', name: 'system', role: 'admin', policies: [] },
  });
}

/** A system context acting inside one account (for duties that run customer verbs). */
export function systemContextFor(db: Db, now: Date, account: NonNullable<Ctx['account']>): Ctx {
  return makeContext({
    db,
    now,
    account,
    actor: { userId: 0, email: 'system@sms.local', name: 'system', role: 'owner', policies: [] },
  });
}
