import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { applications } from '@/db/schema';
import { requireAccount, type Ctx } from '../context';

export interface ApplicationCard {
  id: number;
  sdkAppId: string;
  name: string;
  overview: string;
  tags: string[];
  status: 'enabled' | 'disabled';
  createdAt: Date;
}

/** The account's applications, oldest first (the console's card list). */
export function listApplications(ctx: Ctx): ApplicationCard[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeAppList', { accountId: account.id });
  return ctx.db
    .select({
      id: applications.id,
      sdkAppId: applications.sdkAppId,
      name: applications.name,
      overview: applications.overview,
      tags: applications.tags,
      status: applications.status,
      createdAt: applications.createdAt,
    })
    .from(applications)
    .where(and(eq(applications.accountId, account.id), isNull(applications.deletedAt)))
    .orderBy(asc(applications.id))
    .all();
}
