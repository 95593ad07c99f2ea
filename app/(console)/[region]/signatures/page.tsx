import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { SIGNATURE_TYPE_LABELS } from '@/components/content/labels';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { ContentList } from '../_components/content-list';
import { StatusBadge } from '@/components/ui/status-badge';
import { listStatusOf } from '@/db/enums';
import { listSignatures, signatureUsable } from '@/lib/server/content/read-content';
import { MAX_SIGNATURES } from '@/lib/server/signatures/submit-signature';
import { requireCustomerPage } from '@/lib/server/session';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { REGION_LABELS, regionFrom } from '../region';

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
        <ContentList
          kind="signature"
          region={region}
          filter={{ status, q, placeholder: tx('Search signature content') }}
          calendar={calendar}
          columns={[
            { key: 'content', header: tx('Content'), data: true },
            { key: 'type', header: tx('Type') },
            { key: 'purpose', header: tx('Purpose') },
            ...(region === 'mainland'
              ? [{ key: 'qualification', header: tx('Qualification'), kind: 'node' as const }]
              : []),
          ]}
          items={rows.map((s) => ({
            item: {
              ...s,
              deleteLabel: `【${s.content}】`,
              statusNote:
                s.status === 'effective' && !signatureUsable(s) ? (
                  <span className="ml-1 text-xs text-red-600">{tx('unusable')}</span>
                ) : null,
            },
            row: {
              content: <span className="font-medium">{s.content}</span>,
              type: tx(SIGNATURE_TYPE_LABELS[s.type]),
              purpose: s.purpose === 'self' ? tx('Self-use') : tx('Other-use'),
              qualification: (
                <>
                  <span translate="no">{s.qualificationName ?? '—'}</span>
                  {!s.qualificationUsable ? (
                    <span className="ml-1">
                      <StatusBadge tone="red">{tx('Qualification deleted')}</StatusBadge>
                    </span>
                  ) : null}
                </>
              ),
            },
          }))}
        />
      </Card>
    </div>
  );
}
