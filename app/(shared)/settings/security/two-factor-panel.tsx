'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { beginTwoFactorAction, confirmTwoFactorAction, disableTwoFactorAction } from './actions';

/** Enrol (QR code → confirmation code → recovery codes shown once) or turn two-factor sign-in off. */
export function TwoFactorPanel({ enabled, recoveryCodesLeft }: { enabled: boolean; recoveryCodesLeft: number }) {
  const router = useRouter();
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const begin = useFormAction<{ secret: string; uri: string; qrSvg: string }>();
  const confirm = useFormAction<{ recoveryCodes: string[] }>();
  const disable = useFormAction<void>();

  if (codes) {
    return (
      <div className="space-y-3" role="status">
        <p className="text-sm font-medium text-emerald-700">Two-factor sign-in is on.</p>
        <p className="text-sm">Keep these recovery codes somewhere safe. Each works once, instead of a code, if you lose your phone. They are not shown again.</p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Button onClick={() => (setCodes(null), router.refresh())}>I have saved them</Button>
      </div>
    );
  }
  if (enabled) {
    const onDisable = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const password = String(new FormData(e.currentTarget).get('password') ?? '');
      disable.run(() => disableTwoFactorAction(password), () => router.refresh());
    };
    return (
      <div className="space-y-3">
        <p className="text-sm">
          <span className="font-medium text-emerald-700">On.</span> Sign-in asks for a code from your authenticator app. Recovery codes left: {recoveryCodesLeft}.
        </p>
        <form method="post" onSubmit={onDisable} className="flex items-end gap-3" noValidate>
          <Field label="Password" htmlFor="disable-password" error={disable.errors.password}>
            <Input id="disable-password" name="password" type="password" autoComplete="current-password" invalid={!!disable.errors.password} />
          </Field>
          <div className="pb-0.5">
            <Button type="submit" variant="secondary" disabled={disable.pending}>
              Turn off two-factor sign-in
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
          <span className="font-medium">Off.</span> Add a second step to sign-in: a 6-digit code from an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …).
        </p>
        <Button disabled={begin.pending} onClick={() => begin.run(() => beginTwoFactorAction(), (d) => setSetup(d))}>
          Set up two-factor sign-in
        </Button>
        <FormMessage message={begin.message} />
      </div>
    );
  }
  const onConfirm = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '');
    confirm.run(() => confirmTwoFactorAction(code), (d) => setCodes(d.recoveryCodes));
  };
  return (
    <div className="space-y-3">
      <p className="text-sm">1. Scan this code with your authenticator app (or type the key below).</p>
      <div className="flex flex-wrap items-center gap-4">
        <div className="h-48 w-48 bg-white" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
        <div className="text-sm">
          <p className="text-slate-500">Key</p>
          <code className="font-mono break-all" data-testid="totp-secret">
            {setup.secret}
          </code>
        </div>
      </div>
      <form method="post" onSubmit={onConfirm} className="flex items-end gap-3" noValidate>
        <Field label="2. Enter the 6-digit code it shows" htmlFor="totp-code" error={confirm.errors.code}>
          <Input id="totp-code" name="code" inputMode="numeric" autoComplete="one-time-code" invalid={!!confirm.errors.code} />
        </Field>
        <div className="pb-0.5">
          <Button type="submit" disabled={confirm.pending}>
            Turn on
          </Button>
        </div>
      </form>
      <FormMessage message={confirm.message} />
    </div>
  );
}
