import { getText } from '@/i18n/text-server';
import { setLocaleAction } from '@/app/locale/actions';
import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { AppShell } from '@/components/layout/app-shell';
import { getActorContext } from '@/lib/server/session';
import { unreadCount } from '@/lib/server/notifications/notify';
import { signOutAction } from '@/app/(auth)/login/actions';

export const dynamic = 'force-dynamic';

/** Pages every signed-in user has (own settings), in the frame of the user's own area. */
export default async function SharedLayout({ children }: { children: ReactNode }) {
  const tx = await getText();
  const ctx = await getActorContext();
  if (!ctx) redirect('/login');
  const label = ctx.account ? `${ctx.account.realName} (${ctx.account.uin})` : tx('SMS Console platform');
  return (
    <AppShell
      signOut={signOutAction}
      setLocale={setLocaleAction}
      user={ctx.actor}
      accountLabel={label}
      unread={ctx.account ? unreadCount(ctx) : undefined}
    >
      {children}
    </AppShell>
  );
}
