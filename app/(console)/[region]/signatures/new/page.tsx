import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listQualifications } from '@/lib/server/qualifications/read-qualifications';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, regionFrom } from '../../region';
import { SignatureForm } from '../_components/signature-form';

export default async function NewSignaturePage({ params }: { params: Promise<{ region: string }> }) {
  const region = await regionFrom(params);
  const ctx = await requireCustomerPage();
  const qualifications = region === 'mainland' ? listQualifications(ctx, { status: 'approved' }) : [];
  return (
    <div>
      <PageHeader
        title="Create Signature"
        crumbs={[{ label: REGION_LABELS[region] }, { label: 'Signature Management', href: `/${region}/signatures` }]}
      />
      <Card>
        <SignatureForm
          region={region}
          identity={ctx.account.identity}
          qualifications={qualifications.map((q) => ({ id: q.id, enterpriseName: q.enterpriseName }))}
        />
      </Card>
    </div>
  );
}
