import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { getTemplate, listSignatures, signatureUsable } from '@/lib/server/content/read-content';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, idFrom, regionFrom } from '../../../region';
import { TemplateForm } from '../../_components/template-form';

export default async function EditTemplatePage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const t = orNotFound(() => getTemplate(ctx, id));
  const signatures = listSignatures(ctx, { region })
    .filter(signatureUsable)
    .map((s) => s.content);
  const editable = t.status === 'pending' || t.status === 'rejected';
  return (
    <div>
      <PageHeader
        title={tx('Modify template {name}', { name: t.name })}
        crumbs={[
          { label: REGION_LABELS[region] },
          { label: 'Body Templates Management', href: `/${region}/templates` },
        ]}
      />
      <Card>
        {t.rejectReason ? (
          <p className="mb-4 rounded-sm bg-red-50 px-3 py-2 text-sm text-red-700">
            {tx('Rejected:')} {t.rejectReason}
            {t.rejectSuggestion ? ` — ${tx('Suggestion:')} ${t.rejectSuggestion}` : ''}
          </p>
        ) : null}
        {editable ? (
          <TemplateForm
            region={region}
            identity={ctx.account.identity}
            signatures={signatures}
            initial={{ id: t.id, name: t.name, type: t.type, content: t.content, notes: t.notes }}
          />
        ) : (
          <p className="text-slate-600">{tx('Reviewed body templates cannot be modified.')}</p>
        )}
      </Card>
    </div>
  );
}
