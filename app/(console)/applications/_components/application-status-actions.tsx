'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteApplicationAction, setApplicationStatusAction } from '../actions';

/** Disable / Enable / Delete with confirmations (R-APP-3, R-UI-5). */
export function ApplicationStatusActions({
  sdkAppId,
  name,
  status,
  afterDelete,
}: {
  sdkAppId: string;
  name: string;
  status: 'enabled' | 'disabled';
  afterDelete?: string;
}) {
  const tx = useText();
  const router = useRouter();
  if (status === 'enabled') {
    return (
      <ConfirmButton
        label={tx('Disable')}
        variant="link"
        title={tx('Disable {name}?', { name })}
        body={
          <p>
            {tx(
              'A disabled application sends nothing: its queued and scheduled messages wait until you enable it again.',
            )}
          </p>
        }
        onConfirm={async () => {
          const res = await setApplicationStatusAction(sdkAppId, { status: 'disabled' });
          if (!res.ok) return res.message;
          router.refresh();
          return null;
        }}
      />
    );
  }
  return (
    <>
      <ConfirmButton
        label={tx('Enable')}
        variant="link"
        title={tx('Enable {name}?', { name })}
        body={<p>{tx('The application can send again once enabled.')}</p>}
        onConfirm={async () => {
          const res = await setApplicationStatusAction(sdkAppId, { status: 'enabled' });
          if (!res.ok) return res.message;
          router.refresh();
          return null;
        }}
      />
      <ConfirmButton
        label={tx('Delete')}
        variant="link"
        danger
        confirmLabel={tx('Delete')}
        title={tx('Delete {name}?', { name })}
        body={
          <>
            <p>{tx('Application {name} (SdkAppId {sdkAppId}) will be deleted.', { name, sdkAppId })}</p>
            <p className="font-medium text-red-700">
              {tx('This cannot be undone: the SdkAppId and AppKey stop working for good.')}
            </p>
          </>
        }
        onConfirm={async () => {
          const res = await deleteApplicationAction(sdkAppId);
          if (!res.ok) return res.message;
          if (afterDelete) router.push(afterDelete);
          router.refresh();
          return null;
        }}
      />
    </>
  );
}
