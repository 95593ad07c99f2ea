import { getText } from '@/i18n/text-server';
import { CallbackLog } from '@/components/callbacks/callback-log';
import { CallbackUrlForm } from '@/components/callbacks/callback-url-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listCallbackDeliveries, replyCallbackUrl } from '@/lib/server/callbacks/callbacks';
import { requireCustomerPage } from '@/lib/server/session';
import { rotateReplyCallbackSecretAction, setReplyCallbackUrlAction } from './actions';

export const dynamic = 'force-dynamic';

/** General Management → Reply Callback (R-RPL-1): the account's one reply URL and its last pushes. */
export default async function ReplyCallbackPage() {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  const url = replyCallbackUrl(ctx);
  const rows = listCallbackDeliveries(ctx, { kind: 'reply' });
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="Reply Callback" crumbs={[{ label: 'General Management' }]} />
      <Card title={tx('Callback URL')}>
        <CallbackUrlForm
          id="reply-callback-url"
          label={tx('Reply callback URL')}
          url={url}
          hint={tx(
            'Each inbound reply is POSTed as one JSON object: {"extend","mobile","nationcode","sign","text","time"}. Answer {"result":0}; failures are retried twice (after 10 s and 60 s).',
          )}
          save={setReplyCallbackUrlAction}
          rotate={rotateReplyCallbackSecretAction}
        />
      </Card>
      <Card title={tx('Recent pushes')}>
        <CallbackLog rows={rows} />
      </Card>
    </div>
  );
}
