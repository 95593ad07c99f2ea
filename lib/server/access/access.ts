import 'server-only';
import type { SubUserInput } from '@/lib/schemas/access';
import type { PolicyInput } from '@/lib/schemas/access';
import { fillText } from '@/lib/domain/notices';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { policies, userPolicies, users } from '@/db/schema';
import {
  parsePolicyDocument,
  PRESET_NAMES,
  PRESET_POLICIES,
  type PolicyError,
} from '@/lib/domain/access/policy-document';
import type { PolicyStatement } from '@/lib/domain/access/policy';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { hashPassword } from '../auth/password';

/** R-CAM-1: at most this many sub-users and custom policies per account. */
export const MAX_SUB_USERS = 100;
export const MAX_POLICIES = 100;

/**
 * Access Management is the owner's: sub-users never manage users or policies (as in CAM, sms:* does not cover
 * cam:*).
 */
function requireOwner(ctx: Ctx) {
  const account = requireAccount(ctx);
  if (ctx.actor.role !== 'owner') throw new AppError('FORBIDDEN', 'Only the account owner manages users and policies.');
  return account;
}

/**
 * The statements of a sub-user's attached policies (presets and the account's custom policies).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function statementsOf(db: Ctx['db'], userId: number, accountId: number): PolicyStatement[] {
  const attached = db
    .select({ policy: userPolicies.policy })
    .from(userPolicies)
    .where(eq(userPolicies.userId, userId))
    .all()
    .map((r) => r.policy);
  const out: PolicyStatement[] = attached
    .filter((p) => p.startsWith('preset:'))
    .flatMap((p) => PRESET_POLICIES[p.slice(7) as keyof typeof PRESET_POLICIES]?.statements ?? []);
  const customIds = attached.filter((p) => p.startsWith('custom:')).map((p) => Number(p.slice(7)));
  if (customIds.length === 0) return out;
  // One query for every custom policy attached (this runs on each request of a sub-user).
  for (const row of db
    .select({ document: policies.document })
    .from(policies)
    .where(and(inArray(policies.id, customIds), eq(policies.accountId, accountId)))
    .all()) {
    out.push(...(JSON.parse(row.document) as { statement: PolicyStatement[] }).statement);
  }
  return out;
}

export interface PolicyView {
  key: string;
  name: string;
  kind: 'preset' | 'custom';
  description: string;
  id?: number;
  document: string;
}

/** Presets first, then the account's custom policies. */
export function listPolicies(ctx: Ctx): PolicyView[] {
  const account = requireOwner(ctx);
  const presets: PolicyView[] = PRESET_NAMES.map((n) => ({
    key: `preset:${n}`,
    name: n,
    kind: 'preset',
    description: PRESET_POLICIES[n].description,
    document: JSON.stringify({ version: '2.0', statement: PRESET_POLICIES[n].statements }, null, 2),
  }));
  const custom = ctx.db
    .select()
    .from(policies)
    .where(eq(policies.accountId, account.id))
    .orderBy(asc(policies.name))
    .all();
  return [
    ...presets,
    ...custom.map((p) => ({
      key: `custom:${p.id}`,
      name: p.name,
      kind: 'custom' as const,
      description: p.description,
      id: p.id,
      document: p.document,
    })),
  ];
}

/** Creates a custom policy; a document with problems is refused with each problem's line. */
export function createPolicy(ctx: Ctx, data: PolicyInput): { id: number } {
  const account = requireOwner(ctx);
  if ((PRESET_NAMES as string[]).includes(data.name))
    throw new AppError('CONFLICT', 'That is the name of a preset policy.', { name: 'Choose another name.' });
  const parsed = parsePolicyDocument(data.document, account.uin);
  if (!parsed.ok)
    throw new AppError('INVALID_INPUT', 'The policy has problems.', { document: formatErrors(parsed.errors) });
  return ctx.db.transaction(
    () => {
      if (
        ctx.db
          .select({ id: policies.id })
          .from(policies)
          .where(and(eq(policies.accountId, account.id), eq(policies.name, data.name)))
          .get()
      ) {
        throw new AppError('CONFLICT', 'A policy with this name exists.', { name: 'This name is already used.' });
      }
      const n = ctx.db.$client
        .prepare<
          unknown[],
          {
            n: number;
          }
        >('SELECT count(*) AS n FROM policies WHERE account_id = ?')
        .get(account.id)!;
      if (n.n >= MAX_POLICIES)
        throw new AppError('LIMIT_REACHED', fillText('At most {MAX_POLICIES} custom policies.', { MAX_POLICIES }));
      const document = JSON.stringify({ version: '2.0', statement: parsed.statements }, null, 2);
      return ctx.db
        .insert(policies)
        .values({ accountId: account.id, name: data.name, description: data.description, document, createdAt: ctx.now })
        .returning({ id: policies.id })
        .get();
    },
    { behavior: 'immediate' },
  );
}

/** "Line 4: …; Line 6: …" — one message per problem, for the editor. */
export function formatErrors(errors: PolicyError[]): string {
  return errors.map((e) => `Line ${e.line}: ${e.message}`).join('\n');
}

