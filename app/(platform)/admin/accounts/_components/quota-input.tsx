'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { intlQuotaInput } from '@/lib/schemas/money';
import { setQuotaAction } from '../../prices/actions';

/** R-INT-3: the admin raises or lowers an account's daily international quota. */
export function QuotaInput({ accountId, quota, label }: { accountId: number; quota: number; label: string }) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, submit } = useFormAction<unknown>();
  const problem = errors.quota ?? (message && !message.ok ? message.text : null);
  return (
    <form
      method="post"
      className="flex items-center gap-1"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const quotaValue = new FormData(e.currentTarget).get('quota');
        submit(intlQuotaInput, { accountId, quota: quotaValue }, setQuotaAction, () => router.refresh());
      }}
    >
      <input
        name="quota"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        defaultValue={String(quota)}
        className="w-24 rounded-sm border border-slate-300 px-2 py-1 text-sm"
        inputMode="numeric"
      />
      <Button type="submit" variant="link" disabled={pending} className="text-xs">
        {tx('Set')}
      </Button>
      {problem ? (
        <span role="alert" className="text-xs text-red-600">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
