import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
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
        <RowTable
          head={[tx('User'), tx('Login email'), tx('Policies'), tx('Created'), '']}
          empty={
            users.length === 0 ? (
              <p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No sub-users yet.')}</p>
            ) : null
          }
        >
          {users.map((u) => (
            <tr key={u.id}>
              <td className="px-3 py-2" translate="no">
                {u.name}
              </td>
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2">
                {u.policies.length ? (
                  u.policies.map((k) => nameOf.get(k) ?? k).join(', ')
                ) : (
                  <span className="text-slate-400">{tx('None (no permissions)')}</span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(u.createdAt)}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                <EditPoliciesDialog userId={u.id} email={u.email} options={options} current={u.policies} />{' '}
                <DeleteSubUserButton userId={u.id} email={u.email} />
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
