'use client';
import { invoiceDecisionInput } from '@/lib/schemas/money';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { Field, Input } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { decideInvoiceAction } from '../actions';

/** Finance: issue an invoice with its number, or refuse the request with a reason. */
export function InvoiceDecision({ id }: { id: number }) {
  const tx = useText();
  const router = useRouter();
  return (
    <span className="flex gap-3">
      <FormDialog
        trigger={tx('Mark issued')}
        triggerVariant="link"
        title={tx('Issue invoice request #{id}', { id })}
        schema={invoiceDecisionInput}
        values={(f) => ({ id, decision: 'issue', invoiceNumber: f.invoiceNumber, reason: '' })}
        action={decideInvoiceAction}
        submitLabel={tx('Mark issued')}
        onDone={() => router.refresh()}
      >
        {(errors) => (
          <Field
            label={tx('Invoice number')}
            htmlFor={`inv-no-${id}`}
            error={errors.invoiceNumber}
            hint={tx('The number printed on the issued invoice.')}
          >
            <Input id={`inv-no-${id}`} name="invoiceNumber" invalid={!!errors.invoiceNumber} />
          </Field>
        )}
      </FormDialog>
      <FormDialog
        trigger={tx('Refuse')}
        triggerVariant="link"
        title={tx('Refuse invoice request #{id}', { id })}
        schema={invoiceDecisionInput}
        values={(f) => ({ id, decision: 'refuse', invoiceNumber: '', reason: f.reason })}
        action={decideInvoiceAction}
        submitLabel={tx('Refuse')}
        onDone={() => router.refresh()}
      >
        {(errors) => (
          <Field label={tx('Reason')} htmlFor={`inv-reason-${id}`} error={errors.reason}>
            <Input id={`inv-reason-${id}`} name="reason" invalid={!!errors.reason} />
          </Field>
        )}
      </FormDialog>
    </span>
  );
}
