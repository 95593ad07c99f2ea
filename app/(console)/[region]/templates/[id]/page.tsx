import { getText } from '@/i18n/text-server';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { variableLabels } from '@/lib/domain/sms/lint';
import { getTemplate } from '@/lib/server/content/read-content';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { idFrom, regionFrom } from '../../region';
import { ContentDetail } from '../../_components/content-detail';

export default async function TemplatePage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const t = orNotFound(() => getTemplate(ctx, id));
  return (
    <ContentDetail
      kind="template"
      region={region}
      title={tx('Body template {name}', { name: t.name })}
      item={t}
      deleteLabel={t.name}
      calendar={loadReviewCalendar(ctx.db)}
      fields={[
        [tx('Template ID'), t.id],
        [
          tx('Name'),
          <span key="n" translate="no">
            {t.name}
          </span>,
        ],
        [tx('SMS Type'), tx(TEMPLATE_TYPE_LABELS[t.type])],
        [
          tx('Content'),
          <span key="c" className="whitespace-pre-wrap" translate="no">
            {t.content}
          </span>,
        ],
        [tx('Variables'), variableLabels(t.content).join(' ') || tx('None')],
      ]}
    />
  );
}
