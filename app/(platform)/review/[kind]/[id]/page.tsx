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
  const it = r.item;
  const rows: Row[] = [
    [tx('Account'), `${r.account.realName} (${r.account.uin}, ${r.account.identity})`],
    [
      tx('Status'),
      <ContentStatus key="s" status={it.status} reason={it.rejectReason} suggestion={it.rejectSuggestion} />,
    ],
    [tx('Submitted'), formatDateTime(it.submittedAt)],
    [tx('Expected decision by'), formatDateTime(expectedReviewBy(it.submittedAt, loadReviewCalendar(ctx.db)))],
  ];
  const images: [string, number | null][] = [];
  let findings: { severity: string; message: string }[] = [];
  if (r.kind === 'qualification' && r.item.holder === 'individual') {
    const q = r.item;
    rows.push(
      [tx('Purpose'), tx('Self-use (individual)')],
      [tx('Name'), q.enterpriseName],
      [tx('ID number'), q.legalRepIdNumber],
    );
    images.push([tx('ID card (front)'), q.legalRepIdFrontUploadId], [tx('ID card (back)'), q.legalRepIdBackUploadId]);
  } else if (r.kind === 'qualification') {
    const q = r.item;
    rows.push(
      [tx('Purpose'), q.purpose === 'self' ? tx('Self-use') : tx('Third-party use')],
      [tx('Enterprise name'), q.enterpriseName],
      [tx('Credit code'), q.creditCode ?? '—'],
      [tx('Legal representative'), `${q.legalRepName} (${q.legalRepIdNumber})`],
      [tx('Administrator'), `${q.adminName} (${q.adminIdNumber}), ${q.adminPhone}`],
    );
    images.push(
      [tx('Business licence'), q.licenseUploadId],
      [tx('Legal representative ID (front)'), q.legalRepIdFrontUploadId],
      [tx('Legal representative ID (back)'), q.legalRepIdBackUploadId],
      [tx('Administrator ID (front)'), q.adminIdFrontUploadId],
      [tx('Administrator ID (back)'), q.adminIdBackUploadId],
      [tx('Authorization letter'), q.authLetterUploadId],
    );
  } else if (r.kind === 'signature') {
    const sg = r.item;
    rows.push(
      [tx('List'), sg.region],
      [tx('Content'), sg.content],
      [tx('Type'), tx(SIGNATURE_TYPE_LABELS[sg.type])],
      [tx('Purpose'), sg.purpose === 'self' ? tx('Self-use') : tx('Other-use')],
      [
        tx('Qualification'),
        r.qualification
          ? `${r.qualification.enterpriseName} (${r.qualification.status}${r.qualification.deletedAt ? tx(', deleted') : ''})`
          : '—',
      ],
      [tx('Application notes'), sg.notes || '—'],
    );
    images.push([tx('Proof'), sg.proofUploadId], [tx('Authorization letter'), sg.authLetterUploadId]);
    findings = lintSignature({
      content: sg.content,
      type: sg.type,
      purpose: sg.purpose,
      identity: r.account.identity,
      region: sg.region,
    });
  } else if (r.kind === 'unsubscribe_removal') {
    const u = r.item;
    rows.push(
      [tx('List'), u.region],
      [
        tx('Number'),
        <span key="n" className="font-mono">
          {u.phone}
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
          {u.reason}
        </span>,
      ],
      [
        tx('Unsubscribed by'),
        r.removal.optOuts.length === 0
          ? tx('No unsubscription is left (it may have been lifted already).')
          : r.removal.optOuts
              .map((o) =>
                tx('{scope}: reply “{reply}” on {time}', {
                  scope: o.scope,
                  reply: o.reply ?? '?',
                  time: formatDateTime(new Date(o.created_at)),
                }),
              )
              .join('; '),
      ],
    );
  } else {
    const t = r.item;
    rows.push(
      [tx('List'), t.region],
      [tx('Name'), t.name],
      [tx('SMS Type'), tx(TEMPLATE_TYPE_LABELS[t.type])],
      [
        tx('Content'),
        <span key="c" className="whitespace-pre-wrap">
          {t.content}
        </span>,
      ],
      [tx('Application notes'), t.notes || '—'],
    );
    findings = lintTemplate({ content: t.content, type: t.type, region: t.region, identity: r.account.identity });
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
            <DecisionForm kind={kind} id={it.id} revision={it.revision} />
          ) : (
            <p className="text-sm text-slate-600">{tx('Already decided.')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
