'use client';
import { invoiceRequestInput } from '@/lib/schemas/money';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { Field, Input } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { requestInvoiceAction } from '../actions';

/** "Request invoice" for one paid order. */
export function InvoiceRequestButton({
  orderId,
  defaultTitle,
  enterprise,
}: {
  orderId: number;
  defaultTitle: string;
  enterprise: boolean;
}) {
  const tx = useText();
  const router = useRouter();
  return (
    <FormDialog
      trigger={tx('Request invoice')}
      triggerVariant="link"
      title={tx('Request an invoice for order {orderId}', { orderId })}
      schema={invoiceRequestInput}
      values={(f) => ({ ...f, orderId })}
      action={requestInvoiceAction}
      submitLabel={tx('Request')}
      onDone={() => router.refresh()}
    >
      {(errors) => (
        <>
          <Field label={tx('Invoice title')} htmlFor={`inv-title-${orderId}`} error={errors.title}>
            <Input id={`inv-title-${orderId}`} name="title" defaultValue={defaultTitle} invalid={!!errors.title} />
          </Field>
          {enterprise ? (
            <Field
              label={tx('Tax ID (unified social credit code)')}
              htmlFor={`inv-tax-${orderId}`}
              error={errors.taxId}
            >
              <Input id={`inv-tax-${orderId}`} name="taxId" invalid={!!errors.taxId} />
            </Field>
          ) : null}
          <Field label={tx('Send to e-mail')} htmlFor={`inv-email-${orderId}`} error={errors.email}>
            <Input id={`inv-email-${orderId}`} name="email" type="email" invalid={!!errors.email} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
