'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { decideReview } from '@/lib/server/review/review-item';

export async function decideReviewAction(input: {
  kind: string;
  id: number;
  revision: number;
  decision: string;
  reason?: string;
  suggestion?: string;
}) {
  const res = await runAction((ctx) => decideReview(ctx, input));
  if (res.ok) revalidatePath('/review', 'layout');
  return res;
}
