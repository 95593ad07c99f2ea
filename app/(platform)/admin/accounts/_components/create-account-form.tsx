'use client';
import { formValues, useFormAction } from '@/components/ui/use-form-action';
import { createAccountInput } from '@/lib/schemas/accounts';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { createAccountAction } from '../actions';

export function CreateAccountForm() {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<{ uin: number }>();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    submit(createAccountInput, formValues(form), createAccountAction, (data) => {
      setMessage({ ok: true, text: tx('Account {uin} created.', { uin: data.uin }) });
      form.reset();
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-4 md:grid-cols-2" noValidate>
      <Field label={tx('Real-name (company or person)')} htmlFor="realName" error={errors.realName}>
        <Input id="realName" name="realName" invalid={!!errors.realName} />
      </Field>
      <Field label={tx('Identity type')} htmlFor="identity" error={errors.identity}>
        <Select id="identity" name="identity" defaultValue="enterprise">
          <option value="enterprise">{tx('Enterprise')}</option>
          <option value="individual">{tx('Individual')}</option>
        </Select>
      </Field>
      <Field label={tx('Owner name')} htmlFor="ownerName" error={errors.ownerName}>
        <Input id="ownerName" name="ownerName" invalid={!!errors.ownerName} />
      </Field>
      <Field label={tx('Owner email')} htmlFor="ownerEmail" error={errors.ownerEmail}>
        <Input id="ownerEmail" name="ownerEmail" type="email" invalid={!!errors.ownerEmail} />
      </Field>
      <Field
        label={tx('Owner initial password')}
        htmlFor="ownerPassword"
        error={errors.ownerPassword}
        hint={tx('8–64 characters with a letter and a digit.')}
      >
        <Input
          id="ownerPassword"
          name="ownerPassword"
          type="password"
          autoComplete="new-password"
          invalid={!!errors.ownerPassword}
        />
      </Field>
      <div className="flex items-end gap-3 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {tx('Create account')}
        </Button>
        <div className="flex-1">
          <FormMessage message={message} />
        </div>
      </div>
    </form>
  );
}
