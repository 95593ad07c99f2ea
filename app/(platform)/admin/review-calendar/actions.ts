'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction } from '@/lib/server/action';
import { deleteReviewCalendarDay, saveReviewCalendarDay } from '@/lib/server/review/calendar';
import { reviewCalendarDayInput } from '@/lib/schemas/review';

export const saveReviewCalendarDayAction = serverAction(reviewCalendarDayInput, saveReviewCalendarDay);

export async function deleteReviewCalendarDayAction(day: string) {
  const res = await runAction((ctx) => deleteReviewCalendarDay(ctx, String(day)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
