'use client';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { ConfirmButton } from './confirm-button';

/**
 * "Delete" as a link that asks first (R-UI-5), runs the server action, shows its refusal in the
 * dialog, and refreshes the page when it worked.
 */
export function DeleteButton({ title, body, action, label = 'Delete' }: { title: string; body: ReactNode; action: () => Promise<{ ok: true } | { ok: false; message: string }>; label?: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label={label}
      variant="link"
      danger
      title={title}
      body={body}
      confirmLabel={label}
      onConfirm={async () => {
        const res = await action();
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
