'use client';
import { useText } from '@/i18n/text';
import { useState, useTransition, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

/**
 * A button that asks before a destructive step and says what cannot be undone (R-UI-5).
 * `onConfirm` returns an error message to show in the dialog, or null on success.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel = 'OK',
  variant = 'secondary',
  danger = false,
  disabled,
  onConfirm,
}: {
  label: string;
  title: string;
  body: ReactNode;
  confirmLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  danger?: boolean;
  disabled?: boolean;
  onConfirm: () => Promise<string | null>;
}) {
  const tx = useText();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => (setError(null), setOpen(true))}>
        {label}
      </Button>
      <Dialog
        open={open}
        title={title}
        onClose={() => setOpen(false)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tx('Cancel')}
            </Button>
            <Button
              variant={danger ? 'danger' : 'primary'}
              disabled={pending}
              onClick={() =>
                start(async () => {
                  const problem = await onConfirm();
                  if (problem) setError(problem);
                  else setOpen(false);
                })
              }
            >
              {confirmLabel}
            </Button>
          </>
        }
      >
        <div className="space-y-2 text-sm text-slate-700">{body}</div>
        {error ? (
          <p role="alert" className="mt-3 rounded-sm bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </Dialog>
    </>
  );
}
