'use client';
import { useText } from '@/i18n/text';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const tx = useText();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    start(async () => {
      const res = await changePasswordAction({
        currentPassword: String(data.get('currentPassword') ?? ''),
        newPassword: String(data.get('newPassword') ?? ''),
        confirmPassword: String(data.get('confirmPassword') ?? ''),
      });
      if (res.ok) {
        setErrors({});
        setMessage({ ok: true, text: tx('Password changed.') });
        form.reset();
      } else {
        setErrors(res.fieldErrors ?? {});
        setMessage({ ok: false, text: res.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {(
        [
          ['currentPassword', tx('Current password'), 'current-password'],
          ['newPassword', tx('New password'), 'new-password'],
          ['confirmPassword', tx('Confirm new password'), 'new-password'],
        ] as const
      ).map(([name, label, auto]) => (
        <Field
          key={name}
          label={label}
          htmlFor={name}
          error={errors[name]}
          hint={name === 'newPassword' ? tx('8–64 characters with a letter and a digit.') : undefined}
        >
          <Input id={name} name={name} type="password" autoComplete={auto} invalid={!!errors[name]} />
        </Field>
      ))}
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        {tx('Save')}
      </Button>
    </form>
  );
}
