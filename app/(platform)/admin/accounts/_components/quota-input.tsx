'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setQuotaAction } from '../../prices/actions';

/** R-INT-3: the admin raises or lowers an account's daily international quota. */
export function QuotaInput({ accountId, quota, label }: { accountId: number; quota: number; label: string }) {
  const tx = useText();
  const router = useRouter();
  const [value, setValue] = useState(String(quota));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await setQuotaAction({ accountId, quota: value });
          setError(res.ok ? null : res.message);
          router.refresh();
        });
      }}
    >
      <input
        aria-label={label}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="w-24 rounded-sm border border-slate-300 px-2 py-1 text-sm"
        inputMode="numeric"
      />
      <button type="submit" disabled={pending} className="text-xs text-brand-500 hover:underline">
        {tx('Set')}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </form>
  );
}
