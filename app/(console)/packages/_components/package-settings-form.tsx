'use client';
import { packageSettingsInput } from '@/lib/schemas/money';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { updatePackageSettingsAction } from '../actions';

interface Settings {
  autoRenewEnabled: boolean;
  autoRenewThreshold: number;
  autoRenewCount: number;
  alarmEnabled: boolean;
  alarmThreshold: number;
}

/** R-PKG-7 auto-renewal and R-PKG-8 balance alarm. */
export function PackageSettingsForm({ initial }: { initial: Settings }) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<void>();
  const [renew, setRenew] = useState(initial.autoRenewEnabled);
  const [alarm, setAlarm] = useState(initial.alarmEnabled);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    submit(
      packageSettingsInput,
      {
        autoRenewEnabled: renew,
        autoRenewThreshold: f.get('autoRenewThreshold'),
        autoRenewCount: f.get('autoRenewCount'),
        alarmEnabled: alarm,
        alarmThreshold: f.get('alarmThreshold'),
      },
      updatePackageSettingsAction,
      () => {
        setMessage({ ok: true, text: tx('Settings saved.') });
        router.refresh();
      },
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={renew} onChange={(e) => setRenew(e.target.checked)} /> {tx('Auto-renewal')}
      </label>
      <div className="grid grid-cols-2 gap-3">
        <Field
          label={tx('When the balance falls to (messages)')}
          htmlFor="autoRenewThreshold"
          error={errors.autoRenewThreshold}
        >
          <Input
            id="autoRenewThreshold"
            name="autoRenewThreshold"
            type="number"
            defaultValue={initial.autoRenewThreshold}
          />
        </Field>
        <Field label={tx('Buy (messages, custom price)')} htmlFor="autoRenewCount" error={errors.autoRenewCount}>
          <Input id="autoRenewCount" name="autoRenewCount" type="number" defaultValue={initial.autoRenewCount} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={alarm} onChange={(e) => setAlarm(e.target.checked)} /> {tx('Balance alarm')}
      </label>
      <Field label={tx('Alarm below (messages)')} htmlFor="alarmThreshold" error={errors.alarmThreshold}>
        <Input id="alarmThreshold" name="alarmThreshold" type="number" defaultValue={initial.alarmThreshold} />
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        {tx('Save')}
      </Button>
    </form>
  );
}
