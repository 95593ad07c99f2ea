import { notFound } from 'next/navigation';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { getQualification } from '@/lib/server/qualifications/read-qualifications';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { idFrom, regionFrom } from '../../../region';
import { QualificationForm } from '../../_components/qualification-form';

export default async function EditQualificationPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  if ((await regionFrom(params)) !== 'mainland') notFound();
  const tx = await getText();
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const q = orNotFound(() => getQualification(ctx, id));
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={tx('Edit qualification {name}', { name: q.enterpriseName ?? '' })}
        crumbs={[{ label: 'Mainland China SMS' }, { label: 'Qualifications', href: '/mainland/qualifications' }]}
      />
      <Card>
        <QualificationForm
          realName={ctx.account.realName}
          individual={q.holder === 'individual'}
          initial={{
            id: q.id,
            revision: q.revision,
            status: q.status,
            purpose: q.purpose,
            enterpriseName: q.enterpriseName,
            creditCode: q.creditCode,
            legalRepName: q.legalRepName,
            legalRepIdNumber: q.legalRepIdNumber,
            adminName: q.adminName,
            adminIdNumber: q.adminIdNumber,
            adminPhone: q.adminPhone,
          }}
        />
      </Card>
    </div>
  );
}
