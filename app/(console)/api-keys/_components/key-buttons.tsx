'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { FormMessage } from '@/components/ui/form-message';
import { createApiKeyAction, revokeApiKeyAction } from '../actions';

/** Creates a key pair and shows its SecretKey this once. */
export function CreateKeyButton() {
  const tx = useText();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [created, setCreated] = useState<{ secretId: string; secretKey: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <div className="flex items-center gap-3">
        <Button
          disabled={pending}
          onClick={() =>
            start(async () => {
              const res = await createApiKeyAction();
              if (res.ok) {
                setError(null);
                setCreated({ secretId: res.data.secretId, secretKey: res.data.secretKey });
                router.refresh();
              } else setError(res.message);
            })
          }
        >
          {tx('Create Key')}
        </Button>
        <FormMessage message={error ? { ok: false, text: error } : null} />
      </div>
      <Dialog open={created !== null} title={tx('API key created')} onClose={() => setCreated(null)}>
        <div className="space-y-3 text-sm">
          <p className="rounded-sm bg-amber-50 px-3 py-2 text-amber-800">
            {tx(
              'Copy the SecretKey now. It is shown only this once; if it is lost, revoke the key and create another.',
            )}
          </p>
          <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2">
            <dt className="text-slate-500">{tx('SecretId')}</dt>
            <dd className="font-mono break-all" data-testid="new-secret-id">
              {created?.secretId}
            </dd>
            <dt className="text-slate-500">{tx('SecretKey')}</dt>
            <dd className="font-mono break-all" data-testid="new-secret-key">
              {created?.secretKey}
            </dd>
          </dl>
          <div className="flex justify-end">
            <Button onClick={() => setCreated(null)}>{tx('I have copied it')}</Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}

export function RevokeKeyButton({ id, secretId }: { id: number; secretId: string }) {
  const tx = useText();
  const router = useRouter();
  return (
    <ConfirmButton
      label={tx('Revoke')}
      variant="link"
      danger
      title={tx('Revoke API key')}
      body={
        <p>
          {tx(
            "Calls signed with {secretId} will fail with AuthFailure.SecretIdNotFound from now on. This cannot be undone; the key's request log stays.",
            { secretId },
          )}
        </p>
      }
      confirmLabel={tx('Revoke')}
      onConfirm={async () => {
        const res = await revokeApiKeyAction(id);
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
