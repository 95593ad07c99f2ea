import { getText } from '@/i18n/text-server';
import { notFound } from 'next/navigation';
import { ContentStatus } from '@/components/content/content-status';
import { HistoryList } from '@/components/content/history-list';
import { SIGNATURE_TYPE_LABELS, TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { UploadImage } from '@/components/content/upload-image';
import { PageHeader } from '@/components/layout/page-header';
import { DetailList } from '@/components/ui/detail-list';
import { Card } from '@/components/ui/card';
import { CONTENT_KINDS, type ContentKind } from '@/db/enums';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { formatDateTime } from '@/lib/domain/format';
import { lintSignature, lintTemplate } from '@/lib/domain/sms/lint';
import { KIND_LABELS } from '@/lib/server/content/reviewed';
import { orNotFound } from '@/lib/server/page-data';
import { getReviewItem } from '@/lib/server/review/review-item';
import { requirePlatformPage } from '@/lib/server/session';
import { DecisionForm } from './decision-form';

type Row = [string, React.ReactNode];

export default async function ReviewItemPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const tx = await getText();
  const p = await params;
  if (!(CONTENT_KINDS as readonly string[]).includes(p.kind)) notFound();
  const kind = p.kind as ContentKind;
  const ctx = await requirePlatformPage(['reviewer', 'admin']);
  const r = orNotFound(() => getReviewItem(ctx, kind, Number(p.id)));
  const it = r.item as Record<string, unknown>;
  const rows: Row[] = [
    [tx('Account'), `${r.account.realName} (${r.account.uin}, ${r.account.identity})`],
    [
      tx('Status'),
      <ContentStatus
        key="s"
        status={String(it.status)}
        reason={it.rejectReason as string}
        suggestion={it.rejectSuggestion as string}
      />,
    ],
    [tx('Submitted'), formatDateTime(it.submittedAt as Date)],
    [tx('Expected decision by'), formatDateTime(expectedReviewBy(it.submittedAt as Date, loadReviewCalendar(ctx.db)))],
  ];
  const images: [string, number | null][] = [];
  let findings: { severity: string; message: string }[] = [];
  if (kind === 'qualification' && it.holder === 'individual') {
    rows.push(
      [tx('Purpose'), tx('Self-use (individual)')],
      [tx('Name'), String(it.enterpriseName)],
      [tx('ID number'), String(it.legalRepIdNumber)],
    );
    images.push(
      [tx('ID card (front)'), it.legalRepIdFrontUploadId as number],
      [tx('ID card (back)'), it.legalRepIdBackUploadId as number],
    );
  } else if (kind === 'qualification') {
    rows.push(
      [tx('Purpose'), it.purpose === 'self' ? tx('Self-use') : tx('Third-party use')],
      [tx('Enterprise name'), String(it.enterpriseName)],
      [tx('Credit code'), String(it.creditCode)],
      [tx('Legal representative'), `${it.legalRepName} (${it.legalRepIdNumber})`],
      [tx('Administrator'), `${it.adminName} (${it.adminIdNumber}), ${it.adminPhone}`],
    );
    images.push(
      [tx('Business licence'), it.licenseUploadId as number],
      [tx('Legal representative ID (front)'), it.legalRepIdFrontUploadId as number],
      [tx('Legal representative ID (back)'), it.legalRepIdBackUploadId as number],
      [tx('Administrator ID (front)'), it.adminIdFrontUploadId as number],
      [tx('Administrator ID (back)'), it.adminIdBackUploadId as number],
      [tx('Authorization letter'), it.authLetterUploadId as number | null],
    );
  } else if (kind === 'signature') {
    rows.push(
      [tx('List'), String(it.region)],
      [tx('Content'), String(it.content)],
      [tx('Type'), SIGNATURE_TYPE_LABELS[String(it.type)]],
      [tx('Purpose'), it.purpose === 'self' ? tx('Self-use') : tx('Other-use')],
      [
        tx('Qualification'),
        r.qualification
          ? `${r.qualification.enterpriseName} (${r.qualification.status}${r.qualification.deletedAt ? tx(', deleted') : ''})`
          : '—',
      ],
      [tx('Application notes'), String(it.notes || '—')],
    );
    images.push(
      [tx('Proof'), it.proofUploadId as number | null],
      [tx('Authorization letter'), it.authLetterUploadId as number | null],
    );
    findings = lintSignature({
      content: String(it.content),
      type: it.type as never,
      purpose: it.purpose as never,
      identity: r.account.identity,
      region: it.region as never,
    });
  } else if (kind === 'unsubscribe_removal' && r.removal) {
    rows.push(
      [tx('List'), String(it.region)],
      [
        tx('Number'),
        <span key="n" className="font-mono">
          {String(it.phone)}
        </span>,
      ],
      [tx('Signature'), `【${r.removal.signature}】`],
      [
        tx('Application'),
        r.removal.application ? `${r.removal.application.name} (${r.removal.application.sdk_app_id})` : '—',
      ],
      [
        tx('Reason given'),
        <span key="r" className="whitespace-pre-wrap">
          {String(it.reason)}
        </span>,
      ],
      [
        tx('Unsubscribed by'),
        r.removal.optOuts.length === 0
          ? tx('No unsubscription is left (it may have been lifted already).')
          : r.removal.optOuts
              .map((o) => `${o.scope}: reply “${o.reply ?? '?'}” on ${formatDateTime(new Date(o.created_at))}`)
              .join('; '),
      ],
    );
  } else {
    rows.push(
      [tx('List'), String(it.region)],
      [tx('Name'), String(it.name)],
      [tx('SMS Type'), TEMPLATE_TYPE_LABELS[String(it.type)]],
      [
        tx('Content'),
        <span key="c" className="whitespace-pre-wrap">
          {String(it.content)}
        </span>,
      ],
      [tx('Application notes'), String(it.notes || '—')],
    );
    findings = lintTemplate({
      content: String(it.content),
      type: it.type as never,
      region: it.region as never,
      identity: r.account.identity,
    });
  }
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader
        title={`${tx(KIND_LABELS[kind])} #${r.item.id}`}
        crumbs={[{ label: 'Review' }, { label: 'Review Queue', href: '/review' }]}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card title={tx('Submission')}>
            <DetailList rows={rows} />
            {findings.length > 0 ? (
              <ul className="mt-3 space-y-1 text-xs">
                {findings.map((f, i) => (
                  <li key={i} className="rounded-sm bg-amber-50 px-3 py-1.5 text-amber-800">
                    {tx('Linter:')} {f.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
          {images.some(([, id]) => id) ? (
            <Card title={tx('Uploaded images')}>
              <div className="flex flex-wrap gap-4">
                {images
                  .filter(([, id]) => id)
                  .map(([label, id]) => (
                    <figure key={label} className="text-xs text-slate-500">
                      <UploadImage id={id} label={label} />
                      <figcaption className="mt-1">{label}</figcaption>
                    </figure>
                  ))}
              </div>
            </Card>
          ) : null}
          <Card title={tx('History')}>
            <HistoryList entries={r.history} />
          </Card>
        </div>
        <Card title={tx('Decision')}>
          {it.status === 'pending' ? (
            <DecisionForm kind={kind} id={Number(it.id)} revision={Number(it.revision)} />
          ) : (
            <p className="text-sm text-slate-600">{tx('Already decided.')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
