import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
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
        <DataTable
          label={tx('Policies')}
          columns={[
            { key: 'name', header: tx('Policy'), kind: 'node' },
            { key: 'kind', header: tx('Type'), kind: 'status' },
            { key: 'description', header: tx('Description'), kind: 'node' },
            { key: 'actions', header: tx('Operation'), kind: 'node' },
          ]}
          rows={policies.map((p) => ({
            id: p.key,
            name: (
              <details>
                <summary className="cursor-pointer" translate="no">
                  {p.name}
                </summary>
                <pre className="mt-2 max-h-64 overflow-auto rounded-sm bg-slate-50 p-2 text-xs">{p.document}</pre>
              </details>
            ),
            kind: p.kind === 'preset' ? { label: tx('Preset'), tone: 'blue' } : { label: tx('Custom'), tone: 'grey' },
            description: (
              <span className="text-slate-600" translate={p.kind === 'preset' ? undefined : 'no'}>
                {p.kind === 'preset' ? tx(p.description) : p.description}
              </span>
            ),
            actions: p.kind === 'custom' && p.id ? <DeletePolicyButton id={p.id} name={p.name} /> : null,
          }))}
        />
      </Card>
      <Card title={tx('Create Custom Policy')}>
        <CreatePolicyForm actions={actions} uin={ctx.account.uin} sdkAppIds={sdkAppIds} />
      </Card>
    </div>
  );
}
