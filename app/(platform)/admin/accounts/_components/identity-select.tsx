'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { setAccountIdentityAction } from '../actions';

const LABEL: Record<string, string> = { enterprise: 'Enterprise', individual: 'Individual' };

/** The identity type of an account; a change is confirmed first: it changes what the account may send. */
export function IdentitySelect({
  accountId,
  identity,
  accountName,
}: {
  accountId: number;
  identity: string;
  accountName: string;
}) {
  const tx = useText();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [value, setValue] = useState(identity);
  const [asked, setAsked] = useState<string | null>(null);
  const confirm = () =>
    start(async () => {
      const res = await setAccountIdentityAction({
        accountId,
        identity: asked === 'individual' ? 'individual' : 'enterprise',
      });
      setError(res.ok ? null : res.message);
      if (res.ok) setValue(asked!);
      setAsked(null);
      router.refresh();
    });
  return (
    <span className="flex items-center gap-2">
      <select
        aria-label={tx('Identity type of {name}', { name: accountName })}
        value={value}
        disabled={pending}
        className="rounded-sm border border-slate-300 px-2 py-1 text-sm"
        onChange={(e) => setAsked(e.target.value)}
      >
        <option value="enterprise">{tx('Enterprise')}</option>
        <option value="individual">{tx('Individual')}</option>
      </select>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
      <Dialog
        open={asked !== null}
        title={tx('Change the identity type')}
        onClose={() => setAsked(null)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setAsked(null)}>
              {tx('Cancel')}
            </Button>
            <Button disabled={pending} onClick={confirm}>
              {tx('Change to {identity}', { identity: tx(LABEL[asked ?? ''] ?? String(asked)) })}
            </Button>
          </>
        }
      >
        <p className="text-sm">
          {tx('{name} becomes {identity}.', { name: accountName, identity: tx(LABEL[asked ?? ''] ?? String(asked)) })}{' '}
          {tx(
            'Individual accounts cannot send marketing SMS and have lower frequency limits; enterprise accounts can.',
          )}
        </p>
      </Dialog>
    </span>
  );
}
