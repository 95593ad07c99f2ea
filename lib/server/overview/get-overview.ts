import 'server-only';
import { eq } from 'drizzle-orm';
import { accounts } from '@/db/schema';
import { requireAccount, type Ctx } from '../context';
import { listApplications, type ApplicationCard } from '../applications/list-applications';

export interface Overview {
  account: { realName: string; uin: number; identity: 'enterprise' | 'individual'; cashBalanceLi: number };
  applications: { total: number; enabled: number; disabled: number; items: ApplicationCard[] };
}

/** What the console's Overview shows (R-UI-2), from what exists so far. */
export function getOverview(ctx: Ctx): Overview {
  const ref = requireAccount(ctx);
  ctx.authorize('DescribeOverview', { accountId: ref.id });
  const account = ctx.db
    .select({
      realName: accounts.realName,
      uin: accounts.uin,
      identity: accounts.identity,
      cashBalanceLi: accounts.cashBalanceLi,
    })
    .from(accounts)
    .where(eq(accounts.id, ref.id))
    .get()!;
  const items = listApplications(ctx);
  const enabled = items.filter((a) => a.status === 'enabled').length;
  return { account, applications: { total: items.length, enabled, disabled: items.length - enabled, items } };
}
