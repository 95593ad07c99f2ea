import { PageHeader } from '@/components/layout/page-header';
import { Card, DataTable } from '@/components/ui/card';
import { formatDateTime, formatYuan } from '@/lib/domain/format';
import { listAccounts } from '@/lib/server/accounts/list-accounts';
import { requirePlatformPage } from '@/lib/server/session';
import { CreateAccountForm } from './_components/create-account-form';
import { IdentitySelect } from './_components/identity-select';
import { QuotaInput } from './_components/quota-input';

export default async function AccountsPage() {
  const ctx = await requirePlatformPage(['admin', 'finance']);
  const rows = listAccounts(ctx);
  const isAdmin = ctx.actor.role === 'admin';
  return (
    <div className="space-y-4">
      <PageHeader title="Accounts" crumbs={[{ label: isAdmin ? 'Admin' : 'Finance' }]} />
      {isAdmin ? (
        <Card title="Create account">
          <CreateAccountForm />
        </Card>
      ) : null}
      <Card title={`Customer accounts (${rows.length})`}>
        <DataTable head={['Account ID', 'Real-name', 'Identity type', 'Owner login', 'Applications', 'Cash balance (¥)', 'Intl daily quota', 'Created']}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2 font-mono">{r.uin}</td>
              <td className="px-3 py-2">{r.realName}{r.kind === 'platform' ? <span className="ml-2 text-xs text-slate-500">(platform alarm sender, billed to nobody)</span> : null}</td>
              <td className="px-3 py-2">
                {isAdmin ? (
                  <IdentitySelect accountId={r.id} identity={r.identity} label={`Identity type of ${r.realName}`} />
                ) : r.identity === 'enterprise' ? (
                  'Enterprise'
                ) : (
                  'Individual'
                )}
              </td>
              <td className="px-3 py-2">{r.ownerEmail ?? '—'}</td>
              <td className="px-3 py-2">{r.applicationCount}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(r.cashBalanceLi)}</td>
              <td className="px-3 py-2">{isAdmin ? <QuotaInput accountId={r.id} quota={r.intlDailyQuota} label={`International daily quota of ${r.realName}`} /> : r.intlDailyQuota}</td>
              <td className="px-3 py-2 text-slate-500">{formatDateTime(r.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
