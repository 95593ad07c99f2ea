import { getText } from '@/i18n/text-server';
import { SIGNATURE_TYPE_LABELS } from '@/components/content/labels';
import { UploadImage } from '@/components/content/upload-image';
import { getSignature, signatureUsable } from '@/lib/server/content/read-content';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { idFrom, regionFrom } from '../../region';
import { ContentDetail } from '../../_components/content-detail';

export default async function SignaturePage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const s = orNotFound(() => getSignature(ctx, id));
  return (
    <ContentDetail
      kind="signature"
      region={region}
      title={tx('Signature {content}', { content: s.content })}
      item={s}
      deleteLabel={s.content}
      calendar={loadReviewCalendar(ctx.db)}
      fields={[
        [
          tx('Content'),
          <span key="c" translate="no">
            {region === 'mainland' ? `【${s.content}】` : s.content}
          </span>,
        ],
        [tx('Type'), tx(SIGNATURE_TYPE_LABELS[s.type])],
        [tx('Purpose'), s.purpose === 'self' ? tx('Self-use') : tx('Other-use')],
        ...(region === 'mainland'
          ? ([
              [
                tx('Qualification'),
                `${s.qualificationName ?? '—'}${s.qualificationUsable ? '' : tx(' (deleted: this signature cannot send)')}`,
              ],
            ] as [string, string][])
          : []),
        [tx('Usable for sending'), signatureUsable(s) ? tx('Yes') : tx('No')],
      ]}
    >
      {s.proofUploadId || s.authLetterUploadId ? (
        <div className="mt-4 flex gap-4">
          {s.proofUploadId ? <UploadImage id={s.proofUploadId} label={tx('Proof')} /> : null}
          {s.authLetterUploadId ? <UploadImage id={s.authLetterUploadId} label={tx('Authorization letter')} /> : null}
        </div>
      ) : null}
    </ContentDetail>
  );
}
