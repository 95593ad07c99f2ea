'use client';
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
  const router = useRouter();
  if (status === 'enabled') {
    return (
      <ConfirmButton
        label="Disable"
        variant="link"
        title={`Disable ${name}?`}
        body={<p>A disabled application sends nothing: its queued and scheduled messages wait until you enable it again.</p>}
        onConfirm={async () => {
          const res = await setApplicationStatusAction(sdkAppId, 'disabled');
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
        label="Enable"
        variant="link"
        title={`Enable ${name}?`}
        body={<p>The application can send again once enabled.</p>}
        onConfirm={async () => {
          const res = await setApplicationStatusAction(sdkAppId, 'enabled');
          if (!res.ok) return res.message;
          router.refresh();
          return null;
        }}
      />
      <ConfirmButton
        label="Delete"
        variant="link"
        danger
        confirmLabel="Delete"
        title={`Delete ${name}?`}
        body={
          <>
            <p>
              Application <strong>{name}</strong> (SdkAppId {sdkAppId}) will be deleted.
            </p>
            <p className="font-medium text-red-700">This cannot be undone: the SdkAppId and AppKey stop working for good.</p>
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
