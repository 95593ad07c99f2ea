'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { buyPackage } from '@/lib/server/money/buy-package';
import { deletePackage } from '@/lib/server/money/packages';
import { previewRefund, requestRefund } from '@/lib/server/money/refunds';
import { updatePackageSettings } from '@/lib/server/money/settings';

function refresh() {
  revalidatePath('/', 'layout');
}

export async function buyPackageAction(input: {
  kind: 'fixed' | 'custom';
  count: number;
  quantity: number;
  agreed: boolean;
}) {
  const res = await runAction((ctx) => buyPackage(ctx, input));
  if (res.ok) refresh();
  return res;
}

export async function deletePackageAction(id: number) {
  const res = await runAction((ctx) => deletePackage(ctx, Number(id)));
  if (res.ok) refresh();
  return res;
}

export async function previewRefundAction(ids: number[]) {
  return runAction((ctx) => previewRefund(ctx, ids));
}

export async function requestRefundAction(ids: number[]) {
  const res = await runAction((ctx) => requestRefund(ctx, ids));
  if (res.ok) refresh();
  return res;
}

export async function updatePackageSettingsAction(input: Record<string, unknown>) {
  const res = await runAction((ctx) => updatePackageSettings(ctx, input));
  if (res.ok) refresh();
  return res;
}
