import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';
import { listApplications } from '@/lib/server/applications/list-applications';
import { MAX_APPLICATIONS } from '@/lib/server/applications/create-application';
import { requireCustomerPage } from '@/lib/server/session';
import { getTranslations } from 'next-intl/server';
import { CreateApplicationDialog } from './_components/create-application-dialog';
import { ApplicationStatusActions } from './_components/application-status-actions';

export default async function ApplicationListPage() {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  const apps = listApplications(ctx);
  const t = await getTranslations('applications');
  return (
    <div>
      <PageHeader
        title="Application List"
        crumbs={[{ label: 'Application Management' }]}
        actions={<CreateApplicationDialog disabled={apps.length >= MAX_APPLICATIONS} />}
      />
      <p className="mb-4 text-xs text-slate-500">{t('used', { count: apps.length, max: MAX_APPLICATIONS })}</p>
      {apps.length === 0 ? (
        <div className="rounded-sm border border-dashed border-slate-300 bg-white p-10 text-center text-slate-500">
          {t('empty')}
        </div>
      ) : (
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label={t('list')}>
          {apps.map((app) => (
            <li
              key={app.sdkAppId}
              className="flex flex-col rounded-sm border border-slate-200 bg-white"
              aria-labelledby={`app-${app.sdkAppId}`}
            >
              <Link href={`/applications/${app.sdkAppId}`} className="block flex-1 px-5 py-4 hover:bg-slate-50">
                <div className="flex items-start justify-between gap-2">
                  <h2
                    id={`app-${app.sdkAppId}`}
                    className="truncate text-base font-semibold text-slate-900"
                    translate="no"
                  >
                    {app.name}
                  </h2>
                  <StatusBadge tone={app.status === 'enabled' ? 'green' : 'grey'}>
                    {app.status === 'enabled' ? t('enabled') : t('disabled')}
                  </StatusBadge>
                </div>
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600">
                  <dt className="text-slate-400">{tx('SdkAppId')}</dt>
                  <dd className="font-mono">{app.sdkAppId}</dd>
                  <dt className="text-slate-400">{t('created')}</dt>
                  <dd>{formatDateTime(app.createdAt)}</dd>
                  {app.tags.length > 0 ? (
                    <>
                      <dt className="text-slate-400">{t('tags')}</dt>
                      <dd translate="no">{app.tags.join(', ')}</dd>
                    </>
                  ) : null}
                </dl>
              </Link>
              <div className="flex gap-3 border-t border-slate-100 px-5 py-2">
                <ApplicationStatusActions sdkAppId={app.sdkAppId} name={app.name} status={app.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
