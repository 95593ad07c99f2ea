'use client';
import { useState, type ReactNode } from 'react';
import { useText } from '@/i18n/text';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';

/**
 * A button that asks before a destructive step and says what cannot be undone (R-UI-5).
 * `onConfirm` returns an error message to show in the dialog, or null on success.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
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
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel ?? tx('OK')}
        danger={danger}
        onConfirm={onConfirm}
        onClose={() => setOpen(false)}
      >
        {body}
      </ConfirmDialog>
    </>
  );
}
