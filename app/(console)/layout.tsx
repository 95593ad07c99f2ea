import { setLocaleAction } from '@/app/locale/actions';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireCustomerPage } from '@/lib/server/session';
import { unreadCount } from '@/lib/server/notifications/notify';
import { signOutAction } from '@/app/(auth)/login/actions';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const ctx = await requireCustomerPage();
  return (
    <AppShell
      signOut={signOutAction}
      setLocale={setLocaleAction}
      user={ctx.actor}
      accountLabel={`${ctx.account.realName} (${ctx.account.uin})`}
      unread={unreadCount(ctx)}
    >
      {children}
    </AppShell>
  );
}
