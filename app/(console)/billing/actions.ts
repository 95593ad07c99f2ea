'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { requestInvoice } from '@/lib/server/money/invoices';

export async function requestInvoiceAction(input: { orderId: number; title: string; taxId: string; email: string }) {
  const res = await runAction((ctx) => requestInvoice(ctx, input ?? {}));
  if (res.ok) revalidatePath('/billing');
  return res;
}
