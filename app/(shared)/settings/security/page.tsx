import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
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
        <DataTable
          label={tx('Sessions')}
          columns={[
            { key: 'createdAt', header: tx('Signed in'), kind: 'datetime', sortable: true },
            { key: 'lastSeenAt', header: tx('Last seen'), kind: 'datetime', sortable: true },
            { key: 'ip', header: tx('Address'), kind: 'code' },
            { key: 'browser', header: tx('Browser'), kind: 'node', data: true },
            { key: 'current', header: '' },
          ]}
          rows={sessions.map((s) => ({
            id: s.id,
            createdAt: s.createdAt,
            lastSeenAt: s.lastSeenAt,
            ip: s.ip ?? '—',
            browser: (
              <span className="block max-w-64 truncate text-xs text-slate-500" title={s.userAgent ?? ''}>
                {s.userAgent ?? '—'}
              </span>
            ),
            current: s.current ? tx('This session') : '',
          }))}
        />
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
