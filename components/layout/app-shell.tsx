import type { ReactNode } from 'react';
import type { Role } from '@/db/enums';
import { navFor } from './nav';
import { ShellFrame } from './shell-frame';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import { NotificationBell } from './notification-bell';

const ROLE_LABELS: Record<Role, string> = {
  owner: 'Account owner',
  subuser: 'Sub-user',
  reviewer: 'Reviewer',
  finance: 'Finance',
  admin: 'Administrator',
};

/** The console frame: navigation, the account the user acts in, and the user menu. */
export function AppShell({
  user,
  accountLabel,
  unread,
  signOut,
  children,
}: {
  user: { name: string; email: string; role: Role };
  accountLabel: string;
  /** Unread notifications of the account; omitted for platform staff. */
  unread?: number;
  /** The sign-out server action. */
  signOut: () => Promise<void>;
  children: ReactNode;
}) {
  const platform = user.role === 'reviewer' || user.role === 'finance' || user.role === 'admin';
  return (
    <ShellFrame
      sections={navFor(user.role)}
      title={platform ? 'SMS Platform' : 'SMS Console'}
      header={
        <>
          <div className="min-w-0 flex-1 truncate text-sm text-slate-600" data-testid="account-switcher" title="The account you are working in">
            <span className="text-slate-500">{platform ? 'Platform' : 'Account'}: </span>
            <span className="font-medium text-slate-800">{accountLabel}</span>
          </div>
          <div className="flex shrink-0 items-center gap-1 sm:gap-2">
            <ThemeSwitch />
            {unread !== undefined ? <NotificationBell unread={unread} /> : null}
            <UserMenu name={user.name} email={user.email} roleLabel={ROLE_LABELS[user.role]} signOut={signOut} />
          </div>
        </>
      }
    >
      {children}
    </ShellFrame>
  );
}
