import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { FilterBar } from '@/components/ui/filter-bar';
import { formatDateTime } from '@/lib/domain/format';
import { listOptOuts } from '@/lib/server/clients/opt-outs';
import { listSignatures } from '@/lib/server/content/read-content';
import { requireCustomerPage } from '@/lib/server/session';
import { AddDndForm, DndList } from './_components/dnd-forms';

export const dynamic = 'force-dynamic';

/** General Management → Do Not Disturb (R-DND-1), mainland and international tabs. */
export default async function DndPage({ searchParams }: { searchParams: Promise<{ region?: string; q?: string }> }) {
  const tx = await getText();
  const sp = await searchParams;
  const region = sp.region === 'international' ? 'international' : 'mainland';
  const ctx = await requireCustomerPage();
  const rows = listOptOuts(ctx, { region, source: 'dnd', q: sp.q });
  const signatures = listSignatures(ctx, { region }).map((s) => ({ id: s.id, content: s.content }));
  const tab = (r: string, label: string) => (
    <Link
      href={`/dnd?region=${r}`}
      className={`border-b-2 px-3 py-2 text-sm ${region === r ? 'border-brand-500 text-brand-700' : 'border-transparent text-slate-600'}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="Do Not Disturb" crumbs={[{ label: 'General Management' }]} />
      <nav aria-label={tx('Message type')} className="flex gap-2 border-b border-slate-200">
        {tab('mainland', tx('Mainland China'))}
        {tab('international', tx('International'))}
      </nav>
      <p className="text-xs text-slate-500">
        {tx(
          'A listed number receives nothing sent with that signature (and type); such messages fail with 1015 and are not billed. At most 1,000 numbers per account.',
        )}
      </p>
      <Card title={tx('Add Numbers')}>
        <AddDndForm region={region} signatures={signatures} />
      </Card>
      <Card title={tx('List ({length})', { length: rows.length })}>
        <FilterBar
          hidden={{ region }}
          fields={[
            { kind: 'text', name: 'q', label: tx('Query by number'), placeholder: tx('Number contains'), value: sp.q },
          ]}
          submit={tx('Query')}
          clear={{ label: tx('Clear'), href: `/dnd?region=${region}` }}
        />
        <DndList
          rows={rows.map((r) => ({
            key: r.key,
            phone: r.phone,
            signature: r.signature,
            scope: r.scope,
            createdAt: formatDateTime(r.createdAt),
          }))}
        />
      </Card>
    </div>
  );
}
