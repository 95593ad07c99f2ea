// The numbers of the customer pool, or of one group (R-CON-1, R-CON-2): masked number, where it belongs,
// how it came in, when, and its removal. The pool shows each number's group and message type;
// a group's own page shows the number's country instead.
import { DataTable } from '@/components/ui/data-table';
import { getText } from '@/i18n/text-server';
import type { listNumbers } from '@/lib/server/clients/groups';
import { RemoveNumberButton } from './group-actions';

type NumberRow = ReturnType<typeof listNumbers>['rows'][number];

export async function NumbersTable({
  rows,
  label,
  view,
}: {
  rows: NumberRow[];
  label: string;
  view: 'pool' | 'group';
}) {
  const tx = await getText();
  return (
    <DataTable
      label={label}
      columns={[
        { key: 'phone', header: tx('Number'), kind: 'phone' },
        ...(view === 'pool'
          ? [
              { key: 'region' as const, header: tx('Message type') },
              { key: 'group' as const, header: tx('Group'), data: true },
            ]
          : [{ key: 'country' as const, header: tx('Country'), kind: 'code' as const }]),
        { key: 'source', header: tx('Source') },
        { key: 'addedAt', header: tx('Added'), kind: 'datetime', sortable: true },
        { key: 'remove', header: tx('Operation'), kind: 'node' },
      ]}
      rows={rows.map((n) => ({
        id: n.id,
        phone: n.phone,
        region: n.region === 'mainland' ? tx('Mainland China') : tx('International'),
        group: n.group,
        country: n.isoCountry,
        source: n.source === 'file' ? tx('File') : tx('Manual'),
        addedAt: n.addedAt,
        remove: <RemoveNumberButton id={n.id} />,
      }))}
      empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No numbers.')}</p>}
    />
  );
}