/** Deletes a custom policy and detaches it from every sub-user (final). */
export function deletePolicy(ctx: Ctx, id: number): void {
  const account = requireOwner(ctx);
  ctx.db.transaction(
    () => {
      const p = ctx.db
        .select({ id: policies.id })
        .from(policies)
        .where(and(eq(policies.id, id), eq(policies.accountId, account.id)))
        .get();
      if (!p) throw new AppError('NOT_FOUND', 'Policy not found.');
      ctx.db
        .delete(userPolicies)
        .where(eq(userPolicies.policy, `custom:${id}`))
        .run();
      ctx.db.delete(policies).where(eq(policies.id, id)).run();
    },
    { behavior: 'immediate' },
  );
}

export interface SubUserView {
  id: number;
  email: string;
  name: string;
  createdAt: Date;
  policies: string[];
}

export function listSubUsers(ctx: Ctx): SubUserView[] {
  const account = requireOwner(ctx);
  const rows = ctx.db
    .select({ id: users.id, email: users.email, name: users.name, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.accountId, account.id), eq(users.role, 'subuser'), isNull(users.disabledAt)))
    .orderBy(asc(users.email))
    .all();
  return rows.map((u) => ({
    ...u,
    policies: ctx.db
      .select({ p: userPolicies.policy })
      .from(userPolicies)
      .where(eq(userPolicies.userId, u.id))
      .all()
      .map((r) => r.p),
  }));
}

/** Checks policy keys against the presets and the account's custom policies. */
function checkPolicyKeys(ctx: Ctx, accountId: number, keys: string[]): string[] {
  const unique = [...new Set(keys)];
  for (const k of unique) {
    const ok = k.startsWith('preset:')
      ? (PRESET_NAMES as string[]).includes(k.slice(7))
      : /^custom:\d+$/.test(k) &&
        !!ctx.db
          .select({ id: policies.id })
          .from(policies)
          .where(and(eq(policies.id, Number(k.slice(7))), eq(policies.accountId, accountId)))
          .get();
    if (!ok)
      throw new AppError('INVALID_INPUT', 'Choose policies of this account.', {
        policies: fillText('Unknown policy {k}.', { k }),
      });
  }
  return unique;
}

/** R-CAM-1: the owner creates a sub-user (login + password) with policies attached. */
export function createSubUser(ctx: Ctx, data: SubUserInput): { id: number } {
  const account = requireOwner(ctx);
  return ctx.db.transaction(
    () => {
      const keys = checkPolicyKeys(ctx, account.id, data.policies);
      if (ctx.db.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get()) {
        throw new AppError('CONFLICT', 'That email already has a login.', { email: 'This email is already used.' });
      }
      const n = ctx.db.$client
        .prepare<unknown[], { n: number }>(
          `SELECT count(*) AS n FROM users WHERE account_id = ? AND role = 'subuser' AND disabled_at IS NULL`,
        )
        .get(account.id)!;
      if (n.n >= MAX_SUB_USERS)
        throw new AppError('LIMIT_REACHED', fillText('At most {MAX_SUB_USERS} sub-users.', { MAX_SUB_USERS }));
      const user = ctx.db
        .insert(users)
        .values({
          email: data.email,
          name: data.name,
          passwordHash: hashPassword(data.password),
          role: 'subuser',
          accountId: account.id,
          createdAt: ctx.now,
        })
        .returning({ id: users.id })
        .get();
      for (const k of keys) ctx.db.insert(userPolicies).values({ userId: user.id, policy: k }).run();
      return user;
    },
    { behavior: 'immediate' },
  );
}

function findSubUser(ctx: Ctx, accountId: number, userId: number) {
  const u = ctx.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.id, userId), eq(users.accountId, accountId), eq(users.role, 'subuser'), isNull(users.disabledAt)),
    )
    .get();
  if (!u) throw new AppError('NOT_FOUND', 'User not found.');
  return u;
}

/** Replaces a sub-user's attached policies; takes effect on the user's next request. */
export function setSubUserPolicies(ctx: Ctx, userId: number, keys: string[]): void {
  const account = requireOwner(ctx);
  ctx.db.transaction(
    () => {
      findSubUser(ctx, account.id, userId);
      const checked = checkPolicyKeys(ctx, account.id, Array.isArray(keys) ? keys.map(String) : []);
      ctx.db.delete(userPolicies).where(eq(userPolicies.userId, userId)).run();
      for (const k of checked) ctx.db.insert(userPolicies).values({ userId, policy: k }).run();
    },
    { behavior: 'immediate' },
  );
}

/** Deletes a sub-user: no sign-in, no API calls (their keys stop working); history keeps the name. */
export function deleteSubUser(ctx: Ctx, userId: number): void {
  const account = requireOwner(ctx);
  ctx.db.transaction(
    () => {
      findSubUser(ctx, account.id, userId);
      ctx.db.update(users).set({ disabledAt: ctx.now }).where(eq(users.id, userId)).run();
      ctx.db.delete(userPolicies).where(eq(userPolicies.userId, userId)).run();
      ctx.db.$client
        .prepare(`UPDATE api_keys SET state = 'disabled', revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`)
        .run(ctx.now.getTime(), userId);
    },
    { behavior: 'immediate' },
  );
}
