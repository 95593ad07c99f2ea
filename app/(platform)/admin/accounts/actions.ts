'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { createAccount } from '@/lib/server/accounts/create-account';
import { setAccountIdentity } from '@/lib/server/accounts/set-account-identity';

export async function createAccountAction(input: {
  realName: string;
  identity: string;
  ownerName: string;
  ownerEmail: string;
  ownerPassword: string;
}) {
  const res = await runAction((ctx) => createAccount(ctx, input));
  if (res.ok) revalidatePath('/admin/accounts');
  return res;
}

export async function setAccountIdentityAction(accountId: number, identity: string) {
  const res = await runAction((ctx) => setAccountIdentity(ctx, { accountId, identity }));
  if (res.ok) revalidatePath('/admin/accounts');
  return res;
}
