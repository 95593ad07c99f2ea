'use server';
import { serverAction } from '@/lib/server/action';
import { decideReview } from '@/lib/server/review/review-item';
import { reviewDecisionInput } from '@/lib/schemas/review';

export const decideReviewAction = serverAction(reviewDecisionInput, decideReview, { path: '/review', layout: true });
