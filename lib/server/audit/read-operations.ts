import 'server-only';
import type { OperationFilter } from '@/lib/schemas/audit';
// Reading the operation log: a customer sees its account's entries; the platform admin
// sees every account's, and the platform's own (sign-in failures with no account, API keys that
// do not exist).
import { and, desc, eq, gte, isNull, like, lt, type SQL } from 'drizzle-orm';
import { operationLog, users } from '@/db/schema';
import { fromBeijing } from '@/lib/domain/time';
import type { Ctx } from '../context';

export const OPERATIONS_PER_PAGE = 50;

/** The columns of an entry as pages and the export show it. */
const ENTRY = {
  id: operationLog.id,
  at: operationLog.at,
  accountId: operationLog.accountId,
  actor: operationLog.actor,
  via: operationLog.via,
  action: operationLog.action,
  resource: operationLog.resource,
  result: operationLog.result,
  ip: operationLog.ip,
};

function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return fromBeijing(y, m, d, 0);
}

function conditions(ctx: Ctx, f: OperationFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (ctx.account) {
    ctx.authorize('DescribeOperationLog', { accountId: ctx.account.id });
    where.push(eq(operationLog.accountId, ctx.account.id));
  } else {
    ctx.authorize('DescribePlatformOperationLog');
    if (f.account === 'platform') where.push(isNull(operationLog.accountId));
    else if (f.account && /^\d+$/.test(f.account)) where.push(eq(operationLog.accountId, Number(f.account)));
  }
  if (f.user) where.push(like(operationLog.actor, `%${f.user.replace(/[%_]/g, '')}%`));
  if (f.action) where.push(eq(operationLog.action, f.action));
  if (f.from) where.push(gte(operationLog.at, dayStart(f.from)));
  if (f.to) where.push(lt(operationLog.at, new Date(dayStart(f.to).getTime() + 86_400_000)));
  return and(...where);
}

/** One page of the log, newest first. */
export function listOperations(ctx: Ctx, f: OperationFilter) {
  const rows = ctx.db
    .select({ ...ENTRY, userName: users.name })
    .from(operationLog)
    .leftJoin(users, eq(users.id, operationLog.userId))
    .where(conditions(ctx, f))
    .orderBy(desc(operationLog.id))
    .limit(OPERATIONS_PER_PAGE + 1)
    .offset((f.page - 1) * OPERATIONS_PER_PAGE)
    .all();
  return { rows: rows.slice(0, OPERATIONS_PER_PAGE), hasMore: rows.length > OPERATIONS_PER_PAGE, page: f.page };
}

/** Every matching entry, newest first, for the export: keyset pages of 2,000, never all in memory. */
export function* iterateOperations(ctx: Ctx, f: OperationFilter) {
  const where = conditions(ctx, f);
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const page = ctx.db
      .select(ENTRY)
      .from(operationLog)
      .where(and(where, lt(operationLog.id, before)))
      .orderBy(desc(operationLog.id))
      .limit(2000)
      .all();
    if (page.length === 0) return;
    yield* page;
    before = page[page.length - 1].id;
  }
}
