'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { decideRefundAction } from '../actions';

/** Approve (pays into the cash balance, clears the packages) or refuse with a reason. */
export function RefundDecision({ refundId }: { refundId: number }) {
  const tx = useText();
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <ConfirmButton
        label={tx('Approve')}
        variant="primary"
        title={tx('Approve refund #{refundId}?', { refundId })}
        body={
          <p>
            {tx(
              "The refund is paid into the customer's cash balance and the packages are cleared. This cannot be undone.",
            )}
          </p>
        }
        onConfirm={async () => {
          const res = await decideRefundAction({ refundId, approve: true });
          if (!res.ok) return res.message;
          router.refresh();
          return null;
        }}
      />
      <input
        aria-label={tx('Refusal reason for #{refundId}', { refundId })}
        placeholder={tx('Reason to refuse')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        className="rounded-sm border border-slate-300 px-2 py-1 text-xs"
      />
      <Button
        variant="secondary"
        onClick={async () => {
          const res = await decideRefundAction({ refundId, approve: false, reason });
          if (!res.ok) setError(res.fieldErrors?.reason ?? res.message);
          else router.refresh();
        }}
      >
        {tx('Refuse')}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </div>
  );
}
