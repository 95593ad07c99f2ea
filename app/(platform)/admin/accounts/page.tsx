import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatDateTime, formatYuan } from '@/lib/domain/format';
import { listAccounts } from '@/lib/server/accounts/list-accounts';
import { requirePlatformPage } from '@/lib/server/session';
import { CreateAccountForm } from './_components/create-account-form';
import { IdentitySelect } from './_components/identity-select';
import { QuotaInput } from './_components/quota-input';

export default async function AccountsPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['admin', 'finance']);
  const rows = listAccounts(ctx);
  const isAdmin = ctx.actor.role === 'admin';
  return (
    <div className="space-y-4">
      <PageHeader title="Accounts" crumbs={[{ label: isAdmin ? 'Admin' : 'Finance' }]} />
      {isAdmin ? (
        <Card title={tx('Create account')}>
          <CreateAccountForm />
        </Card>
      ) : null}
      <Card title={tx('Customer accounts ({length})', { length: rows.length })}>
        <RowTable
          head={[
            tx('Account ID'),
            tx('Real-name'),
            tx('Identity type'),
            tx('Owner login'),
            tx('Applications'),
            tx('Cash balance (¥)'),
            tx('Intl daily quota'),
            tx('Created'),
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2 font-mono">{r.uin}</td>
              <td className="px-3 py-2" translate="no">
                {r.realName}
                {r.kind === 'platform' ? (
                  <span className="ml-2 text-xs text-slate-500">{tx('(platform alarm sender, billed to nobody)')}</span>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {isAdmin ? (
                  <IdentitySelect accountId={r.id} identity={r.identity} accountName={r.realName} />
                ) : r.identity === 'enterprise' ? (
                  tx('Enterprise')
                ) : (
                  tx('Individual')
                )}
              </td>
              <td className="px-3 py-2">{r.ownerEmail ?? '—'}</td>
              <td className="px-3 py-2">{r.applicationCount}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(r.cashBalanceLi)}</td>
              <td className="px-3 py-2">
                {isAdmin ? (
                  <QuotaInput
                    accountId={r.id}
                    quota={r.intlDailyQuota}
                    label={tx('International daily quota of {realName}', { realName: r.realName })}
                  />
                ) : (
                  r.intlDailyQuota
                )}
              </td>
              <td className="px-3 py-2 text-slate-500">{formatDateTime(r.createdAt)}</td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
