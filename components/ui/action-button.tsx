'use client';
// A one-click server action (mark read, move a route, toggle a flag): the button waits while the
// action runs, the page refreshes when it worked, and a refusal shows next to the button in
// words — never silently dropped. Steps that cannot be undone use ConfirmButton instead.
import { useRouter } from 'next/navigation';
import type { ButtonHTMLAttributes } from 'react';
import { Button } from './button';
import { useFormAction } from './use-form-action';

type Result = { ok: true; data: unknown } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export function ActionButton({
  action,
  variant = 'link',
  children,
  disabled,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> & {
  action: () => Promise<Result>;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
}) {
  const router = useRouter();
  const { pending, message, run } = useFormAction<unknown>();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant={variant}
        disabled={disabled || pending}
        onClick={() => run(action, () => router.refresh())}
        {...rest}
      >
        {children}
      </Button>
      {message && !message.ok ? (
        <span role="alert" className="text-xs text-red-600">
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
