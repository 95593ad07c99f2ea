'use client';
import { useText } from '@/i18n/text';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ContentStatus } from '@/components/content/content-status';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { boundSignaturesAction, deleteQualificationsAction } from '../actions';

interface Row {
  id: number;
  enterpriseName: string;
  purpose: 'self' | 'third_party';
  creditCode: string | null;
  holder: 'enterprise' | 'individual';
  status: string;
  rejectReason: string | null;
  rejectSuggestion: string | null;
  submittedAt: string;
  expectedBy: string | null;
}

/** The list with single and batch delete; the confirmation names the bound signatures (R-QUA-4). */
export function QualificationTable({ rows }: { rows: Row[] }) {
  const tx = useText();
  const router = useRouter();
  const [selected, setSelected] = useState<number[]>([]);
  const [confirm, setConfirm] = useState<{ ids: number[]; bound: string[] } | null>(null);

  async function askDelete(ids: number[]) {
    const res = await boundSignaturesAction(ids);
    setConfirm({ ids, bound: res.ok ? res.data.map((s) => `【${s.content}】`) : [] });
  }

  async function doDelete() {
    if (!confirm) return null;
    const res = await deleteQualificationsAction(confirm.ids);
    if (!res.ok) return res.message;
    setSelected([]);
    router.refresh();
    return null;
  }

  return (
    <div className="space-y-3">
      <div className="flex gap-2">
        <Link
          href="/mainland/qualifications/new"
          className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          {tx('Add Qualification')}
        </Link>
        <Button variant="secondary" disabled={selected.length === 0} onClick={() => askDelete(selected)}>
          {tx('Delete selected ({n})', { n: selected.length })}
        </Button>
      </div>
      <DataTable
        label={tx('Qualifications')}
        selection={{
          selected: selected.map(String),
          onChange: (ids) => setSelected(ids.map(Number)),
          label: (q) => tx('Select {enterpriseName}', { enterpriseName: q.enterpriseName }),
        }}
        columns={[
          { key: 'id', header: 'ID', kind: 'code', sortable: true },
          { key: 'enterpriseName', header: tx('Enterprise name'), data: true },
          { key: 'purpose', header: tx('Purpose') },
          { key: 'creditCode', header: tx('Credit code'), kind: 'code' },
          { key: 'status', header: tx('Status'), kind: 'node' },
          { key: 'submittedAt', header: tx('Submitted'), kind: 'datetime', sortable: true },
          { key: 'operation', header: tx('Operation'), kind: 'node' },
        ]}
        rows={rows.map((q) => ({
          id: q.id,
          enterpriseName: q.enterpriseName,
          purpose:
            q.holder === 'individual'
              ? tx('Self-use (individual)')
              : q.purpose === 'self'
                ? tx('Self-use')
                : tx('Third-party use'),
          creditCode: q.creditCode ?? '—',
          status: (
            <ContentStatus
              kind="qualification"
              status={q.status}
              reason={q.rejectReason}
              suggestion={q.rejectSuggestion}
              expectedBy={q.expectedBy}
            />
          ),
          submittedAt: new Date(q.submittedAt),
          operation: (
            <span className="flex gap-3">
              <Link className="text-brand-500 hover:underline" href={`/mainland/qualifications/${q.id}`}>
                {tx('View')}
              </Link>
              <Link className="text-brand-500 hover:underline" href={`/mainland/qualifications/${q.id}/edit`}>
                {tx('Edit')}
              </Link>
              <Button variant="link" onClick={() => askDelete([q.id])}>
                {tx('Delete')}
              </Button>
            </span>
          ),
        }))}
        empty={
          <p className="py-8 text-center text-slate-500">
            {tx('No qualifications yet. Add one to apply for mainland signatures.')}
          </p>
        }
      />
      <ConfirmDialog
        open={!!confirm}
        title={tx('Delete qualifications?')}
        confirmLabel={tx('Delete')}
        danger
        onConfirm={doDelete}
        onClose={() => setConfirm(null)}
      >
        <p>
          {tx('{n} qualification(s) will be deleted.', { n: confirm?.ids.length ?? 0 })}{' '}
          <strong className="text-red-700">{tx('Deletion cannot be undone.')}</strong>
        </p>
        {confirm && confirm.bound.length > 0 ? (
          <p>
            {tx('These signatures are bound to them and will become unusable:')}{' '}
            <strong>{confirm.bound.join(', ')}</strong>
          </p>
        ) : (
          <p>{tx('No signatures are bound to them.')}</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
