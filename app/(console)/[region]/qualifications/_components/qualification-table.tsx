'use client';
import { useText } from '@/i18n/text';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ContentStatus } from '@/components/content/content-status';
import { Button } from '@/components/ui/button';
import { RowTable } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { formatDateTime } from '@/lib/domain/format';
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
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function askDelete(ids: number[]) {
    setError(null);
    const res = await boundSignaturesAction(ids);
    setConfirm({ ids, bound: res.ok ? res.data.map((s) => `【${s.content}】`) : [] });
  }

  async function doDelete() {
    if (!confirm) return;
    setPending(true);
    const res = await deleteQualificationsAction(confirm.ids);
    setPending(false);
    if (!res.ok) return setError(res.message);
    setConfirm(null);
    setSelected([]);
    router.refresh();
  }

  const toggle = (id: number) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
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
      <RowTable
        head={[
          <input
            key="all"
            type="checkbox"
            aria-label={tx('Select all')}
            checked={rows.length > 0 && selected.length === rows.length}
            onChange={(e) => setSelected(e.target.checked ? rows.map((r) => r.id) : [])}
          />,
          'ID',
          tx('Enterprise name'),
          tx('Purpose'),
          tx('Credit code'),
          tx('Status'),
          tx('Submitted'),
          tx('Operation'),
        ]}
        empty={
          rows.length === 0 ? (
            <p className="py-8 text-center text-slate-500">
              {tx('No qualifications yet. Add one to apply for mainland signatures.')}
            </p>
          ) : null
        }
      >
        {rows.map((q) => (
          <tr key={q.id}>
            <td className="px-3 py-2">
              <input
                type="checkbox"
                aria-label={tx('Select {enterpriseName}', { enterpriseName: q.enterpriseName })}
                checked={selected.includes(q.id)}
                onChange={() => toggle(q.id)}
              />
            </td>
            <td className="px-3 py-2 font-mono text-xs">{q.id}</td>
            <td className="px-3 py-2" translate="no">
              {q.enterpriseName}
            </td>
            <td className="px-3 py-2">
              {q.holder === 'individual'
                ? tx('Self-use (individual)')
                : q.purpose === 'self'
                  ? tx('Self-use')
                  : tx('Third-party use')}
            </td>
            <td className="px-3 py-2 font-mono text-xs">{q.creditCode ?? '—'}</td>
            <td className="px-3 py-2">
              <ContentStatus
                kind="qualification"
                status={q.status}
                reason={q.rejectReason}
                suggestion={q.rejectSuggestion}
                expectedBy={q.expectedBy}
              />
            </td>
            <td className="px-3 py-2 text-xs text-slate-500">{formatDateTime(new Date(q.submittedAt))}</td>
            <td className="px-3 py-2">
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
            </td>
          </tr>
        ))}
      </RowTable>
      <Dialog
        open={!!confirm}
        title={tx('Delete qualifications?')}
        onClose={() => setConfirm(null)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              {tx('Cancel')}
            </Button>
            <Button variant="danger" disabled={pending} onClick={doDelete}>
              {tx('Delete')}
            </Button>
          </>
        }
      >
        <div className="space-y-2 text-sm">
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
          {error ? (
            <p role="alert" className="text-red-600">
              {error}
            </p>
          ) : null}
        </div>
      </Dialog>
    </div>
  );
}
