'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteSignatureAction } from '../signatures/actions';
import { deleteTemplateAction } from '../templates/actions';

/** Delete a signature or template after confirmation (R-SIG-4, R-TPL-5). */
export function DeleteContentButton({
  kind,
  id,
  label,
  after,
}: {
  kind: 'signature' | 'template';
  id: number;
  label: string;
  after?: string;
}) {
  const tx = useText();
  const router = useRouter();
  const noun = kind === 'signature' ? tx('signature') : tx('body template');
  return (
    <ConfirmButton
      label={tx('Delete')}
      variant="link"
      danger
      confirmLabel={tx('Delete')}
      title={tx('Delete {noun} {label}?', { noun, label })}
      body={
        <p>
          {tx('Once deleted it cannot be restored; using it again needs a new submission and review.')}{' '}
          <strong className="text-red-700">{tx('This cannot be undone.')}</strong>
        </p>
      }
      onConfirm={async () => {
        const res = kind === 'signature' ? await deleteSignatureAction(id) : await deleteTemplateAction(id);
        if (!res.ok) return res.message;
        if (after) router.push(after);
        router.refresh();
        return null;
      }}
    />
  );
}
