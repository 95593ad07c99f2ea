import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { notifications, type Notification } from '@/db/schema';
import { englishOf, type NoticeInput, type NoticeText } from '@/lib/domain/notices';
import { requireAccount, type Ctx } from '../context';

const asText = (t: NoticeInput): NoticeText => (typeof t === 'string' ? { text: t } : t);

/**
 * Records a notice in the account's notification centre: in English, and as templates with
 * values so the centre shows it in each reader's language (R-UI-4).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function notifyAccount(
  ctx: Ctx,
  accountId: number,
  notice: { category: string; title: NoticeInput; body: NoticeInput; link?: string },
): void {
  const { title, body, ...rest } = notice;
  ctx.db
    .insert(notifications)
    .values({
      accountId,
      ...rest,
      title: englishOf(title),
      body: englishOf(body),
      i18n: { title: asText(title), body: asText(body) },
      createdAt: ctx.now,
    })
    .run();
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

/** @internal the header's bell for every user of the account; the list itself checks DescribeNotifications */
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
