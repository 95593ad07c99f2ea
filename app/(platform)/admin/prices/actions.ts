'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { setCountryPrice, setIntlQuota } from '@/lib/server/money/international';

export async function setCountryPriceAction(input: {
  isoCountry: string;
  name: string;
  dialCode: string;
  priceYuan: string;
}) {
  const res = await runAction((ctx) => setCountryPrice(ctx, input));
  if (res.ok) revalidatePath('/admin/prices');
  return res;
}

export async function setQuotaAction(accountId: number, quota: string) {
  const res = await runAction((ctx) => setIntlQuota(ctx, { accountId, quota }));
  if (res.ok) revalidatePath('/admin/accounts');
  return res;
}
