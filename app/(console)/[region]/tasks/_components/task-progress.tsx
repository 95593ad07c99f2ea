'use client';
import { useText } from '@/i18n/text';
import { DataTable } from '@/components/ui/data-table';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { TaskStatus } from '@/components/content/task-status';
import { fetchJson, queryKeys } from '@/lib/client/query-keys';
import { formatCount, formatYuan } from '@/lib/domain/format';

export interface ProgressData {
  task: {
    id: number;
    status: string;
    total: number;
    submitted: number;
    failed: number;
    billed: number;
    costLi: number;
    region: string;
    finishedAt: string | null;
  };
  progress: { pending: number; sent: number; failed: number; other: number; waiting: number };
  receipts: {
    withReceipt: number;
    withoutReceipt: number;
    delivered: number;
    undelivered: number;
    receiptRate: number;
    successRate: number;
  };
  failures: { code: string; reason: string; count: number }[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Counts that move while the task sends, polled without reload (R-SND-6). */
export function TaskProgress({ taskId, initial }: { taskId: number; initial: ProgressData }) {
  const tx = useText();
  const router = useRouter();
  const { data } = useQuery({
    queryKey: queryKeys.taskProgress(taskId),
    queryFn: () => fetchJson<ProgressData>(`/api/tasks/${taskId}/progress`),
    initialData: initial,
    refetchInterval: (q) => {
      const d = q.state.data;
      if (!d) return 1500;
      const active = d.task.status === 'sending' || d.task.status === 'scheduled';
      const recent = d.task.finishedAt && Date.now() - new Date(d.task.finishedAt).getTime() < 120_000;
      return active || d.progress.waiting > 0 || (recent && d.receipts.withoutReceipt > 0) ? 1500 : false;
    },
  });
  const last = useRef(
    `${initial.task.status}|${initial.task.submitted}|${initial.receipts.withReceipt}|${initial.progress.waiting}`,
  );
  useEffect(() => {
    const key = `${data.task.status}|${data.task.submitted}|${data.receipts.withReceipt}|${data.progress.waiting}`;
    if (key !== last.current) {
      last.current = key;
      router.refresh(); // the recipient list below follows
    }
  }, [data, router]);
  const done = data.task.total > 0 ? (data.task.submitted + data.task.failed) / data.task.total : 0;
  const stats: [string, string, string][] = [
    [tx('Recipients'), formatCount(data.task.total), 'total'],
    [tx('Sent'), formatCount(data.progress.sent), 'sent'],
    [tx('Failed'), formatCount(data.progress.failed), 'failed'],
    [tx('Pending'), formatCount(data.progress.pending), 'pending'],
    [tx('Waiting for a carrier'), formatCount(data.progress.waiting), 'waiting'],
    [tx('Billed'), formatCount(data.task.billed), 'billed'],
    [tx('Delivered'), formatCount(data.receipts.delivered), 'delivered'],
    [tx('Undelivered'), formatCount(data.receipts.undelivered), 'undelivered'],
    [tx('No receipt yet'), formatCount(data.receipts.withoutReceipt), 'no-receipt'],
    [tx('Receipt rate'), pct(data.receipts.receiptRate), 'receipt-rate'],
    [tx('Receipt success rate'), pct(data.receipts.successRate), 'success-rate'],
  ];
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <TaskStatus status={data.task.status} />
        <div
          className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
          role="progressbar"
          aria-label={tx('Progress')}
          aria-valuenow={Math.round(done * 100)}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div className="h-full bg-brand-500 transition-all" style={{ width: `${done * 100}%` }} />
        </div>
        <span className="text-sm tabular-nums">{pct(done)}</span>
      </div>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
        {stats.map(([k, v, id]) => (
          <div key={k}>
            <dt className="text-xs text-slate-500">{k}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={`stat-${id}`}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      {data.task.region === 'international' ? (
        <p className="text-sm">
          {tx('Cost so far: ¥')}
          {formatYuan(data.task.costLi)}
        </p>
      ) : null}
      <div>
        <h3 className="mb-1 text-sm font-semibold">{tx('Failure reasons')}</h3>
        {data.failures.length === 0 ? (
          <p className="text-sm text-slate-500">{tx('No failures.')}</p>
        ) : (
          <DataTable
            label={tx('Failure reasons')}
            columns={[
              { key: 'code', header: tx('Code'), kind: 'code' },
              { key: 'reason', header: tx('Reason') },
              { key: 'count', header: tx('Count'), kind: 'count', sortable: true },
            ]}
            rows={data.failures.map((f) => ({
              id: f.code,
              code: f.code,
              reason: tx.message(f.reason),
              count: f.count,
            }))}
          />
        )}
      </div>
    </div>
  );
}
