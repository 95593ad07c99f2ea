import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatDateTime, formatYuan } from '@/lib/domain/format';
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
        <RowTable head={[tx('Country/region'), tx('Code'), tx('Dial code'), tx('Price (¥/message)'), tx('Updated')]}>
          {rows.map((r) => (
            <tr key={r.isoCountry}>
              <td className="px-3 py-2">{tx.country(r.isoCountry, r.name)}</td>
              <td className="px-3 py-2 font-mono">{r.isoCountry}</td>
              <td className="px-3 py-2">+{r.dialCode}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(r.priceLi)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(r.updatedAt)}</td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
