import 'server-only';
import { fillText } from '@/lib/domain/notices';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys, apiRequests, users } from '@/db/schema';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { sealSecret } from './vault';

/** R-CAM-1: at most two live key pairs per user, as in the cloud console. */
export const MAX_KEYS_PER_USER = 2;

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomText(n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHANUM[bytes[i] % ALPHANUM.length];
  return out;
}

export interface ApiKeyView {
  id: number;
  secretId: string;
  secretHint: string;
  userName: string;
  userEmail: string;
  state: 'enabled' | 'disabled';
  demo: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/**
 * Stores a key pair for a user of the account (the seed and createApiKey share it).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function insertApiKey(
  ctx: Ctx,
  input: { accountId: number; userId: number; secretId: string; secretKey: string; demo?: boolean },
): number {
  return ctx.db
    .insert(apiKeys)
    .values({
      accountId: input.accountId,
      userId: input.userId,
      secretId: input.secretId,
      sealedSecret: sealSecret(input.secretKey),
      secretHint: input.secretKey.slice(-4),
      demo: input.demo ?? false,
      createdAt: ctx.now,
    })
    .returning({ id: apiKeys.id })
    .get().id;
}

/** Creates a SecretId/SecretKey pair acting as the signed-in user; the SecretKey is returned this once. */
export function createApiKey(ctx: Ctx): { id: number; secretId: string; secretKey: string } {
  const account = requireAccount(ctx);
  ctx.authorize('CreateApiKey', { accountId: account.id });
  return ctx.db.transaction(
    () => {
      const live = ctx.db.get<{ n: number }>(
        sql`select count(*) as n from api_keys where user_id = ${ctx.actor.userId} and revoked_at is null`,
      ).n;
      if (live >= MAX_KEYS_PER_USER)
        throw new AppError(
          'LIMIT_REACHED',
          fillText('A user can have at most {MAX_KEYS_PER_USER} API keys. Revoke one first.', { MAX_KEYS_PER_USER }),
        );
      const secretId = `AKID${randomText(32)}`;
      const secretKey = randomText(32);
      const id = insertApiKey(ctx, { accountId: account.id, userId: ctx.actor.userId, secretId, secretKey });
      return { id, secretId, secretKey };
    },
    { behavior: 'immediate' },
  );
}

/** Revokes a key of the account: it never authenticates again; its request log stays. */
export function revokeApiKey(ctx: Ctx, id: number): void {
  const account = requireAccount(ctx);
  ctx.authorize('DeleteApiKey', { accountId: account.id });
  const key = ctx.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.accountId, account.id), isNull(apiKeys.revokedAt)))
    .get();
  if (!key) throw new AppError('NOT_FOUND', 'API key not found.');
  // The owner manages every key of the account; a sub-user only their own.
  if (ctx.actor.role !== 'owner' && key.userId !== ctx.actor.userId)
    throw new AppError('FORBIDDEN', 'You can only revoke your own API keys.');
  ctx.db
    .update(apiKeys)
    .set({ revokedAt: ctx.now, state: 'disabled' })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .run();
}

/** The live keys of the account (owner) or of the user (sub-user), newest first; never the secret. */
export function listApiKeys(ctx: Ctx): ApiKeyView[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeApiKeys', { accountId: account.id });
  return ctx.db
    .select({
      id: apiKeys.id,
      secretId: apiKeys.secretId,
      secretHint: apiKeys.secretHint,
      userName: users.name,
      userEmail: users.email,
      state: apiKeys.state,
      demo: apiKeys.demo,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(
      and(
        eq(apiKeys.accountId, account.id),
        isNull(apiKeys.revokedAt),
        ctx.actor.role === 'owner' ? undefined : eq(apiKeys.userId, ctx.actor.userId),
      ),
    )
    .orderBy(desc(apiKeys.id))
    .all();
}

export interface ApiRequestView {
  id: number;
  secretId: string;
  action: string;
  code: string;
  requestId: string;
  at: Date;
}

/** The latest API calls of the account's keys, optionally of one key. */
export function listApiRequests(ctx: Ctx, filter: { keyId?: number; limit?: number } = {}): ApiRequestView[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeApiKeys', { accountId: account.id });
  return ctx.db
    .select({
      id: apiRequests.id,
      secretId: apiKeys.secretId,
      action: apiRequests.action,
      code: apiRequests.code,
      requestId: apiRequests.requestId,
      at: apiRequests.at,
    })
    .from(apiRequests)
    .innerJoin(apiKeys, eq(apiKeys.id, apiRequests.keyId))
    .where(
      and(
        eq(apiRequests.accountId, account.id),
        filter.keyId ? eq(apiRequests.keyId, filter.keyId) : undefined,
        ctx.actor.role === 'owner' ? undefined : eq(apiKeys.userId, ctx.actor.userId),
      ),
    )
    .orderBy(desc(apiRequests.id))
    .limit(Math.min(filter.limit ?? 50, 200))
    .all();
}
