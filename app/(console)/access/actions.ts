'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction, type Refresh } from '@/lib/server/action';
import { policyInput, subUserInput } from '@/lib/schemas/access';
import {
  createPolicy,
  createSubUser,
  deletePolicy,
  deleteSubUser,
  setSubUserPolicies,
} from '@/lib/server/access/access';

const access: Refresh = { path: '/access', layout: true };

function refresh() {
  revalidatePath('/access', 'layout');
}

export const createSubUserAction = serverAction(subUserInput, createSubUser, access);

export async function setSubUserPoliciesAction(userId: number, policies: string[]) {
  const res = await runAction((ctx) =>
    setSubUserPolicies(ctx, Number(userId), Array.isArray(policies) ? policies.map(String) : []),
  );
  if (res.ok) refresh();
  return res;
}

export async function deleteSubUserAction(userId: number) {
  const res = await runAction((ctx) => deleteSubUser(ctx, Number(userId)));
  if (res.ok) refresh();
  return res;
}

export const createPolicyAction = serverAction(policyInput, createPolicy, access);

export async function deletePolicyAction(id: number) {
  const res = await runAction((ctx) => deletePolicy(ctx, Number(id)));
  if (res.ok) refresh();
  return res;
}
