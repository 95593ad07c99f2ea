import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { notifications, type Notification } from '@/db/schema';
import { requireAccount, type Ctx } from '../context';

/** Records a notice in the account's notification centre. */
export function notifyAccount(
  ctx: Ctx,
  accountId: number,
  notice: { category: string; title: string; body: string; link?: string },
): void {
  ctx.db.insert(notifications).values({ accountId, ...notice, createdAt: ctx.now }).run();
}

/** The account's notices, newest first, with the unread count. */
export function listNotifications(ctx: Ctx, limit = 100): { items: Notification[]; unread: number } {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeNotifications', { accountId: account.id });
  const items = ctx.db
    .select()
    .from(notifications)
    .where(eq(notifications.accountId, account.id))
    .orderBy(desc(notifications.id))
    .limit(limit)
    .all();
  return { items, unread: unreadCount(ctx) };
}

export function unreadCount(ctx: Ctx): number {
  const account = requireAccount(ctx);
  return ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, account.id), isNull(notifications.readAt)))
    .get()!.n;
}

/** Marks one notice (or all, when id is omitted) as read. */
export function markNotificationsRead(ctx: Ctx, id?: number): void {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyNotificationRead', { accountId: account.id });
  const scope = and(eq(notifications.accountId, account.id), isNull(notifications.readAt));
  ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(id === undefined ? scope : and(scope, eq(notifications.id, id)))
    .run();
}
