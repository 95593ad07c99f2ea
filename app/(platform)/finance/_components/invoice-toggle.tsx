'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { setInvoicedAction } from '../actions';

export function InvoiceToggle({ packageId, invoiced }: { packageId: number; invoiced: boolean }) {
  const tx = useText();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="link"
      disabled={pending}
      onClick={() => start(async () => (await setInvoicedAction(packageId, !invoiced), router.refresh()))}
    >
      {invoiced ? tx('Invoiced: mark returned') : tx('Mark invoiced')}
    </Button>
  );
}
