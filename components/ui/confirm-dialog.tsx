'use client';
// The question before a step that cannot be undone (R-UI-5), as a dialog the caller opens — after
// fetching what to show, e.g. a refund's amounts or the signatures a deletion unbinds.
// `onConfirm` returns an error to show in the dialog, or null to close it.
import { useState, useTransition, type ReactNode } from 'react';
import { useText } from '@/i18n/text';
import { Button } from './button';
import { Dialog } from './dialog';

export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  /** What happens, and what cannot be undone. */
  children: ReactNode;
}) {
  const tx = useText();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const close = () => (setError(null), onClose());
  return (
    <Dialog
      open={open}
      title={title}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {tx('Cancel')}
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            disabled={pending}
            onClick={() =>
              start(async () => {
                const problem = await onConfirm();
                if (problem) setError(problem);
                else close();
              })
            }
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="space-y-2 text-sm text-slate-700">{children}</div>
      {error ? (
        <p role="alert" className="mt-3 rounded-sm bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
