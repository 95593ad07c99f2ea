'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { saveAntiAbuseRuleAction } from '../../actions';

/** The captcha anti-abuse rule of one application (R-APP-11): X requests, Y % success, Z % growth. */
export function AntiAbuseForm({
  sdkAppId,
  rule,
  canEdit,
}: {
  sdkAppId: string;
  rule: { enabled: boolean; minRequests: number; minSuccessPct: number; maxGrowthPct: number };
  canEdit: boolean;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, run } = useFormAction<void>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () =>
        saveAntiAbuseRuleAction(sdkAppId, {
          enabled: f.get('enabled') === 'on',
          minRequests: String(f.get('minRequests') ?? ''),
          minSuccessPct: String(f.get('minSuccessPct') ?? ''),
          maxGrowthPct: String(f.get('maxGrowthPct') ?? ''),
        }),
      () => (
        setMessage({ ok: true, text: tx('Rule saved. It applies from the next hourly check.') }),
        router.refresh()
      ),
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={tx('Captcha anti-abuse rule')}>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={rule.enabled} disabled={!canEdit} />{' '}
        {tx('Raise anti-abuse alarms for this application')}
      </label>
      <p className="text-sm text-slate-600">
        {tx('Alarm when, in one hour, the verification-code requests exceed')} <strong>X</strong>
        {tx(', their success rate is below')} <strong>Y %</strong> {tx('and they grew by more than')}{' '}
        <strong>Z %</strong> {tx('over the same hour the day before.')}
      </p>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field label={tx('X: requests per hour above')} htmlFor="minRequests" error={errors.minRequests}>
          <Input
            id="minRequests"
            name="minRequests"
            inputMode="numeric"
            defaultValue={rule.minRequests}
            disabled={!canEdit}
            invalid={!!errors.minRequests}
          />
        </Field>
        <Field label={tx('Y: success rate below (%)')} htmlFor="minSuccessPct" error={errors.minSuccessPct}>
          <Input
            id="minSuccessPct"
            name="minSuccessPct"
            inputMode="numeric"
            defaultValue={rule.minSuccessPct}
            disabled={!canEdit}
            invalid={!!errors.minSuccessPct}
          />
        </Field>
        <Field label={tx('Z: growth above (%)')} htmlFor="maxGrowthPct" error={errors.maxGrowthPct}>
          <Input
            id="maxGrowthPct"
            name="maxGrowthPct"
            inputMode="numeric"
            defaultValue={rule.maxGrowthPct}
            disabled={!canEdit}
            invalid={!!errors.maxGrowthPct}
          />
        </Field>
      </div>
      <FormMessage message={message} />
      {canEdit ? (
        <Button type="submit" disabled={pending}>
          {tx('Save rule')}
        </Button>
      ) : null}
    </form>
  );
}
