import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listApplications } from '@/lib/server/applications/list-applications';
import { listSignatures, listTemplates, signatureUsable } from '@/lib/server/content/read-content';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, regionFrom } from '../../region';
import { TaskForm } from '../_components/task-form';

export default async function NewTaskPage({ params }: { params: Promise<{ region: string }> }) {
  const region = await regionFrom(params);
  const ctx = await requireCustomerPage();
  const apps = listApplications(ctx).filter((a) => a.status === 'enabled');
  const signatures = listSignatures(ctx, { region }).filter(signatureUsable);
  const templates = listTemplates(ctx, { region, status: 'effective' });
  return (
    <div className="max-w-5xl">
      <PageHeader title="Create Bulk SMS Sending Task" crumbs={[{ label: REGION_LABELS[region] }, { label: 'Bulk SMS', href: `/${region}/tasks` }]} />
      <Card>
        <TaskForm
          region={region}
          apps={apps.map((a) => ({ sdkAppId: a.sdkAppId, name: a.name }))}
          signatures={signatures.map((s) => ({ id: s.id, content: s.content }))}
          templates={templates.map((t) => ({ id: t.id, name: t.name, content: t.content }))}
        />
      </Card>
    </div>
  );
}
