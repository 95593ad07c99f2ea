'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { adjustBalance } from '@/lib/server/money/adjust-balance';
import { decideRefund, setPackageInvoiced } from '@/lib/server/money/refunds';

export async function adjustBalanceAction(input: {
  accountId: number;
  direction: string;
  amountYuan: string;
  reason: string;
}) {
  const res = await runAction((ctx) => adjustBalance(ctx, input));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function decideRefundAction(input: { refundId: number; approve: boolean; reason?: string }) {
  const res = await runAction((ctx) => decideRefund(ctx, input));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function setInvoicedAction(packageId: number, invoiced: boolean) {
  const res = await runAction((ctx) => setPackageInvoiced(ctx, Number(packageId), Boolean(invoiced)));
  if (res.ok) revalidatePath('/finance/packages');
  return res;
}
