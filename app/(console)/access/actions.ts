'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import {
  createPolicy,
  createSubUser,
  deletePolicy,
  deleteSubUser,
  setSubUserPolicies,
} from '@/lib/server/access/access';

function refresh() {
  revalidatePath('/access', 'layout');
}

export async function createSubUserAction(input: {
  name: string;
  email: string;
  password: string;
  policies: string[];
}) {
  const res = await runAction((ctx) => createSubUser(ctx, input));
  if (res.ok) refresh();
  return res;
}

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

export async function createPolicyAction(input: { name: string; description: string; document: string }) {
  const res = await runAction((ctx) => createPolicy(ctx, input));
  if (res.ok) refresh();
  return res;
}

export async function deletePolicyAction(id: number) {
  const res = await runAction((ctx) => deletePolicy(ctx, Number(id)));
  if (res.ok) refresh();
  return res;
}
