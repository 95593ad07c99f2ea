import 'server-only';
import type { Db } from '@/db/client';
import { makeContext, type AccountRef, type Actor, type Ctx } from './context';

/** The system actor: the platform's own background work, never a user and never signed in. */
const SYSTEM: Actor = { userId: 0, email: 'system@sms.local', name: 'system', role: 'system', policies: [] };

/**
 * The context of background work (duties, the dispatcher, alarms, the channels file): the
 * system actor, which may use platform actions and, with an account, that account's actions
 * (lib/server/authorize.ts) — nothing of another account.
 */
export function systemContext(db: Db, now: Date): Ctx {
  return makeContext({ db, now, account: null, actor: SYSTEM });
}

/** The system actor inside one account (for duties that run customer verbs, e.g. auto-renewal). */
export function systemContextFor(db: Db, now: Date, account: AccountRef): Ctx {
  return makeContext({ db, now, account, actor: SYSTEM });
}
