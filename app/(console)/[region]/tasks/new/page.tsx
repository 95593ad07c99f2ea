import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listApplications } from '@/lib/server/applications/list-applications';
import { listSignatures, listTemplates, signatureUsable } from '@/lib/server/content/read-content';
import { requireCustomerPage } from '@/lib/server/session';
import { listGroups } from '@/lib/server/clients/groups';
import { listColumnMappings } from '@/lib/server/imports/column-mappings';
import { REGION_LABELS, regionFrom } from '../../region';
import { TaskForm } from '../_components/task-form';

export default async function NewTaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ group?: string }>;
}) {
  const region = await regionFrom(params);
  const ctx = await requireCustomerPage();
  const apps = listApplications(ctx).filter((a) => a.status === 'enabled');
  const signatures = listSignatures(ctx, { region }).filter(signatureUsable);
  const templates = listTemplates(ctx, { region, status: 'effective' });
  const groups = listGroups(ctx, { pageSize: 500 }).rows.filter((g) => g.region === region);
  const initialGroupId = Number((await searchParams).group) || undefined;
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Create Bulk SMS Sending Task"
        crumbs={[{ label: REGION_LABELS[region] }, { label: 'Bulk SMS', href: `/${region}/tasks` }]}
      />
      <Card>
        <TaskForm
          region={region}
          apps={apps.map((a) => ({ sdkAppId: a.sdkAppId, name: a.name }))}
          signatures={signatures.map((s) => ({ id: s.id, content: s.content }))}
          templates={templates.map((t) => ({ id: t.id, name: t.name, content: t.content }))}
          groups={groups.map((g) => ({ id: g.id, name: g.name, count: g.count }))}
          initialGroupId={groups.some((g) => g.id === initialGroupId) ? initialGroupId : undefined}
          savedMappings={listColumnMappings(ctx).map((m) => ({ id: m.id, name: m.name, mapping: m.mapping }))}
        />
      </Card>
    </div>
  );
}
