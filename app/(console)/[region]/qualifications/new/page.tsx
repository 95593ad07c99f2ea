import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { requireCustomerPage } from '@/lib/server/session';
import { regionFrom } from '../../region';
import { QualificationForm } from '../_components/qualification-form';

export default async function NewQualificationPage({ params }: { params: Promise<{ region: string }> }) {
  if ((await regionFrom(params)) !== 'mainland') notFound();
  const ctx = await requireCustomerPage();
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Add Qualification"
        crumbs={[{ label: 'Mainland China SMS' }, { label: 'Qualifications', href: '/mainland/qualifications' }]}
      />
      <Card>
        <QualificationForm realName={ctx.account.realName} individual={ctx.account.identity === 'individual'} />
      </Card>
    </div>
  );
}
