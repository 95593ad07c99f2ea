import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { getSignature } from '@/lib/server/content/read-content';
import { listQualifications } from '@/lib/server/qualifications/read-qualifications';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, idFrom, regionFrom } from '../../../region';
import { SignatureForm } from '../../_components/signature-form';

export default async function EditSignaturePage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const s = orNotFound(() => getSignature(ctx, id));
  const qualifications = region === 'mainland' ? listQualifications(ctx, { status: 'approved' }) : [];
  const editable = s.status === 'pending' || s.status === 'rejected';
  return (
    <div>
      <PageHeader
        title={tx('Modify signature {content}', { content: s.content })}
        crumbs={[{ label: REGION_LABELS[region] }, { label: 'Signature Management', href: `/${region}/signatures` }]}
      />
      <Card>
        {s.rejectReason ? (
          <p className="mb-4 rounded-sm bg-red-50 px-3 py-2 text-sm text-red-700">
            {tx('Rejected:')} {s.rejectReason}
            {s.rejectSuggestion ? ` — ${tx('Suggestion:')} ${s.rejectSuggestion}` : ''}
          </p>
        ) : null}
        {editable ? (
          <SignatureForm
            region={region}
            identity={ctx.account.identity}
            qualifications={qualifications.map((q) => ({ id: q.id, enterpriseName: q.enterpriseName }))}
            initial={{
              id: s.id,
              purpose: s.purpose,
              qualificationId: s.qualificationId,
              type: s.type,
              content: s.content,
              notes: s.notes,
              hasProof: !!s.proofUploadId,
              hasAuthLetter: !!s.authLetterUploadId,
            }}
          />
        ) : (
          <p className="text-slate-600">{tx('Only signatures pending review or rejected can be modified.')}</p>
        )}
      </Card>
    </div>
  );
}
