'use client';
import { countryPriceInput } from '@/lib/schemas/money';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { setCountryPriceAction } from './actions';

export function PriceForm() {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<void>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? '');
    submit(
      countryPriceInput,
      {
        isoCountry: get('isoCountry'),
        name: get('name'),
        dialCode: get('dialCode'),
        priceYuan: get('priceYuan'),
      },
      setCountryPriceAction,
      () => {
        setMessage({ ok: true, text: tx('Price saved.') });
        router.refresh();
      },
    );
  }
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 items-end gap-3 md:grid-cols-5" noValidate>
      <Field label={tx('Country code (ISO)')} htmlFor="isoCountry" error={errors.isoCountry}>
        <Input id="isoCountry" name="isoCountry" maxLength={2} />
      </Field>
      <Field label={tx('Name')} htmlFor="name" error={errors.name}>
        <Input id="name" name="name" />
      </Field>
      <Field label={tx('Dial code')} htmlFor="dialCode" error={errors.dialCode}>
        <Input id="dialCode" name="dialCode" />
      </Field>
      <Field label={tx('Price (yuan)')} htmlFor="priceYuan" error={errors.priceYuan}>
        <Input id="priceYuan" name="priceYuan" inputMode="decimal" />
      </Field>
      <Button type="submit" disabled={pending}>
        {tx('Save price')}
      </Button>
      <div className="md:col-span-5">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
