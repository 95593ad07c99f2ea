'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setAccountIdentityAction } from '../actions';

export function IdentitySelect({ accountId, identity, label }: { accountId: number; identity: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      <select
        aria-label={label}
        defaultValue={identity}
        disabled={pending}
        className="rounded-sm border border-slate-300 px-2 py-1 text-sm"
        onChange={(e) => {
          const value = e.target.value;
          start(async () => {
            const res = await setAccountIdentityAction(accountId, value);
            setError(res.ok ? null : res.message);
            router.refresh();
          });
        }}
      >
        <option value="enterprise">Enterprise</option>
        <option value="individual">Individual</option>
      </select>
      {error ? <span role="alert" className="text-xs text-red-600">{error}</span> : null}
    </span>
  );
}
