import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { ACTIONS } from '@/lib/domain/access/actions';
import { listPolicies } from '@/lib/server/access/access';
import { listApplications } from '@/lib/server/applications/list-applications';
import { requireCustomerPage } from '@/lib/server/session';
import { OwnerOnly } from '../_components/owner-only';
import { CreatePolicyForm, DeletePolicyButton } from './_components/policy-forms';

export const dynamic = 'force-dynamic';

/** Access Management → Policies (R-CAM-1, R-CAM-2): the presets and the account's custom policies. */
export default async function PoliciesPage() {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  if (ctx.actor.role !== 'owner') return <OwnerOnly title={tx('Policies')} />;
  const policies = listPolicies(ctx);
  const actions = Object.entries(ACTIONS)
    .filter(([, d]) => d.scope !== 'platform')
    .map(([n]) => n)
    .sort();
  const sdkAppIds = listApplications(ctx).map((a) => a.sdkAppId);
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="Policies" crumbs={[{ label: 'Access Management' }]} />
      <Card title={tx('Policies')}>
        <RowTable head={[tx('Policy'), tx('Type'), tx('Description'), '']}>
          {policies.map((p) => (
            <tr key={p.key}>
              <td className="px-3 py-2 align-top">
                <details>
                  <summary className="cursor-pointer" translate="no">
                    {p.name}
                  </summary>
                  <pre className="mt-2 max-h-64 overflow-auto rounded-sm bg-slate-50 p-2 text-xs">{p.document}</pre>
                </details>
              </td>
              <td className="px-3 py-2 align-top">
                <StatusBadge tone={p.kind === 'preset' ? 'blue' : 'grey'}>
                  {p.kind === 'preset' ? tx('Preset') : tx('Custom')}
                </StatusBadge>
              </td>
              <td className="px-3 py-2 align-top text-slate-600" translate={p.kind === 'preset' ? undefined : 'no'}>
                {p.kind === 'preset' ? tx(p.description) : p.description}
              </td>
              <td className="px-3 py-2 text-right align-top">
                {p.kind === 'custom' && p.id ? <DeletePolicyButton id={p.id} name={p.name} /> : null}
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
      <Card title={tx('Create Custom Policy')}>
        <CreatePolicyForm actions={actions} uin={ctx.account.uin} sdkAppIds={sdkAppIds} />
      </Card>
    </div>
  );
}
