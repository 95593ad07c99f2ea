'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { deleteReviewCalendarDay, saveReviewCalendarDay } from '@/lib/server/review/calendar';

export async function saveReviewCalendarDayAction(input: { day: string; kind: string; note: string }) {
  const res = await runAction((ctx) => saveReviewCalendarDay(ctx, input ?? {}));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function deleteReviewCalendarDayAction(day: string) {
  const res = await runAction((ctx) => deleteReviewCalendarDay(ctx, String(day)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
