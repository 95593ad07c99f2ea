'use client';
import { uiText, useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { addToAllowlistAction, removeFromAllowlistAction, saveAppSettingsAction } from '../../actions';

type Section = 'frequency' | 'thresholds';

const FIELDS: Record<Section, { name: string; label: string; hint?: string }[]> = {
  frequency: [
    { name: 'per30s', label: uiText('Same content to one number, per 30 s') },
    { name: 'perHour', label: uiText('Per number, per hour'), hint: uiText('Empty: no hourly limit.') },
    { name: 'perDay', label: uiText('Per number, per natural day') },
  ],
  thresholds: [
    {
      name: 'mainlandAlarm',
      label: uiText('Mainland daily alarm value'),
      hint: uiText('Alarm contacts are told once a day when it is reached.'),
    },
    {
      name: 'mainlandLimit',
      label: uiText('Mainland daily limit'),
      hint: uiText('Further messages that day fail with 1022.'),
    },
    { name: 'intlAlarm', label: uiText('International daily alarm value') },
    {
      name: 'intlLimit',
      label: uiText('International daily limit'),
      hint: uiText('Not above the account’s daily international quota.'),
    },
  ],
};

/**
 * One section of Basic Configuration: Sending Frequency Limit (R-APP-7) or Send Over-limit
 * Notification (R-APP-4/5); each saves alone with its own permission.
 */
export function SettingsForm({
  sdkAppId,
  section,
  settings,
}: {
  sdkAppId: string;
  section: Section;
  settings: Record<string, number | null>;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, run } = useFormAction<void>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = Object.fromEntries(FIELDS[section].map((x) => [x.name, String(f.get(x.name) ?? '')]));
    run(
      () => saveAppSettingsAction([sdkAppId, section], input),
      () => {
        setMessage({ ok: true, text: tx('Settings saved. They apply to the next messages sent.') });
        router.refresh();
      },
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {FIELDS[section].map((x) => (
          <Field
            key={x.name}
            label={tx(x.label)}
            htmlFor={`cfg-${x.name}`}
            error={errors[x.name]}
            hint={x.hint ? tx(x.hint) : undefined}
          >
            <Input
              id={`cfg-${x.name}`}
              name={x.name}
              inputMode="numeric"
              defaultValue={settings[x.name] ?? ''}
              invalid={!!errors[x.name]}
            />
          </Field>
        ))}
      </div>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        {section === 'frequency' ? tx('Save frequency limits') : tx('Save thresholds')}
      </Button>
    </form>
  );
}

/** Frequency allowlist (R-APP-8): numbers that skip the application's limits (not the carrier rule). */
export function AllowlistForm({
  sdkAppId,
  entries,
}: {
  sdkAppId: string;
  entries: { phone: string; masked: string }[];
}) {
  const tx = useText();
  const router = useRouter();
  const [rejected, setRejected] = useState<{ line: number; reason: string }[]>([]);
  const { pending, errors, message, setMessage, run } = useFormAction<{
    added: number;
    rejected: { line: number; reason: string }[];
  }>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const numbers = String(new FormData(form).get('numbers') ?? '');
    run(
      () => addToAllowlistAction(sdkAppId, { numbers }),
      (r) => {
        setRejected(r.rejected);
        setMessage({ ok: true, text: tx('{n} added.', { n: r.added }) });
        form.reset();
        router.refresh();
      },
    );
  }
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="space-y-2" noValidate>
        <Field
          label={tx('Allowlist numbers, one per line (+CC… outside mainland China; at most 100 per add, 300 in all)')}
          htmlFor="allow-numbers"
          error={errors.numbers}
        >
          <TextArea id="allow-numbers" name="numbers" rows={3} invalid={!!errors.numbers} />
        </Field>
        {rejected.length ? (
          <ul className="text-xs text-red-700">
            {rejected.map((r) => (
              <li key={r.line}>
                {tx('Line')} {r.line}: {r.reason}
              </li>
            ))}
          </ul>
        ) : null}
        <FormMessage message={message} />
        <Button type="submit" variant="secondary" disabled={pending}>
          {tx('Add to allowlist')}
        </Button>
      </form>
      <ul aria-label={tx('Allowlist')} className="divide-y divide-slate-100 text-sm">
        {entries.map((e) => (
          <li key={e.phone} className="flex items-center justify-between py-1">
            <span className="font-mono">{e.masked}</span>
            <Button
              variant="link"
              onClick={async () => (await removeFromAllowlistAction(sdkAppId, { phone: e.phone }), router.refresh())}
            >
              {tx('Remove')}
            </Button>
          </li>
        ))}
        {entries.length === 0 ? <li className="py-2 text-slate-500">{tx('No allowlisted numbers.')}</li> : null}
      </ul>
    </div>
  );
}
