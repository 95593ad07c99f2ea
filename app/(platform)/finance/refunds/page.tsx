import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount, formatYuan } from '@/lib/domain/format';
import { listRefundQueue } from '@/lib/server/money/refunds';
import { requirePlatformPage } from '@/lib/server/session';
import { RefundDecision } from '../_components/refund-decision';

export default async function RefundsPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const stateParam = (await searchParams).state;
  const state = stateParam === 'all' || stateParam === 'approved' || stateParam === 'refused' ? stateParam : 'pending';
  const rows = listRefundQueue(ctx, state);
  return (
    <div className="space-y-4">
      <PageHeader title="Refund Requests" crumbs={[{ label: 'Finance', href: '/finance' }]} />
      <Card>
        <nav className="mb-3 flex gap-3 text-sm" aria-label={tx('Refund state')}>
          {[
            ['pending', uiText('Pending')],
            ['approved', uiText('Approved')],
            ['refused', uiText('Refused')],
            ['all', uiText('All')],
          ].map(([s, label]) => (
            <a key={s} href={`?state=${s}`} className={s === state ? 'font-semibold text-brand-500' : 'text-slate-600'}>
              {tx(label)}
            </a>
          ))}
        </nav>
        <DataTable
          columns={[
            { key: 'request', header: tx('Request'), kind: 'code', sortable: true },
            { key: 'account', header: tx('Account'), kind: 'node', data: true },
            { key: 'packages', header: tx('Packages (used after gift re-charge)'), kind: 'node' },
            { key: 'totalLi', header: tx('Refund (¥)'), kind: 'money', sortable: true },
            { key: 'requestedAt', header: tx('Requested'), kind: 'datetime', sortable: true },
            { key: 'state', header: tx('State'), kind: 'node' },
            { key: 'decision', header: tx('Decision'), kind: 'node' },
          ]}
          rows={rows.map(({ r, accountName, uin }) => ({
            id: r.id,
            request: `#${r.id}`,
            account: (
              <>
                {accountName} <span className="text-xs text-slate-500">{uin}</span>
              </>
            ),
            packages: (
              <span className="text-xs">
                {r.lines
                  .map((l) =>
                    tx('#{packageId}: {used} used → ¥{refund}', {
                      packageId: l.packageId,
                      used: formatCount(l.usedAfterRecharge),
                      refund: formatYuan(l.refundLi),
                    }),
                  )
                  .join('; ')}
                {r.giftRecharged > 0 ? (
                  <span className="block text-slate-500">
                    {formatCount(r.giftRecharged)} {tx('gift messages re-charged')}
                  </span>
                ) : null}
              </span>
            ),
            totalLi: r.totalLi,
            requestedAt: r.requestedAt,
            state: (
              <>
                <StatusBadge tone={r.state === 'approved' ? 'green' : r.state === 'refused' ? 'red' : 'amber'}>
                  {tx(r.state)}
                </StatusBadge>
                {r.refuseReason ? (
                  <span className="block text-xs text-red-600" translate="no">
                    {r.refuseReason}
                  </span>
                ) : null}
              </>
            ),
            decision: r.state === 'pending' && ctx.actor.role === 'finance' ? <RefundDecision refundId={r.id} /> : null,
          }))}
          empty={
            <p className="py-6 text-center text-sm text-slate-500">
              {state === 'all' ? tx('No refund requests.') : tx('No {state} refund requests.', { state: tx(state) })}
            </p>
          }
        />
      </Card>
    </div>
  );
}
