'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { formValues, useFormAction } from '@/components/ui/use-form-action';
import { adjustBalanceInput } from '@/lib/schemas/money';
import { adjustBalanceAction } from '../actions';

/** Credit or debit an account's cash with a reason (kept in the ledger). */
export function AdjustBalanceForm({ accounts }: { accounts: { id: number; label: string }[] }) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<{ balanceLi: number }>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    submit(adjustBalanceInput, formValues(form), adjustBalanceAction, () => {
      setMessage({ ok: true, text: tx('Balance updated.') });
      form.reset();
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 items-end gap-3 md:grid-cols-5" noValidate>
      <Field label={tx('Account')} htmlFor="accountId" error={errors.accountId}>
        <Select id="accountId" name="accountId">
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tx('Direction')} htmlFor="direction">
        <Select id="direction" name="direction" defaultValue="credit">
          <option value="credit">{tx('Credit (top-up)')}</option>
          <option value="debit">{tx('Debit')}</option>
        </Select>
      </Field>
      <Field label={tx('Amount (yuan)')} htmlFor="amountYuan" error={errors.amountYuan}>
        <Input id="amountYuan" name="amountYuan" inputMode="decimal" invalid={!!errors.amountYuan} />
      </Field>
      <Field label={tx('Reason')} htmlFor="reason" error={errors.reason}>
        <Input id="reason" name="reason" invalid={!!errors.reason} />
      </Field>
      <Button type="submit" disabled={pending}>
        {tx('Apply')}
      </Button>
      <div className="md:col-span-5">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
