'use client';
import { useText } from '@/i18n/text';
import { ActionButton } from '@/components/ui/action-button';
import { setInvoicedAction } from '../actions';

/** Finance marks a purchased package invoiced, or the invoice returned. */
export function InvoiceToggle({ packageId, invoiced }: { packageId: number; invoiced: boolean }) {
  const tx = useText();
  return (
    <ActionButton action={() => setInvoicedAction(packageId, !invoiced)}>
      {invoiced ? tx('Invoiced: mark returned') : tx('Mark invoiced')}
    </ActionButton>
  );
}
