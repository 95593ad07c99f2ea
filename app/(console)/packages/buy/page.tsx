import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listCashLedger } from '@/lib/server/money/finance';
import { requireCustomerPage } from '@/lib/server/session';
import { BuyForm } from '../_components/buy-form';

export default async function BuyPackagePage() {
  const ctx = await requireCustomerPage();
  const { balanceLi } = listCashLedger(ctx, 1);
  return (
    <div className="max-w-3xl">
      <PageHeader title="Buy Package" crumbs={[{ label: 'Package Management', href: '/packages' }]} />
      <Card>
        <BuyForm balanceLi={balanceLi} />
      </Card>
    </div>
  );
}
