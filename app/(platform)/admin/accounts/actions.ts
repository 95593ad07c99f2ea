'use server';
import { serverAction } from '@/lib/server/action';
import { createAccount } from '@/lib/server/accounts/create-account';
import { setAccountIdentity } from '@/lib/server/accounts/set-account-identity';
import { accountIdentityInput, createAccountInput } from '@/lib/schemas/accounts';

export const createAccountAction = serverAction(createAccountInput, createAccount, { path: '/admin/accounts' });

export const setAccountIdentityAction = serverAction(accountIdentityInput, setAccountIdentity, {
  path: '/admin/accounts',
});
