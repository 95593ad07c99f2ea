import { getText } from '@/i18n/text-server';
import { setLocaleAction } from '@/app/locale/actions';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requirePlatformPage } from '@/lib/server/session';
import { signOutAction } from '@/app/(auth)/login/actions';

export const dynamic = 'force-dynamic';

export default async function PlatformLayout({ children }: { children: ReactNode }) {
  const tx = await getText();
  const ctx = await requirePlatformPage();
  return (
    <AppShell
      signOut={signOutAction}
      setLocale={setLocaleAction}
      user={ctx.actor}
      accountLabel={tx('SMS Console platform')}
    >
      {children}
    </AppShell>
  );
}
