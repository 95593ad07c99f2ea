import type { ReactNode } from 'react';
import type { Role } from '@/db/enums';
import { navFor } from './nav';
import { getTranslations } from 'next-intl/server';
import { ShellFrame } from './shell-frame';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import { NotificationBell } from './notification-bell';

/** The console frame: navigation, the account the user acts in, and the user menu. */
export async function AppShell({
  user,
  accountLabel,
  unread,
  signOut,
  setLocale,
  children,
}: {
  user: { name: string; email: string; role: Role };
  accountLabel: string;
  /** Unread notifications of the account; omitted for platform staff. */
  unread?: number;
  /** The sign-out server action. */
  signOut: () => Promise<void>;
  /** The language switch's server action. */
  setLocale: (locale: string) => Promise<{ ok: boolean }>;
  children: ReactNode;
}) {
  const platform = user.role === 'reviewer' || user.role === 'finance' || user.role === 'admin';
  const t = await getTranslations('shell');
  const roles = await getTranslations('roles');
  return (
    <ShellFrame
      sections={navFor(user.role)}
      title={platform ? t('platformTitle') : t('consoleTitle')}
      header={
        <>
          <div
            className="min-w-0 flex-1 truncate text-sm text-slate-600"
            data-testid="account-switcher"
            title={t('accountHint')}
          >
            <span className="text-slate-500">{platform ? t('platform') : t('account')}: </span>
            <span className="font-medium text-slate-800" translate="no">
              {accountLabel}
            </span>
          </div>
          <div className="flex shrink-0 items-center gap-1 sm:gap-2">
            <LanguageSwitch compact setLocale={setLocale} />
            <ThemeSwitch />
            {unread !== undefined ? <NotificationBell unread={unread} /> : null}
            <UserMenu name={user.name} email={user.email} roleLabel={roles(user.role)} signOut={signOut} />
          </div>
        </>
      }
    >
      {children}
    </ShellFrame>
  );
}
