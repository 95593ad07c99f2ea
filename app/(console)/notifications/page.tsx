import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { listNotifications } from '@/lib/server/notifications/notify';
import { requireCustomerPage } from '@/lib/server/session';
import { MarkReadButton } from './mark-read-button';
import { getTranslations } from 'next-intl/server';
import { getText } from '@/i18n/text-server';
import { noticeTexts } from '@/components/notifications/notice-text';

export default async function NotificationsPage() {
  const ctx = await requireCustomerPage();
  const { items, unread } = listNotifications(ctx);
  const t = await getTranslations('notifications');
  const tx = await getText();
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t('title')} actions={unread > 0 ? <MarkReadButton label={t('markAll')} /> : null} />
      <Card>
        {items.length === 0 ? (
          <p className="py-6 text-center text-slate-500">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {items
              .map((n) => ({ n, text: noticeTexts(tx, n) }))
              .map(({ n, text }) => (
                <li
                  key={n.id}
                  className={`flex items-start justify-between gap-4 py-3 ${n.readAt ? 'text-slate-500' : ''}`}
                >
                  <div>
                    <div className="font-medium">
                      {!n.readAt ? (
                        <span
                          className="mr-2 inline-block h-2 w-2 rounded-full bg-brand-500"
                          role="img"
                          aria-label={t('unread')}
                        />
                      ) : null}
                      {n.link ? (
                        <Link href={n.link} className="hover:text-brand-500">
                          {text.title}
                        </Link>
                      ) : (
                        text.title
                      )}
                    </div>
                    <p className="text-sm">{text.body}</p>
                  </div>
                  <div className="shrink-0 text-right text-xs">
                    <div>{formatDateTime(n.createdAt)}</div>
                    {!n.readAt ? <MarkReadButton id={n.id} label={t('markOne')} /> : null}
                  </div>
                </li>
              ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
