'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { decideInvoice } from '@/lib/server/money/invoices';

export async function decideInvoiceAction(input: {
  id: number;
  decision: 'issue' | 'refuse';
  invoiceNumber?: string;
  reason?: string;
}) {
  const res = await runAction((ctx) => decideInvoice(ctx, input ?? { id: 0, decision: '' }));
  if (res.ok) revalidatePath('/finance/invoices');
  return res;
}
