import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
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
        <RowTable
          head={[
            tx('Request'),
            tx('Account'),
            tx('Packages (used after gift re-charge)'),
            tx('Refund (¥)'),
            tx('Requested'),
            tx('State'),
            tx('Decision'),
          ]}
          empty={
            rows.length === 0 ? (
              <p className="py-6 text-center text-sm text-slate-500">
                {state === 'all' ? tx('No refund requests.') : tx('No {state} refund requests.', { state: tx(state) })}
              </p>
            ) : null
          }
        >
          {rows.map(({ r, accountName, uin }) => (
            <tr key={r.id}>
              <td className="px-3 py-2 font-mono text-xs">#{r.id}</td>
              <td className="px-3 py-2" translate="no">
                {accountName} <span className="text-xs text-slate-500">{uin}</span>
              </td>
              <td className="px-3 py-2 text-xs">
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
              </td>
              <td className="px-3 py-2 font-semibold tabular-nums">{formatYuan(r.totalLi)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(r.requestedAt)}</td>
              <td className="px-3 py-2">
                <StatusBadge tone={r.state === 'approved' ? 'green' : r.state === 'refused' ? 'red' : 'amber'}>
                  {r.state}
                </StatusBadge>
                {r.refuseReason ? <span className="block text-xs text-red-600">{r.refuseReason}</span> : null}
              </td>
              <td className="px-3 py-2">
                {r.state === 'pending' && ctx.actor.role === 'finance' ? <RefundDecision refundId={r.id} /> : null}
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
