import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { ContentStatus } from '@/components/content/content-status';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { ListFilter } from '@/components/content/list-filter';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { listStatusOf } from '@/db/enums';
import { formatDateTime } from '@/lib/domain/format';
import { listTemplates } from '@/lib/server/content/read-content';
import { MAX_TEMPLATES } from '@/lib/server/templates/submit-template';
import { requireCustomerPage } from '@/lib/server/session';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { REGION_LABELS, regionFrom } from '../region';
import { DeleteContentButton } from '../signatures/_components/delete-content-button';

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
        <div className="mb-3">
          <ListFilter status={status} q={q} placeholder={tx('Search name or content')} />
        </div>
        <RowTable
          head={['ID', tx('Name'), tx('Type'), tx('Content'), tx('Status/Reason'), tx('Time Applied'), tx('Operation')]}
          empty={
            rows.length === 0 ? (
              <p className="py-8 text-center text-slate-500">
                {status || q ? tx('No templates match the filter.') : tx('No templates yet.')}
              </p>
            ) : null
          }
        >
          {rows.map((t) => (
            <tr key={t.id}>
              <td className="px-3 py-2 font-mono text-xs">{t.id}</td>
              <td className="px-3 py-2 font-medium" translate="no">
                {t.name}
              </td>
              <td className="px-3 py-2">{tx(TEMPLATE_TYPE_LABELS[t.type])}</td>
              <td className="max-w-md truncate px-3 py-2" title={t.content} translate="no">
                {t.content}
              </td>
              <td className="px-3 py-2">
                <ContentStatus
                  status={t.status}
                  reason={t.rejectReason}
                  suggestion={t.rejectSuggestion}
                  expectedBy={t.status === 'pending' ? expectedReviewBy(t.submittedAt, calendar) : null}
                />
              </td>
              <td className="px-3 py-2 text-xs text-slate-500">{formatDateTime(t.createdAt)}</td>
              <td className="px-3 py-2">
                <span className="flex gap-3">
                  <Link className="text-brand-500 hover:underline" href={`/${region}/templates/${t.id}`}>
                    {tx('Details')}
                  </Link>
                  {t.status === 'pending' || t.status === 'rejected' ? (
                    <Link className="text-brand-500 hover:underline" href={`/${region}/templates/${t.id}/edit`}>
                      {tx('Modify')}
                    </Link>
                  ) : null}
                  <DeleteContentButton kind="template" id={t.id} label={t.name} />
                </span>
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
