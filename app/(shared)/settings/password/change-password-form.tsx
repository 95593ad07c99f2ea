'use client';
import { useText } from '@/i18n/text';
import { type FormEvent } from 'react';
import { formValues, useFormAction } from '@/components/ui/use-form-action';
import { changePasswordInput } from '@/lib/schemas/users';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const tx = useText();
  const { pending, errors, message, setMessage, submit } = useFormAction<void>();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    submit(changePasswordInput, formValues(form), changePasswordAction, () => {
      setMessage({ ok: true, text: tx('Password changed.') });
      form.reset();
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
