'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction } from '@/lib/server/action';
import { buyPackage } from '@/lib/server/money/buy-package';
import { deletePackage } from '@/lib/server/money/packages';
import { previewRefund, requestRefund } from '@/lib/server/money/refunds';
import { updatePackageSettings } from '@/lib/server/money/settings';
import { buyPackageInput, packageSettingsInput, refundPackagesInput } from '@/lib/schemas/money';

export const buyPackageAction = serverAction(buyPackageInput, (ctx, input) => buyPackage(ctx, input));

export async function deletePackageAction(id: number) {
  const res = await runAction((ctx) => deletePackage(ctx, Number(id)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export const previewRefundAction = serverAction(refundPackagesInput, previewRefund, null);

export const requestRefundAction = serverAction(refundPackagesInput, requestRefund);

export const updatePackageSettingsAction = serverAction(packageSettingsInput, updatePackageSettings);
