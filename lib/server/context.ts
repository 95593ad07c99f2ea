import 'server-only';
import type { Db } from '@/db/client';
import type { IdentityType, Role } from '@/db/enums';
import type { ActionName } from '@/lib/domain/access/actions';
import type { PolicyStatement } from '@/lib/domain/access/policy';
import { authorizeActor, type Resource } from './authorize';
import { AppError } from './errors';

/**
 * Who acts: a signed-in user with their role, or the platform itself (`system`): the
 * background duties, the dispatcher and callback deliveries, which no user started and which
 * no session can become (lib/server/system-context.ts).
 */
export type ActorRole = Role | 'system';

export interface Actor {
  /** 0 for the system actor (it has no user row). */
  userId: number;
  email: string;
  name: string;
  role: ActorRole;
  /** Statements of the sub-user's attached policies (R-CAM-1); empty for others. */
  policies: PolicyStatement[];
}

/** A signed-in user (a session's or an API key's), never the system actor. */
export type UserActor = Actor & { role: Role };

/** The context of a signed-in user: pages, actions and the cloud API build this one. */
export type UserCtx = Ctx & { actor: UserActor };

export interface AccountRef {
  id: number;
  uin: number;
  identity: IdentityType;
  realName: string;
}

/** What every verb receives (docs/conventions.md #2). */
export interface Ctx {
  actor: Actor;
  /** The account a customer acts in; null for platform staff. */
  account: AccountRef | null;
  db: Db;
  now: Date;
  /** Throws AppError('FORBIDDEN') unless the actor may do `action` on `resource`. */
  authorize(action: ActionName, resource?: Resource): void;
  /** The signed-in session this request came with (console requests only). */
  sessionId?: string;
}

export function makeContext(input: {
  db: Db;
  actor: Actor;
  account: AccountRef | null;
  now?: Date;
  sessionId?: string;
}): Ctx {
  const { db, actor, account } = input;
  return {
    db,
    actor,
    account,
    sessionId: input.sessionId,
    now: input.now ?? new Date(),
    authorize: (action, resource) => authorizeActor(actor, account, action, resource),
  };
}

/**
 * The customer account of the context, or FORBIDDEN for platform staff.
 */
export function requireAccount(ctx: Ctx): AccountRef {
  if (!ctx.account) throw new AppError('FORBIDDEN', 'This action is for customer accounts.');
  return ctx.account;
}
