'use client';
import { useText } from '@/i18n/text';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { regenerateAppKeyAction, revealAppKeyAction } from '../../actions';

/** AppKey masked by default, revealed on demand, regenerable after confirmation (R-APP-2). */
export function AppKeyField({ sdkAppId, masked }: { sdkAppId: string; masked: string }) {
  const tx = useText();
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <code data-testid="app-key" className="break-all rounded-sm bg-slate-100 px-2 py-0.5 font-mono text-xs">
        {key ?? masked}
      </code>
      {key ? (
        <Button variant="link" onClick={() => setKey(null)}>
          {tx('Hide')}
        </Button>
      ) : (
        <Button
          variant="link"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const res = await revealAppKeyAction(sdkAppId);
              if (res.ok) setKey(res.data);
              else setError(res.message);
            })
          }
        >
          {tx('Show')}
        </Button>
      )}
      <ConfirmButton
        label={tx('Regenerate')}
        variant="link"
        danger
        confirmLabel={tx('Regenerate')}
        title={tx('Regenerate the AppKey?')}
        body={
          <p>
            {tx(
              'The current AppKey stops working immediately. Systems that use it must be updated. This cannot be undone.',
            )}
          </p>
        }
        onConfirm={async () => {
          const res = await regenerateAppKeyAction(sdkAppId);
          if (!res.ok) return res.message;
          setKey(res.data);
          return null;
        }}
      />
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </div>
  );
}
