'use server';
import { serverAction } from '@/lib/server/action';
import { applyForRemoval, queryUnsubscribe } from '@/lib/server/clients/unsubscribe';
import { removalRequestInput, unsubscribeQuery } from '@/lib/schemas/clients';

export const queryUnsubscribeAction = serverAction(unsubscribeQuery, queryUnsubscribe, null);

export const applyForRemovalAction = serverAction(removalRequestInput, applyForRemoval, { path: '/unsubscribed' });
