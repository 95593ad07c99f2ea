import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { accounts, applications, users } from '@/db/schema';
import type { Ctx } from '../context';

export interface AccountRow {
  id: number;
  uin: number;
  realName: string;
  identity: 'enterprise' | 'individual';
  cashBalanceLi: number;
  status: 'active' | 'suspended';
  intlDailyQuota: number;
  ownerEmail: string | null;
  applicationCount: number;
  kind: 'customer' | 'platform';
  createdAt: Date;
}

/** Every customer account with its owner and application count (platform staff). */
export function listAccounts(ctx: Ctx): AccountRow[] {
  ctx.authorize('DescribeAccounts');
  return ctx.db
    .select({
      id: accounts.id,
      uin: accounts.uin,
      realName: accounts.realName,
      identity: accounts.identity,
      cashBalanceLi: accounts.cashBalanceLi,
      status: accounts.status,
      intlDailyQuota: accounts.intlDailyQuota,
      // Correlated subqueries in plain SQL: drizzle leaves column names unqualified inside sql``.
      ownerEmail: sql<
        string | null
      >`(select u.email from users u where u.account_id = accounts.id and u.role = 'owner' order by u.id limit 1)`,
      applicationCount: sql<number>`(select count(*) from applications a where a.account_id = accounts.id
        and a.deleted_at is null)`,
      kind: accounts.kind,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .orderBy(asc(accounts.id))
    .all();
}

/** Counts for the platform landing page. */
export function describePlatformOverview(ctx: Ctx) {
  ctx.authorize('DescribePlatformOverview');
  const one = (q: ReturnType<typeof sql<number>>) => ctx.db.get<{ n: number }>(sql`select ${q} as n`).n;
  return {
    accounts: one(sql`(select count(*) from ${accounts})`),
    enterprise: one(sql`(select count(*) from ${accounts} where ${accounts.identity} = 'enterprise')`),
    individual: one(sql`(select count(*) from ${accounts} where ${accounts.identity} = 'individual')`),
    applications: one(sql`(select count(*) from ${applications} where ${applications.deletedAt} is null)`),
    enabledApplications: one(
      sql`(select count(*) from ${applications} where ${applications.deletedAt} is null
        and ${applications.status} = 'enabled')`,
    ),
    users: one(sql`(select count(*) from ${users})`),
  };
}
