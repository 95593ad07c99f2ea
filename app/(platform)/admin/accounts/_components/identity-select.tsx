'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Select } from '@/components/ui/field';
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
  const [value, setValue] = useState(identity);
  const [asked, setAsked] = useState<string | null>(null);
  const confirm = async () => {
    const res = await setAccountIdentityAction({
      accountId,
      identity: asked === 'individual' ? 'individual' : 'enterprise',
    });
    if (!res.ok) return res.message;
    setValue(asked!);
    start(() => router.refresh());
    return null;
  };
  return (
    <span className="flex items-center gap-2">
      <Select
        aria-label={tx('Identity type of {name}', { name: accountName })}
        value={value}
        disabled={pending}
        className="rounded-sm border border-slate-300 px-2 py-1 text-sm"
        onChange={(e) => setAsked(e.target.value)}
      >
        <option value="enterprise">{tx('Enterprise')}</option>
        <option value="individual">{tx('Individual')}</option>
      </Select>
      <ConfirmDialog
        open={asked !== null}
        title={tx('Change the identity type')}
        confirmLabel={tx('Change to {identity}', { identity: tx(LABEL[asked ?? ''] ?? String(asked)) })}
        onConfirm={confirm}
        onClose={() => setAsked(null)}
      >
        <p>
          {tx('{name} becomes {identity}.', { name: accountName, identity: tx(LABEL[asked ?? ''] ?? String(asked)) })}{' '}
          {tx(
            'Individual accounts cannot send marketing SMS and have lower frequency limits; enterprise accounts can.',
          )}
        </p>
      </ConfirmDialog>
    </span>
  );
}
