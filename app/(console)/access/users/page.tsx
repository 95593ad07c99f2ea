import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { listPolicies, listSubUsers } from '@/lib/server/access/access';
import { requireCustomerPage } from '@/lib/server/session';
import { OwnerOnly } from '../_components/owner-only';
import { CreateSubUserDialog, DeleteSubUserButton, EditPoliciesDialog } from './_components/user-forms';

export const dynamic = 'force-dynamic';

/** Access Management → Users (R-CAM-1): sub-users and their policies; the owner's page. */
export default async function UsersPage() {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  if (ctx.actor.role !== 'owner') return <OwnerOnly title={tx('Users')} />;
  const users = listSubUsers(ctx);
  const options = listPolicies(ctx).map((p) => ({
    key: p.key,
    name: p.name,
    description: p.description,
    kind: p.kind,
  }));
  const nameOf = new Map(options.map((o) => [o.key, o.name]));
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader
        title="Users"
        crumbs={[{ label: 'Access Management' }]}
        actions={<CreateSubUserDialog options={options} />}
      />
      <p className="text-xs text-slate-500">
        {tx(
          'Sub-users sign in with their own email and password, and may do what their policies allow — in the console and through their API keys.',
        )}
      </p>
      <Card>
        <DataTable
          label={tx('Users')}
          columns={[
            { key: 'name', header: tx('User'), data: true },
            { key: 'email', header: tx('Login email'), data: true },
            { key: 'policies', header: tx('Policies'), kind: 'node' },
            { key: 'createdAt', header: tx('Created'), kind: 'datetime', sortable: true },
            { key: 'actions', header: tx('Operation'), kind: 'node' },
          ]}
          rows={users.map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            policies: u.policies.length ? (
              u.policies.map((k) => nameOf.get(k) ?? k).join(', ')
            ) : (
              <span className="text-slate-400">{tx('None (no permissions)')}</span>
            ),
            createdAt: u.createdAt,
            actions: (
              <span className="whitespace-nowrap">
                <EditPoliciesDialog userId={u.id} email={u.email} options={options} current={u.policies} />{' '}
                <DeleteSubUserButton userId={u.id} email={u.email} />
              </span>
            ),
          }))}
          empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No sub-users yet.')}</p>}
        />
      </Card>
    </div>
  );
}
