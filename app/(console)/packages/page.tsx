import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { listCashLedger } from '@/lib/server/money/finance';
import { listPackages } from '@/lib/server/money/packages';
import { listOwnRefunds } from '@/lib/server/money/refunds';
import { getPackageSettings } from '@/lib/server/money/settings';
import { requireCustomerPage } from '@/lib/server/session';
import { getTranslations } from 'next-intl/server';
import { PackageTable } from './_components/package-table';
import { PackageSettingsForm } from './_components/package-settings-form';

export default async function PackagesPage() {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  const { rows, availableBalance, pendingEffect } = listPackages(ctx);
  const { balanceLi } = listCashLedger(ctx, 1);
  const settings = getPackageSettings(ctx);
  const refunds = listOwnRefunds(ctx);
  const t = await getTranslations('packages');
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        actions={
          <Link
            href="/packages/buy"
            className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
          >
            {t('buy')}
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Card>
          <div className="text-xs text-slate-500">{t('available')}</div>
          <div className="mt-1 text-2xl font-semibold" data-testid="available-balance">
            {t('messages', { count: formatCount(availableBalance) })}
          </div>
          {pendingEffect > 0 ? (
            <p className="mt-1 text-xs text-amber-700" data-testid="pending-effect">
              {t('pendingEffect', { count: formatCount(pendingEffect) })}
            </p>
          ) : null}
          <p className="mt-1 text-xs text-slate-500">{t('shared')}</p>
        </Card>
        <Card>
          <div className="text-xs text-slate-500">{t('cash')}</div>
          <div className="mt-1 text-2xl font-semibold" data-testid="cash-balance">
            ¥{formatYuan(balanceLi)}
          </div>
          <Link href="/billing" className="mt-1 inline-block text-xs text-brand-500 hover:underline">
            {t('ledger')}
          </Link>
        </Card>
        <Card>
          <div className="text-xs text-slate-500">{t('settings')}</div>
          <div className="mt-1 text-sm">
            {settings.autoRenewEnabled
              ? t('autoRenewOn', {
                  count: formatCount(settings.autoRenewCount),
                  threshold: formatCount(settings.autoRenewThreshold),
                })
              : t('autoRenewOff')}
            <br />
            {settings.alarmEnabled ? t('alarmOn', { threshold: formatCount(settings.alarmThreshold) }) : t('alarmOff')}
          </div>
        </Card>
      </div>
      <Card title={t('list')}>
        <PackageTable
          rows={rows.map((p) => ({
            id: p.id,
            name: p.name,
            kind: p.kind,
            total: p.total,
            remaining: p.remaining,
            expiresAt: formatDateTime(p.expiresAt),
            status: p.status,
            refundable: p.refundable,
            deletable: p.deletable,
          }))}
        />
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title={t('settingsForm')}>
          <PackageSettingsForm initial={settings} />
        </Card>
        <Card title={t('refunds')}>
          {refunds.length === 0 ? (
            <p className="text-sm text-slate-500">{t('noRefunds')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {refunds.map((r) => (
                <li key={r.id} className="flex items-center justify-between py-2">
                  <span>
                    #{r.id} · {tx('packages')} {r.lines.map((l) => `#${l.packageId}`).join(', ')} · ¥
                    {formatYuan(r.totalLi)}
                    {r.refuseReason ? (
                      <span className="block text-xs text-red-600">{t('refused', { reason: r.refuseReason })}</span>
                    ) : null}
                  </span>
                  <StatusBadge tone={r.state === 'approved' ? 'green' : r.state === 'refused' ? 'red' : 'amber'}>
                    {r.state === 'pending' ? t('awaiting') : r.state === 'approved' ? t('refunded') : t('refusedShort')}
                  </StatusBadge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
