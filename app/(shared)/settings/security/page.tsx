import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { listMySessions, staffTwoFactorRequired } from '@/lib/server/auth/security-settings';
import { twoFactorStatus } from '@/lib/server/auth/two-factor';
import { getActorContext } from '@/lib/server/session';
import { redirect } from 'next/navigation';
import { SignOutOthersButton } from './sessions-panel';
import { StaffRequirement } from './staff-requirement';
import { TwoFactorPanel } from './two-factor-panel';

export const dynamic = 'force-dynamic';

/** Settings → Security and sessions: two-factor sign-in and the user's sessions. */
export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const tx = await getText();
  const ctx = await getActorContext();
  if (!ctx) redirect('/login');
  const { required } = await searchParams;
  const status = twoFactorStatus(ctx);
  const sessions = listMySessions(ctx);
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title="Security and sessions" crumbs={[{ label: 'Settings' }]} />
      {required && !status.enabled ? (
        <p role="alert" className="rounded-sm bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {tx('The platform requires two-factor sign-in for staff. Set it up to continue.')}
        </p>
      ) : null}
      <Card title={tx('Two-factor sign-in')}>
        <TwoFactorPanel enabled={status.enabled} recoveryCodesLeft={status.recoveryCodesLeft} />
      </Card>
      <Card title={tx('Sessions')} actions={<SignOutOthersButton others={sessions.filter((s) => !s.current).length} />}>
        <RowTable head={[tx('Signed in'), tx('Last seen'), tx('Address'), tx('Browser'), '']}>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(s.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(s.lastSeenAt)}</td>
              <td className="px-3 py-2 font-mono text-xs">{s.ip ?? '—'}</td>
              <td
                className="max-w-64 truncate px-3 py-2 text-xs text-slate-500"
                title={s.userAgent ?? ''}
                translate="no"
              >
                {s.userAgent ?? '—'}
              </td>
              <td className="px-3 py-2 text-xs font-medium">{s.current ? tx('This session') : ''}</td>
            </tr>
          ))}
        </RowTable>
      </Card>
      {ctx.actor.role === 'admin' ? (
        <Card
          title={tx('Platform: two-factor sign-in for staff')}
          actions={<StaffRequirement required={staffTwoFactorRequired(ctx.db)} />}
        >
          <p className="text-sm">
            {staffTwoFactorRequired(ctx.db)
              ? tx('Required: reviewers, finance staff and admins must use two-factor sign-in.')
              : tx('Not required: staff may sign in with a password alone.')}
          </p>
        </Card>
      ) : null}
    </div>
  );
}
