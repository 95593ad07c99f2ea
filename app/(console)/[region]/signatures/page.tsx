import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { ContentStatus } from '@/components/content/content-status';
import { SIGNATURE_TYPE_LABELS } from '@/components/content/labels';
import { ListFilter } from '@/components/content/list-filter';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { listStatusOf } from '@/db/enums';
import { formatDateTime } from '@/lib/domain/format';
import { listSignatures, signatureUsable } from '@/lib/server/content/read-content';
import { MAX_SIGNATURES } from '@/lib/server/signatures/submit-signature';
import { requireCustomerPage } from '@/lib/server/session';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { REGION_LABELS, regionFrom } from '../region';
import { DeleteContentButton } from './_components/delete-content-button';

export default async function SignaturesPage({
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
  const all = listSignatures(ctx, { region });
  const calendar = loadReviewCalendar(ctx.db);
  const rows = listSignatures(ctx, {
    region,
    status: listStatusOf(status),
    q: q?.trim() || undefined,
  });
  return (
    <div className="space-y-4">
      <PageHeader
        title="Signature Management"
        crumbs={[{ label: REGION_LABELS[region] }]}
        actions={
          all.length < MAX_SIGNATURES ? (
            <Link
              href={`/${region}/signatures/new`}
              className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
            >
              {tx('Create Signature')}
            </Link>
          ) : null
        }
      />
      <p className="text-xs text-slate-500">
        {tx('{n} of {max} signatures used.', { n: all.length, max: MAX_SIGNATURES })}{' '}
        {region === 'mainland'
          ? tx('Mainland messages are sent with 【signature】.')
          : tx('Pure-English international messages are sent with [signature]; the signature is optional.')}
      </p>
      <Card>
        <div className="mb-3">
          <ListFilter status={status} q={q} placeholder={tx('Search signature content')} />
        </div>
        <RowTable
          head={[
            'ID',
            tx('Content'),
            tx('Type'),
            tx('Purpose'),
            ...(region === 'mainland' ? [tx('Qualification')] : []),
            tx('Status/Reason'),
            tx('Time Applied'),
            tx('Operation'),
          ]}
          empty={
            rows.length === 0 ? (
              <p className="py-8 text-center text-slate-500">
                {status || q ? tx('No signatures match the filter.') : tx('No signatures yet.')}
              </p>
            ) : null
          }
        >
          {rows.map((s) => (
            <tr key={s.id}>
              <td className="px-3 py-2 font-mono text-xs">{s.id}</td>
              <td className="px-3 py-2 font-medium" translate="no">
                {s.content}
              </td>
              <td className="px-3 py-2">{tx(SIGNATURE_TYPE_LABELS[s.type])}</td>
              <td className="px-3 py-2">{s.purpose === 'self' ? tx('Self-use') : tx('Other-use')}</td>
              {region === 'mainland' ? (
                <td className="px-3 py-2">
                  <span translate="no">{s.qualificationName ?? '—'}</span>
                  {!s.qualificationUsable ? (
                    <span className="ml-1">
                      <StatusBadge tone="red">{tx('Qualification deleted')}</StatusBadge>
                    </span>
                  ) : null}
                </td>
              ) : null}
              <td className="px-3 py-2">
                <ContentStatus
                  status={s.status}
                  reason={s.rejectReason}
                  suggestion={s.rejectSuggestion}
                  expectedBy={s.status === 'pending' ? expectedReviewBy(s.submittedAt, calendar) : null}
                />
                {s.status === 'effective' && !signatureUsable(s) ? (
                  <span className="ml-1 text-xs text-red-600">{tx('unusable')}</span>
                ) : null}
              </td>
              <td className="px-3 py-2 text-xs text-slate-500">{formatDateTime(s.createdAt)}</td>
              <td className="px-3 py-2">
                <span className="flex gap-3">
                  <Link className="text-brand-500 hover:underline" href={`/${region}/signatures/${s.id}`}>
                    {tx('Details')}
                  </Link>
                  {s.status === 'pending' || s.status === 'rejected' ? (
                    <Link className="text-brand-500 hover:underline" href={`/${region}/signatures/${s.id}/edit`}>
                      {tx('Modify')}
                    </Link>
                  ) : null}
                  <DeleteContentButton kind="signature" id={s.id} label={`【${s.content}】`} />
                </span>
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
