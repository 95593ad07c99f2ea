'use client';
import { reviewDecisionInput } from '@/lib/schemas/review';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { decideReviewAction } from '../../actions';

/** Approve, or reject with a reason and a suggestion (R-REV-2). */
export function DecisionForm({ kind, id, revision }: { kind: string; id: number; revision: number }) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, submit } = useFormAction<{ status: string }>();
  const [reason, setReason] = useState('');
  const [suggestion, setSuggestion] = useState('');
  const decide = (decision: 'approve' | 'reject') =>
    submit(
      reviewDecisionInput,
      {
        kind,
        id,
        revision,
        decision,
        reason: reason || undefined,
        suggestion: suggestion || undefined,
      },
      decideReviewAction,
      () => {
        // The queue says what was recorded (reviewers see a confirmation).
        router.push(
          `/review?decided=${decision === 'approve' ? 'approved' : 'rejected'}&item=${encodeURIComponent(`${kind} ${id}`)}`,
        );
        router.refresh();
      },
    );
  return (
    <div className="space-y-4">
      <Button className="w-full" disabled={pending} onClick={() => decide('approve')}>
        {tx('Approve')}
      </Button>
      <div className="space-y-3 border-t border-slate-100 pt-4">
        <Field label={tx('Rejection reason')} htmlFor="reason" error={errors.reason}>
          <TextArea
            id="reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            invalid={!!errors.reason}
          />
        </Field>
        <Field label={tx('Suggestion')} htmlFor="suggestion" error={errors.suggestion}>
          <TextArea id="suggestion" rows={2} value={suggestion} onChange={(e) => setSuggestion(e.target.value)} />
        </Field>
        <Button variant="danger" className="w-full" disabled={pending} onClick={() => decide('reject')}>
          {tx('Reject')}
        </Button>
      </div>
      <FormMessage message={message} />
    </div>
  );
}
