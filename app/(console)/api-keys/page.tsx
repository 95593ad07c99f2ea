import { getText } from '@/i18n/text-server';
import { headers } from 'next/headers';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
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
        <RowTable
          head={[tx('SecretId'), tx('SecretKey'), tx('User'), tx('Created'), tx('Last used'), '']}
          empty={
            keys.length === 0 ? (
              <p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No API keys yet. Click Create Key.')}</p>
            ) : null
          }
        >
          {keys.map((k) => (
            <tr key={k.id}>
              <td className="px-3 py-2 font-mono text-xs">
                {k.secretId} {k.demo ? <StatusBadge tone="blue">{tx('Demo data')}</StatusBadge> : null}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{`****${k.secretHint}`}</td>
              <td className="px-3 py-2">{k.userEmail}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(k.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : tx('Never')}
              </td>
              <td className="px-3 py-2 text-right">
                <RevokeKeyButton id={k.id} secretId={k.secretId} />
              </td>
            </tr>
          ))}
        </RowTable>
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
        <RowTable
          head={[tx('Time'), tx('SecretId'), tx('Action'), tx('Result'), tx('RequestId')]}
          empty={
            log.length === 0 ? (
              <p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No API calls yet.')}</p>
            ) : null
          }
        >
          {log.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.at)}</td>
              <td className="px-3 py-2 font-mono text-xs" translate="no">
                {r.secretId}
              </td>
              <td className="px-3 py-2" translate="no">
                {r.action}
              </td>
              <td className="px-3 py-2">
                <StatusBadge tone={r.code === 'Ok' ? 'green' : 'red'}>{r.code}</StatusBadge>
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-500">{r.requestId}</td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
