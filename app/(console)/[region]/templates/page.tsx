import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { ContentList } from '../_components/content-list';
import { listStatusOf } from '@/db/enums';
import { listTemplates } from '@/lib/server/content/read-content';
import { MAX_TEMPLATES } from '@/lib/server/templates/submit-template';
import { requireCustomerPage } from '@/lib/server/session';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { REGION_LABELS, regionFrom } from '../region';

export default async function TemplatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ status?: string; q?: string }>;
}) {
  const tx = await getText();
  const region = await regionFrom(params);
  const { status, q } = await searchParams;
  const ctx = await requireCustomerPage();
  const total = listTemplates(ctx, { region }).length;
  const rows = listTemplates(ctx, {
    region,
    status: listStatusOf(status),
    q: q?.trim() || undefined,
  });
  const calendar = loadReviewCalendar(ctx.db);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Body Templates Management"
        crumbs={[{ label: REGION_LABELS[region] }]}
        actions={
          total < MAX_TEMPLATES ? (
            <Link
              href={`/${region}/templates/new`}
              className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
            >
              {tx('Create Body Template')}
            </Link>
          ) : null
        }
      />
      <p className="text-xs text-slate-500">
        {tx('{n} of {max} templates used.', { n: total, max: MAX_TEMPLATES })}{' '}
        {region === 'mainland'
          ? tx('Mainland templates send only to mainland China numbers.')
          : tx('International templates send only to numbers outside mainland China.')}
      </p>
      <Card>
        <ContentList
          kind="template"
          region={region}
          filter={{ status, q, placeholder: tx('Search name or content') }}
          calendar={calendar}
          columns={[
            { key: 'name', header: tx('Name'), kind: 'node', data: true },
            { key: 'type', header: tx('Type') },
            { key: 'content', header: tx('Content'), kind: 'node', data: true },
          ]}
          items={rows.map((t) => ({
            item: { ...t, deleteLabel: t.name },
            row: {
              name: <span className="font-medium">{t.name}</span>,
              type: tx(TEMPLATE_TYPE_LABELS[t.type]),
              content: (
                <span className="block max-w-md truncate" title={t.content}>
                  {t.content}
                </span>
              ),
            },
          }))}
        />
      </Card>
    </div>
  );
}
