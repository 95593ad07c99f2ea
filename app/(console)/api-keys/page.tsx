import { getText } from '@/i18n/text-server';
import { headers } from 'next/headers';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';
import { listApiKeys, listApiRequests, MAX_KEYS_PER_USER } from '@/lib/server/api-keys/api-keys';
import { requireCustomerPage } from '@/lib/server/session';
import { CreateKeyButton, RevokeKeyButton } from './_components/key-buttons';

export const dynamic = 'force-dynamic';

/** Access Management → API Keys: key pairs for the cloud API 3.0 endpoint and their request log. */
export default async function ApiKeysPage() {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  const keys = listApiKeys(ctx);
  const log = listApiRequests(ctx, { limit: 50 });
  const host = (await headers()).get('host') ?? 'localhost:3000';
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="API Keys" crumbs={[{ label: 'Access Management' }]} actions={<CreateKeyButton />} />
      <p className="text-xs text-slate-500">
        {tx(
          "A key pair signs cloud API 3.0 calls (TC3-HMAC-SHA256) and acts as the user who created it, with that user's permissions. Each user can have {max} keys.",
          { max: MAX_KEYS_PER_USER },
        )}
      </p>
      <Card title={tx('Keys')}>
        <DataTable
          label={tx('Keys')}
          columns={[
            { key: 'secretId', header: tx('SecretId'), kind: 'node' },
            { key: 'hint', header: tx('SecretKey'), kind: 'code' },
            { key: 'user', header: tx('User'), data: true },
            { key: 'createdAt', header: tx('Created'), kind: 'datetime', sortable: true },
            { key: 'lastUsed', header: tx('Last used') },
            { key: 'revoke', header: tx('Operation'), kind: 'node' },
          ]}
          rows={keys.map((k) => ({
            id: k.id,
            secretId: (
              <>
                <span className="font-mono text-xs" translate="no">
                  {k.secretId}
                </span>{' '}
                {k.demo ? <StatusBadge tone="blue">{tx('Demo data')}</StatusBadge> : null}
              </>
            ),
            hint: `****${k.secretHint}`,
            user: k.userEmail,
            createdAt: k.createdAt,
            lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt) : tx('Never'),
            revoke: <RevokeKeyButton id={k.id} secretId={k.secretId} />,
          }))}
          empty={
            <p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No API keys yet. Click Create Key.')}</p>
          }
        />
      </Card>
      <Card title={tx('Calling the API')}>
        <p className="mb-2 text-sm text-slate-600">
          {tx('Point the official Tencent Cloud SDK at this console; nothing else changes:')}
        </p>
        <pre className="overflow-x-auto rounded-sm bg-slate-900 p-3 text-xs text-slate-100">{`const client = new tencentcloud.sms.v20210111.Client({
  credential: { secretId: process.env.SMS_SECRET_ID, secretKey: process.env.SMS_SECRET_KEY },
  region: 'ap-guangzhou',
  profile: { httpProfile: { endpoint: '${host}', protocol: 'http://' } },
});
await client.SendSms({ SmsSdkAppId: '1400…', TemplateId: '…', SignName: '…', PhoneNumberSet: ['+8613…'] });`}</pre>
      </Card>
      <Card title={tx('Request Log')}>
        <DataTable
          label={tx('Request Log')}
          columns={[
            { key: 'at', header: tx('Time'), kind: 'datetime', sortable: true },
            { key: 'secretId', header: tx('SecretId'), kind: 'code' },
            { key: 'action', header: tx('Action'), data: true },
            { key: 'result', header: tx('Result'), kind: 'status' },
            { key: 'requestId', header: tx('RequestId'), kind: 'code' },
          ]}
          rows={log.map((r) => ({
            id: r.id,
            at: r.at,
            secretId: r.secretId,
            action: r.action,
            result: { label: r.code, tone: r.code === 'Ok' ? 'green' : 'red' },
            requestId: r.requestId,
          }))}
          empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No API calls yet.')}</p>}
        />
      </Card>
    </div>
  );
}
