import 'server-only';
// The operation log: who did what, for which account, on what, with what result, when
// and from where. Changes made by users (console) and API keys are recorded, and so are sign-ins,
// failed sign-ins, two-factor changes and key creation.
import type { Db } from '@/db/client';
import { operationLog } from '@/db/schema';

export interface OperationEntry {
  accountId: number | null;
  userId: number | null;
  /** The user's e-mail, or an API key's SecretId. */
  actor: string;
  via: 'console' | 'api' | 'system';
  /** A permission name of lib/domain/access/actions.ts, or SignIn / SignInFailed / … */
  action: string;
  resource?: string | null;
  /** `ok` or an error code. */
  result: string;
  ip?: string | null;
  at: Date;
}

export function recordOperation(db: Db, e: OperationEntry): void {
  db.insert(operationLog)
    .values({
      at: e.at,
      accountId: e.accountId,
      userId: e.userId,
      actor: e.actor,
      via: e.via,
      action: e.action,
      resource: e.resource ?? null,
      result: e.result,
      ip: e.ip ?? null,
    })
    .run();
}
