import { getText } from '@/i18n/text-server';
import { CallbackLog } from '@/components/callbacks/callback-log';
import { CallbackUrlForm } from '@/components/callbacks/callback-url-form';
import { PageHeader } from '@/components/layout/page-header';
import { listCallbackDeliveries } from '@/lib/server/callbacks/callbacks';
import { getAppSettings } from '@/lib/server/applications/app-settings';
import { listAppCountries } from '@/lib/server/applications/sendable-countries';
import { INTERNATIONAL_COUNTRIES } from '@/lib/domain/phone/countries';
import { SendableCountries } from './_components/sendable-countries';
import { AlarmContacts } from './_components/alarm-contacts';
import { listAlarmContacts } from '@/lib/server/alarms/contacts';
import { AllowlistForm, SettingsForm } from './_components/basic-config';
import { rotateStatusCallbackSecretAction, setStatusCallbackUrlAction } from '../../reply-callback/actions';
import { Card } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';
import { getApplication } from '@/lib/server/applications/get-application';
import { ifAllowed, orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { ApplicationStatusActions } from '../_components/application-status-actions';
import { AppKeyField } from './_components/app-key-field';
import { ModifyApplicationDialog } from './_components/modify-application-dialog';

export default async function ApplicationDetailsPage({ params }: { params: Promise<{ sdkAppId: string }> }) {
  const tx = await getText();
  const { sdkAppId } = await params;
  const ctx = await requireCustomerPage();
  const app = orNotFound(() => getApplication(ctx, sdkAppId));
  const settings = ifAllowed(() => getAppSettings(ctx, sdkAppId));
  const countries = ctx.account.identity === 'enterprise' ? ifAllowed(() => listAppCountries(ctx, sdkAppId)) : null;
  const contacts = ifAllowed(() => listAlarmContacts(ctx, sdkAppId));
  const canEditContacts =
    ifAllowed(() => (ctx.authorize('AddNewsReceiver', { accountId: ctx.account.id, sdkAppId }), true)) ?? false;
  const deliveries = ifAllowed(() => listCallbackDeliveries(ctx, { applicationId: app.id, kind: 'status' }));
  const saveStatusUrl = setStatusCallbackUrlAction.bind(null, app.sdkAppId);
  const rotateStatusSecret = rotateStatusCallbackSecretAction.bind(null, app.sdkAppId);
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={app.name}
        crumbs={[{ label: 'Application Management' }, { label: 'Application List', href: '/applications' }]}
        actions={<ModifyApplicationDialog sdkAppId={app.sdkAppId} name={app.name} overview={app.overview} />}
      />
      <Card
        title={tx('Application Information')}
        actions={
          <div className="flex gap-3">
            <ApplicationStatusActions
              sdkAppId={app.sdkAppId}
              name={app.name}
              status={app.status}
              afterDelete="/applications"
            />
          </div>
        }
      >
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr] sm:gap-y-3">
          <dt className="text-slate-500">{tx('Application Name')}</dt>
          <dd translate="no">{app.name}</dd>
          <dt className="text-slate-500">{tx('SdkAppId')}</dt>
          <dd className="font-mono">{app.sdkAppId}</dd>
          <dt className="text-slate-500">{tx('App Key')}</dt>
          <dd>
            <AppKeyField sdkAppId={app.sdkAppId} masked={app.appKeyMasked} />
          </dd>
          <dt className="text-slate-500">{tx('Status')}</dt>
          <dd>
            <StatusBadge tone={app.status === 'enabled' ? 'green' : 'grey'}>
              {app.status === 'enabled' ? tx('Enabled') : tx('Disabled')}
            </StatusBadge>
          </dd>
          <dt className="text-slate-500">{tx('Application Overview')}</dt>
          <dd className="whitespace-pre-wrap" translate={app.overview ? 'no' : undefined}>
            {app.overview || <span className="text-slate-400">{tx('None')}</span>}
          </dd>
          <dt className="text-slate-500">{tx('Application Tag')}</dt>
          <dd translate={app.tags.length ? 'no' : undefined}>
            {app.tags.length ? app.tags.join(', ') : <span className="text-slate-400">{tx('None')}</span>}
          </dd>
          <dt className="text-slate-500">{tx('Created')}</dt>
          <dd>{formatDateTime(app.createdAt)}</dd>
          <dt className="text-slate-500">{tx('Last modified')}</dt>
          <dd>{formatDateTime(app.updatedAt)}</dd>
        </dl>
      </Card>
      {settings?.frequency ? (
        <Card title={tx('Sending Frequency Limit')}>
          <SettingsForm sdkAppId={app.sdkAppId} section="frequency" settings={settings.frequency} />
        </Card>
      ) : null}
      {settings?.thresholds ? (
        <Card title={tx('Send Over-limit Notification')}>
          <SettingsForm sdkAppId={app.sdkAppId} section="thresholds" settings={settings.thresholds} />
        </Card>
      ) : null}
      {settings?.allowlist ? (
        <Card title={tx('Frequency Allowlist')}>
          <AllowlistForm sdkAppId={app.sdkAppId} entries={settings.allowlist} />
        </Card>
      ) : null}
      {contacts ? (
        <Card title={tx('Notifications and Alarms')}>
          <AlarmContacts sdkAppId={app.sdkAppId} contacts={contacts} canEdit={canEditContacts} />
        </Card>
      ) : null}
      {countries ? (
        <Card title={tx('Sendable Countries/Regions')}>
          <SendableCountries
            sdkAppId={app.sdkAppId}
            entries={countries.entries}
            appIntlLimit={countries.appIntlLimit}
            countries={INTERNATIONAL_COUNTRIES.map((c) => ({ iso: c.iso, name: c.name }))}
          />
        </Card>
      ) : null}
      {deliveries ? (
        <Card title={tx('Callback Configuration')}>
          <CallbackUrlForm
            id="status-callback-url"
            label={tx('Status callback URL')}
            url={app.statusCallbackUrl}
            hint={tx(
              'Delivery reports are POSTed as a JSON array (at most 100 per push). Answer {"result":0}; failures are retried twice (after 10 s and 60 s).',
            )}
            save={saveStatusUrl}
            rotate={rotateStatusSecret}
          />
          <h3 className="mt-4 mb-2 text-xs font-semibold text-slate-500">{tx('Last attempts')}</h3>
          <CallbackLog rows={deliveries} />
        </Card>
      ) : null}
    </div>
  );
}
