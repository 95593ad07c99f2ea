'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { ConfirmButton } from './confirm-button';

/**
 * "Delete" as a link that asks first (R-UI-5), runs the server action, shows its refusal in the
 * dialog, and refreshes the page when it worked.
 */
export function DeleteButton({
  title,
  body,
  action,
  label,
}: {
  title: string;
  body: ReactNode;
  action: () => Promise<{ ok: true } | { ok: false; message: string }>;
  label?: string;
}) {
  const tx = useText();
  const router = useRouter();
  const shown = label ?? tx('Delete');
  return (
    <ConfirmButton
      label={shown}
      variant="link"
      danger
      title={title}
      body={body}
      confirmLabel={shown}
      onConfirm={async () => {
        const res = await action();
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
