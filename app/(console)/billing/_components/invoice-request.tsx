'use client';
import { invoiceRequestInput } from '@/lib/schemas/money';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
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
  const [open, setOpen] = useState(false);
  const { pending, errors, message, submit, reset } = useFormAction<{ id: number }>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    submit(
      invoiceRequestInput,
      {
        orderId,
        title: String(f.get('title') ?? ''),
        taxId: String(f.get('taxId') ?? ''),
        email: String(f.get('email') ?? ''),
      },
      requestInvoiceAction,
      () => (setOpen(false), router.refresh()),
    );
  }
  return (
    <>
      <Button variant="link" onClick={() => (reset(), setOpen(true))}>
        {tx('Request invoice')}
      </Button>
      <Dialog
        open={open}
        title={tx('Request an invoice for order {orderId}', { orderId })}
        onClose={() => setOpen(false)}
      >
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
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
          <FormMessage message={message} />
          <Button type="submit" disabled={pending}>
            {tx('Request')}
          </Button>
        </form>
      </Dialog>
    </>
  );
}
