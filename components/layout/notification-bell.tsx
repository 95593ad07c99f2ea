import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The bell in the header with the unread count. */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations('shell');
  return (
    <Link
      href="/notifications"
      aria-label={t('notifications', { count: unread })}
      className="relative rounded-sm p-2 text-slate-600 hover:bg-slate-100"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          data-testid="unread-count"
          className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
