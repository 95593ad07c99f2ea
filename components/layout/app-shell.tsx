import type { ReactNode } from 'react';
import type { Role } from '@/db/enums';
import { navFor } from './nav';
import { Sidebar } from './sidebar';
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
    <div className="flex min-h-screen">
      <Sidebar sections={navFor(user.role)} title={platform ? 'SMS Platform' : 'SMS Console'} />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 items-center justify-between border-b border-slate-200 bg-white px-6">
          <div className="text-sm text-slate-600" data-testid="account-switcher" title="The account you are working in">
            <span className="text-slate-400">{platform ? 'Platform' : 'Account'}: </span>
            <span className="font-medium text-slate-800">{accountLabel}</span>
          </div>
          <div className="flex items-center gap-2">
            {unread !== undefined ? <NotificationBell unread={unread} /> : null}
            <UserMenu name={user.name} email={user.email} roleLabel={ROLE_LABELS[user.role]} signOut={signOut} />
          </div>
        </header>
        <main className="flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
