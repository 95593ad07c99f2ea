import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { StatusBadge } from '@/components/ui/status-badge';
import { listRemovalRequests } from '@/lib/server/clients/unsubscribe';
import { listApplications } from '@/lib/server/applications/list-applications';
import { listSignatures } from '@/lib/server/content/read-content';
import { ifAllowed } from '@/lib/server/page-data';
import { UnsubscribeQuery } from './_components/unsubscribe-query';
import { formatDateTime } from '@/lib/domain/format';
import { listOptOuts } from '@/lib/server/clients/opt-outs';
import { requireCustomerPage } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

const TYPE: Record<string, string> = {
  marketing: uiText('Marketing'),
  notification: uiText('Notification'),
  verification: uiText('Verification code'),
};

/**
 * General Management → Unsubscribed Users (R-UNS-1, R-UNS-2): numbers that replied T/N/TD/Unsubscribe/QX/0000,
 * the per-type query and removal requests.
 */
export default async function UnsubscribedPage({
  searchParams,
}: {
  searchParams: Promise<{ region?: string; q?: string }>;
}) {
  const tx = await getText();
  const sp = await searchParams;
  const region = sp.region === 'international' ? 'international' : 'mainland';
  const ctx = await requireCustomerPage();
  const rows = listOptOuts(ctx, { region, source: 'reply', q: sp.q });
  const requests = listRemovalRequests(ctx, region);
  const apps = listApplications(ctx).map((a) => ({ sdkAppId: a.sdkAppId, name: a.name }));
  const sigs = ifAllowed(() => listSignatures(ctx, { region }))?.map((s) => ({ id: s.id, content: s.content })) ?? [];
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="Unsubscribed Users" crumbs={[{ label: 'General Management' }]} />
      <nav aria-label={tx('Message type')} className="flex gap-2 border-b border-slate-200">
        {(['mainland', 'international'] as const).map((r) => (
          <Link
            key={r}
            href={`/unsubscribed?region=${r}`}
            className={`border-b-2 px-3 py-2 text-sm ${region === r ? 'border-brand-500 text-brand-700' : 'border-transparent text-slate-600'}`}
          >
            {r === 'mainland' ? tx('Mainland China') : tx('International')}
          </Link>
        ))}
      </nav>
      <p className="text-xs text-slate-500">
        {tx(
          'A reply of T, N, TD, Unsubscribe, QX or 0000 within 72 hours unsubscribes the number from that signature and message type; later sends fail with 1015.',
        )}
      </p>
      <Card title={tx('Query and apply for removal')}>
        <UnsubscribeQuery key={region} region={region} apps={apps} signatures={sigs} />
      </Card>
      <Card title={tx('Unsubscribed numbers')}>
        <FilterBar
          hidden={{ region }}
          fields={[
            { kind: 'text', name: 'q', label: tx('Query by number'), placeholder: tx('Number contains'), value: sp.q },
          ]}
          submit={tx('Query')}
          clear={{ label: tx('Clear'), href: `/unsubscribed?region=${region}` }}
        />
        <DataTable
          label={tx('Unsubscribed numbers')}
          columns={[
            { key: 'phone', header: tx('Number'), kind: 'phone' },
            { key: 'signature', header: tx('Signature'), data: true },
            { key: 'scope', header: tx('Type') },
            { key: 'createdAt', header: tx('Unsubscribed'), kind: 'datetime', sortable: true },
          ]}
          rows={rows.map((r) => ({
            id: r.key,
            phone: r.phone,
            signature: r.signature,
            scope: tx(TYPE[r.scope] ?? r.scope),
            createdAt: r.createdAt,
          }))}
          empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No unsubscribed numbers.')}</p>}
        />
      </Card>
      <Card title={tx('Removal requests')}>
        <DataTable
          label={tx('Removal requests')}
          columns={[
            { key: 'id', header: '#', kind: 'code' },
            { key: 'phone', header: tx('Number'), kind: 'phone' },
            { key: 'signature', header: tx('Signature'), data: true },
            { key: 'application', header: tx('Application'), data: true },
            { key: 'reason', header: tx('Reason'), data: true },
            { key: 'submittedAt', header: tx('Submitted'), kind: 'datetime', sortable: true },
            { key: 'status', header: tx('Status'), kind: 'node' },
          ]}
          rows={requests.map((r) => ({
            id: r.id,
            phone: r.phone,
            signature: `【${r.signature}】`,
            application: r.application,
            reason: r.reason,
            submittedAt: r.submittedAt,
            status:
              r.status === 'pending' ? (
                <span>
                  <StatusBadge tone="amber">{tx('Pending review')}</StatusBadge>
                  <span className="block text-xs text-slate-500">
                    {tx('Expected by')} {formatDateTime(r.expectedBy)}
                  </span>
                </span>
              ) : r.status === 'approved' ? (
                <StatusBadge tone="green">{tx('Approved: removed')}</StatusBadge>
              ) : (
                <span>
                  <StatusBadge tone="red">{tx('Rejected')}</StatusBadge>
                  <span className="block text-xs text-slate-500">{r.rejectReason}</span>
                </span>
              ),
          }))}
          empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No removal requests.')}</p>}
        />
      </Card>
    </div>
  );
}
