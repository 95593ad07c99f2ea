'use client';
import { useText } from '@/i18n/text';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import type { Tone } from '@/components/ui/status-badge';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatCount, formatYuan } from '@/lib/domain/format';
import { deletePackageAction, previewRefundAction, requestRefundAction } from '../actions';

interface Row {
  id: number;
  name: string;
  kind: 'gift' | 'purchased';
  total: number;
  remaining: number;
  expiresAt: string;
  status: string;
  refundable: boolean;
  deletable: boolean;
}

const TONES: Record<string, Tone> = {
  effective: 'green',
  'pending effect': 'blue',
  expired: 'grey',
  'used up': 'grey',
  refunded: 'grey',
  'refund pending': 'amber',
  voided: 'red',
};

type Preview = {
  lines: { id: string; name: string; paidLi: number; usedAfterRecharge: number; refundLi: number }[];
  totalLi: number;
  giftUsed: number;
};

/** R-PKG-6 list with consumption trend, refund (with the planRefund preview) and delete. */
export function PackageTable({ rows }: { rows: Row[] }) {
  const tx = useText();
  const router = useRouter();
  const [preview, setPreview] = useState<{ ids: number[]; data: Preview } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function askRefund(ids: number[]) {
    setError(null);
    const res = await previewRefundAction(ids);
    if (!res.ok) return setError(res.message);
    setPreview({ ids, data: res.data });
  }
  async function confirmRefund() {
    if (!preview) return null;
    const res = await requestRefundAction(preview.ids);
    if (!res.ok) return res.message;
    router.refresh();
    return null;
  }

  return (
    <>
      {error ? (
        <p role="alert" className="mb-2 rounded-sm bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <DataTable
        label={tx('Packages')}
        columns={[
          { key: 'id', header: tx('Package ID'), kind: 'code', sortable: true },
          { key: 'name', header: tx('Package name') },
          { key: 'total', header: tx('Total'), kind: 'count', sortable: true },
          { key: 'remaining', header: tx('Remaining'), kind: 'count', sortable: true },
          { key: 'expiresAt', header: tx('Valid until'), sortable: true },
          { key: 'status', header: tx('Status'), kind: 'status' },
          { key: 'operation', header: tx('Operation'), kind: 'node' },
        ]}
        rows={rows.map((p) => ({
          id: p.id,
          name: tx.message(p.name),
          total: p.total,
          remaining: p.remaining,
          expiresAt: p.expiresAt,
          status: { label: tx(p.status[0].toUpperCase() + p.status.slice(1)), tone: TONES[p.status] ?? 'grey' },
          operation: (
            <span className="flex gap-3">
              <Link className="text-brand-500 hover:underline" href={`/packages/${p.id}`}>
                {tx('Consumption Trend')}
              </Link>
              {p.refundable ? (
                <Button variant="link" onClick={() => askRefund([p.id])}>
                  {tx('Refund')}
                </Button>
              ) : null}
              {p.deletable ? (
                <ConfirmButton
                  label={tx('Delete')}
                  variant="link"
                  danger
                  confirmLabel={tx('Delete')}
                  title={tx('Delete package #{id}?', { id: p.id })}
                  body={
                    <p>
                      {tx(
                        'The package disappears from the list. It has no usable messages left. This cannot be undone.',
                      )}
                    </p>
                  }
                  onConfirm={async () => {
                    const res = await deletePackageAction(p.id);
                    if (!res.ok) return res.message;
                    router.refresh();
                    return null;
                  }}
                />
              ) : null}
            </span>
          ),
        }))}
        empty={<p className="py-8 text-center text-slate-500">{tx('No packages yet.')}</p>}
      />
      <ConfirmDialog
        open={!!preview}
        title={tx('Request a refund')}
        confirmLabel={tx('Request refund')}
        danger
        onConfirm={confirmRefund}
        onClose={() => setPreview(null)}
      >
        {preview ? (
          <div className="space-y-3 text-sm">
            <DataTable
              label={tx('Refund preview')}
              columns={[
                { key: 'name', header: tx('Package') },
                { key: 'paidLi', header: tx('Paid (¥)'), kind: 'money' },
                { key: 'used', header: tx('Used'), kind: 'count' },
                { key: 'refundLi', header: tx('Refund (¥)'), kind: 'money' },
              ]}
              rows={preview.data.lines.map((l) => ({
                id: l.id,
                name: `#${l.id} ${tx.message(l.name)}`,
                paidLi: l.paidLi,
                used: l.usedAfterRecharge,
                refundLi: l.refundLi,
              }))}
            />
            <p className="font-semibold" data-testid="refund-total">
              {tx('Refund: ¥')}
              {formatYuan(preview.data.totalLi)}
            </p>
            <p className="text-xs text-slate-600">
              {tx('Refund = amount paid − messages used × unit price by the used count.')}{' '}
              {preview.data.giftUsed > 0
                ? tx('{n} gift messages already used are charged to your packages and the gifts are voided.', {
                    n: formatCount(preview.data.giftUsed),
                  }) + ' '
                : ''}
              {tx(
                'Finance reviews the request; the packages cannot be used meanwhile, and once refunded they are cleared. This cannot be undone.',
              )}
            </p>
          </div>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
