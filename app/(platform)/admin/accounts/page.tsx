import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
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
        <DataTable
          label={tx('Customer accounts ({length})', { length: rows.length })}
          chooseColumns
          columns={[
            { key: 'uin', header: tx('Account ID'), kind: 'code', sortable: true },
            { key: 'realName', header: tx('Real-name'), kind: 'node', data: true },
            { key: 'identity', header: tx('Identity type'), kind: 'node' },
            { key: 'owner', header: tx('Owner login'), data: true },
            { key: 'applications', header: tx('Applications'), kind: 'count', sortable: true },
            { key: 'cash', header: tx('Cash balance (¥)'), kind: 'money', sortable: true },
            { key: 'quota', header: tx('Intl daily quota'), kind: 'node' },
            { key: 'createdAt', header: tx('Created'), kind: 'datetime', sortable: true },
          ]}
          rows={rows.map((r) => ({
            id: r.id,
            uin: r.uin,
            realName: (
              <>
                {r.realName}
                {r.kind === 'platform' ? (
                  <span className="ml-2 text-xs text-slate-500">{tx('(platform alarm sender, billed to nobody)')}</span>
                ) : null}
              </>
            ),
            identity: isAdmin ? (
              <IdentitySelect accountId={r.id} identity={r.identity} accountName={r.realName} />
            ) : r.identity === 'enterprise' ? (
              tx('Enterprise')
            ) : (
              tx('Individual')
            ),
            owner: r.ownerEmail ?? '—',
            applications: r.applicationCount,
            cash: r.cashBalanceLi,
            quota: isAdmin ? (
              <QuotaInput
                accountId={r.id}
                quota={r.intlDailyQuota}
                label={tx('International daily quota of {realName}', { realName: r.realName })}
              />
            ) : (
              r.intlDailyQuota
            ),
            createdAt: r.createdAt,
          }))}
        />
      </Card>
    </div>
  );
}
