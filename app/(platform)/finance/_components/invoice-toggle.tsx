'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { setInvoicedAction } from '../actions';

export function InvoiceToggle({ packageId, invoiced }: { packageId: number; invoiced: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button variant="link" disabled={pending} onClick={() => start(async () => (await setInvoicedAction(packageId, !invoiced), router.refresh()))}>
      {invoiced ? 'Invoiced: mark returned' : 'Mark invoiced'}
    </Button>
  );
}
