'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { passwordInput, twoFactorCodeInput } from '@/lib/schemas/users';
import { beginTwoFactorAction, confirmTwoFactorAction, disableTwoFactorAction } from './actions';

/** Enrol (QR code → confirmation code → recovery codes shown once) or turn two-factor sign-in off. */
export function TwoFactorPanel({ enabled, recoveryCodesLeft }: { enabled: boolean; recoveryCodesLeft: number }) {
  const tx = useText();
  const router = useRouter();
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const begin = useFormAction<{ secret: string; uri: string; qrSvg: string }>();
  const confirm = useFormAction<{ recoveryCodes: string[] }>();
  const disable = useFormAction<void>();

  if (codes) {
    return (
      <div className="space-y-3" role="status">
        <p className="text-sm font-medium text-emerald-700">{tx('Two-factor sign-in is on.')}</p>
        <p className="text-sm">
          {tx(
            'Keep these recovery codes somewhere safe. Each works once, instead of a code, if you lose your phone. They are not shown again.',
          )}
        </p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Button onClick={() => (setCodes(null), router.refresh())}>{tx('I have saved them')}</Button>
      </div>
    );
  }
  if (enabled) {
    const onDisable = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const password = String(new FormData(e.currentTarget).get('password') ?? '');
      disable.submit(passwordInput, { password }, disableTwoFactorAction, () => router.refresh());
    };
    return (
      <div className="space-y-3">
        <p className="text-sm">
          <span className="font-medium text-emerald-700">{tx('On.')}</span>{' '}
          {tx('Sign-in asks for a code from your authenticator app. Recovery codes left: {n}.', {
            n: recoveryCodesLeft,
          })}
        </p>
        <form method="post" onSubmit={onDisable} className="flex items-end gap-3" noValidate>
          <Field label={tx('Password')} htmlFor="disable-password" error={disable.errors.password}>
            <Input
              id="disable-password"
              name="password"
              type="password"
              autoComplete="current-password"
              invalid={!!disable.errors.password}
            />
          </Field>
          <div className="pb-0.5">
            <Button type="submit" variant="secondary" disabled={disable.pending}>
              {tx('Turn off two-factor sign-in')}
            </Button>
          </div>
        </form>
        <FormMessage message={disable.message} />
      </div>
    );
  }
  if (!setup) {
    return (
      <div className="space-y-3">
        <p className="text-sm">
          <span className="font-medium">{tx('Off.')}</span>{' '}
          {tx(
            'Add a second step to sign-in: a 6-digit code from an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …).',
          )}
        </p>
        <Button
          disabled={begin.pending}
          onClick={() =>
            begin.run(
              () => beginTwoFactorAction(),
              (d) => setSetup(d),
            )
          }
        >
          {tx('Set up two-factor sign-in')}
        </Button>
        <FormMessage message={begin.message} />
      </div>
    );
  }
  const onConfirm = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '');
    confirm.submit(twoFactorCodeInput, { code }, confirmTwoFactorAction, (d) => setCodes(d.recoveryCodes));
  };
  return (
    <div className="space-y-3">
      <p className="text-sm">{tx('1. Scan this code with your authenticator app (or type the key below).')}</p>
      <div className="flex flex-wrap items-center gap-4">
        <div
          className="h-48 w-48 bg-white"
          role="img"
          aria-label={tx('QR code for your authenticator app')}
          dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
        />
        <div className="text-sm">
          <p className="text-slate-500">{tx('Key')}</p>
          <code className="font-mono break-all" data-testid="totp-secret">
            {setup.secret}
          </code>
        </div>
      </div>
      <form method="post" onSubmit={onConfirm} className="flex items-end gap-3" noValidate>
        <Field label={tx('2. Enter the 6-digit code it shows')} htmlFor="totp-code" error={confirm.errors.code}>
          <Input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            invalid={!!confirm.errors.code}
          />
        </Field>
        <div className="pb-0.5">
          <Button type="submit" disabled={confirm.pending}>
            {tx('Turn on')}
          </Button>
        </div>
      </form>
      <FormMessage message={confirm.message} />
    </div>
  );
}
