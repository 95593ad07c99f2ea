import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listSignatures, signatureUsable } from '@/lib/server/content/read-content';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, regionFrom } from '../../region';
import { TemplateForm } from '../_components/template-form';

export default async function NewTemplatePage({ params }: { params: Promise<{ region: string }> }) {
  const region = await regionFrom(params);
  const ctx = await requireCustomerPage();
  const signatures = listSignatures(ctx, { region })
    .filter(signatureUsable)
    .map((s) => s.content);
  return (
    <div>
      <PageHeader
        title="Create Body Template"
        crumbs={[
          { label: REGION_LABELS[region] },
          { label: 'Body Templates Management', href: `/${region}/templates` },
        ]}
      />
      <Card>
        <TemplateForm region={region} identity={ctx.account.identity} signatures={signatures} />
      </Card>
    </div>
  );
}
