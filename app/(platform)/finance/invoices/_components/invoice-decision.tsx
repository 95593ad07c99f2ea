'use client';
import { invoiceDecisionInput } from '@/lib/schemas/money';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { decideInvoiceAction } from '../actions';

/** Finance: issue an invoice with its number, or refuse the request with a reason. */
export function InvoiceDecision({ id }: { id: number }) {
  const tx = useText();
  const router = useRouter();
  const [mode, setMode] = useState<'issue' | 'refuse' | null>(null);
  const { pending, errors, message, submit, reset } = useFormAction<void>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    submit(
      invoiceDecisionInput,
      {
        id,
        decision: mode!,
        invoiceNumber: String(f.get('invoiceNumber') ?? ''),
        reason: String(f.get('reason') ?? ''),
      },
      decideInvoiceAction,
      () => (setMode(null), router.refresh()),
    );
  }
  return (
    <span className="flex gap-3">
      <Button variant="link" onClick={() => (reset(), setMode('issue'))}>
        {tx('Mark issued')}
      </Button>
      <Button variant="link" onClick={() => (reset(), setMode('refuse'))}>
        {tx('Refuse')}
      </Button>
      <Dialog
        open={mode !== null}
        title={
          mode === 'issue' ? tx('Issue invoice request #{id}', { id }) : tx('Refuse invoice request #{id}', { id })
        }
        onClose={() => setMode(null)}
      >
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {mode === 'issue' ? (
            <Field
              label={tx('Invoice number')}
              htmlFor={`inv-no-${id}`}
              error={errors.invoiceNumber}
              hint={tx('The number printed on the issued invoice.')}
            >
              <Input id={`inv-no-${id}`} name="invoiceNumber" invalid={!!errors.invoiceNumber} />
            </Field>
          ) : (
            <Field label={tx('Reason')} htmlFor={`inv-reason-${id}`} error={errors.reason}>
              <Input id={`inv-reason-${id}`} name="reason" invalid={!!errors.reason} />
            </Field>
          )}
          <FormMessage message={message} />
          <Button type="submit" disabled={pending}>
            {mode === 'issue' ? tx('Mark issued') : tx('Refuse')}
          </Button>
        </form>
      </Dialog>
    </span>
  );
}
