'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction } from '@/lib/server/action';
import { adjustBalance } from '@/lib/server/money/adjust-balance';
import { decideRefund, setPackageInvoiced } from '@/lib/server/money/refunds';
import { adjustBalanceInput, refundDecisionInput } from '@/lib/schemas/money';

export const adjustBalanceAction = serverAction(adjustBalanceInput, adjustBalance);

export const decideRefundAction = serverAction(refundDecisionInput, decideRefund);

export async function setInvoicedAction(packageId: number, invoiced: boolean) {
  const res = await runAction((ctx) => setPackageInvoiced(ctx, Number(packageId), Boolean(invoiced)));
  if (res.ok) revalidatePath('/finance/packages');
  return res;
}
