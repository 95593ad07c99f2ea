'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { signInAction, type SignInState } from './actions';

/**
 * The sign-in form posts to a server action: before hydration the browser submits it as a
 * POST, never as a GET with the password in the URL.
 */
export function LoginForm() {
  const t = useTranslations('login');
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { step: 'password' });
  const error = state.error ? (
    <p role="alert" className="rounded-sm bg-red-50 px-3 py-2 text-sm text-red-700">
      {state.error}
    </p>
  ) : null;
  if (state.step === 'code') {
    return (
      <form action={formAction} method="post" className="space-y-4" noValidate>
        <input type="hidden" name="challenge" value={state.challenge} />
        <Field label={t('code')} htmlFor="code" hint={t('codeHint')}>
          <Input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" autoFocus required />
        </Field>
        {error}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t('checking') : t('verify')}
        </Button>
      </form>
    );
  }
  return (
    <form action={formAction} method="post" className="space-y-4" noValidate>
      <Field label={t('email')} htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="username" defaultValue={state.email} required />
      </Field>
      <Field label={t('password')} htmlFor="password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('signingIn') : t('signIn')}
      </Button>
    </form>
  );
}
