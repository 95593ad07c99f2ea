import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { listCountryPrices } from '@/lib/server/money/international';
import { requirePlatformPage } from '@/lib/server/session';
import { PriceForm } from './price-form';

export default async function PricesPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['admin']);
  const rows = listCountryPrices(ctx);
  return (
    <div className="space-y-4">
      <PageHeader title="International Prices" crumbs={[{ label: 'Admin' }]} />
      <Card title={tx('Set a country price (per billed message)')}>
        <PriceForm />
      </Card>
      <Card>
        <DataTable
          chooseColumns
          columns={[
            { key: 'country', header: tx('Country/region'), sortable: true },
            { key: 'iso', header: tx('Code'), kind: 'code', sortable: true },
            { key: 'dial', header: tx('Dial code'), kind: 'code' },
            { key: 'priceLi', header: tx('Price (¥/message)'), kind: 'money', sortable: true },
            { key: 'updatedAt', header: tx('Updated'), kind: 'datetime', sortable: true },
          ]}
          rows={rows.map((r) => ({
            id: r.isoCountry,
            country: tx.country(r.isoCountry, r.name),
            iso: r.isoCountry,
            dial: `+${r.dialCode}`,
            priceLi: r.priceLi,
            updatedAt: r.updatedAt,
          }))}
        />
      </Card>
    </div>
  );
}
