'use client';
import { uiText, useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { routeInput } from '@/lib/schemas/channels';
import { addRouteAction, editRouteAction } from '../actions';

export interface RouteFormValues {
  id?: number;
  region: string | null;
  country: string | null;
  messageType: string | null;
  accountUin: number | null;
  channelIds: number[];
}

const SLOTS = [uiText('Primary'), uiText('Fallback 1'), uiText('Fallback 2'), uiText('Fallback 3')];

/** Add or edit a route: conditions (empty = any) and its channels in order. */
export function RouteForm({
  channels,
  initial,
  onDone,
}: {
  channels: { id: number; name: string }[];
  initial?: RouteFormValues;
  onDone?: () => void;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<unknown>();
  const p = initial?.id ? `r${initial.id}-` : 'new-';
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '');
    const channelIds = SLOTS.map((_, i) => get(`channel${i}`))
      .filter((v) => v !== '')
      .map(Number);
    const input = {
      region: get('region'),
      country: get('country'),
      messageType: get('messageType'),
      accountUin: get('accountUin'),
      channelIds,
    };
    submit(
      routeInput,
      input,
      (checked) => (initial?.id ? editRouteAction(initial.id, checked) : addRouteAction(checked)),
      () => {
        if (!initial) form.reset();
        setMessage({ ok: true, text: initial ? tx('Route saved.') : tx('Route added at the end of the order.') });
        router.refresh();
        onDone?.();
      },
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-4">
        <Field label={tx('Region')} htmlFor={`${p}region`} error={errors.region}>
          <Select id={`${p}region`} name="region" defaultValue={initial?.region ?? ''}>
            <option value="">{tx('Any')}</option>
            <option value="mainland">{tx('Mainland China')}</option>
            <option value="international">{tx('International')}</option>
          </Select>
        </Field>
        <Field
          label={tx('Country or prefix')}
          htmlFor={`${p}country`}
          error={errors.country}
          hint={tx('US, or +1415; empty = any.')}
        >
          <Input id={`${p}country`} name="country" defaultValue={initial?.country ?? ''} invalid={!!errors.country} />
        </Field>
        <Field label={tx('Message type')} htmlFor={`${p}messageType`} error={errors.messageType}>
          <Select id={`${p}messageType`} name="messageType" defaultValue={initial?.messageType ?? ''}>
            <option value="">{tx('Any')}</option>
            <option value="verification">{tx('Verification code')}</option>
            <option value="notification">{tx('Notification')}</option>
            <option value="marketing">{tx('Marketing')}</option>
          </Select>
        </Field>
        <Field
          label={tx('Account ID')}
          htmlFor={`${p}accountUin`}
          error={errors.accountUin}
          hint={tx('Empty = every account.')}
        >
          <Input
            id={`${p}accountUin`}
            name="accountUin"
            inputMode="numeric"
            defaultValue={initial?.accountUin ?? ''}
            invalid={!!errors.accountUin}
          />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{tx('Channels')}</legend>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-4">
          {SLOTS.map((slot, i) => (
            <Field key={slot} label={tx(slot)} htmlFor={`${p}channel${i}`}>
              <Select
                id={`${p}channel${i}`}
                name={`channel${i}`}
                defaultValue={initial?.channelIds[i] ?? ''}
                invalid={i === 0 && !!errors.channelIds}
              >
                <option value="">{i === 0 ? tx('Choose a channel') : tx('None')}</option>
                {channels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
        {errors.channelIds ? (
          <p role="alert" className="text-xs text-red-600">
            {errors.channelIds}
          </p>
        ) : (
          <p className="text-xs text-slate-500">
            {tx('A message goes to the first channel that is up; the others take over in this order.')}
          </p>
        )}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {initial ? tx('Save route') : tx('Add route')}
        </Button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
