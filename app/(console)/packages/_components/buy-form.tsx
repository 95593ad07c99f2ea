'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { FIXED_PACKAGES, quotePackage } from '@/lib/domain/billing/packages';
import { formatCount, formatYuan } from '@/lib/domain/format';
import { buyPackageInput } from '@/lib/schemas/money';
import { buyPackageAction } from '../actions';

/** Fixed (5 sizes × quantity) or custom (≥ 1,000) with the live price from quotePackage (R-PKG-1/2). */
export function BuyForm({ balanceLi }: { balanceLi: number }) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, submit } = useFormAction<{ orderId: number; priceLi: number }>();
  const [kind, setKind] = useState<'fixed' | 'custom'>('fixed');
  const [fixedCount, setFixedCount] = useState<number>(FIXED_PACKAGES[0].count);
  const [quantity, setQuantity] = useState('1');
  const [customCount, setCustomCount] = useState('1000');
  const [agreed, setAgreed] = useState(false);
  const count = kind === 'fixed' ? fixedCount : Number(customCount);
  const quote = quotePackage({ kind, count, quantity: kind === 'fixed' ? Number(quantity) : 1 });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    submit(buyPackageInput, { kind, count, quantity: kind === 'fixed' ? quantity : 1, agreed }, buyPackageAction, () =>
      router.push('/packages'),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <fieldset className="flex gap-6 text-sm">
        <legend className="mb-2 text-sm font-medium">{tx('Package type')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" checked={kind === 'fixed'} onChange={() => setKind('fixed')} />{' '}
          {tx('Fixed package')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" checked={kind === 'custom'} onChange={() => setKind('custom')} />{' '}
          {tx('Custom package')}
        </label>
      </fieldset>
      {kind === 'fixed' ? (
        <>
          <fieldset>
            <legend className="mb-2 text-sm font-medium">{tx('Size')}</legend>
            <div className="grid grid-cols-2 gap-2 md:grid-cols-5">
              {FIXED_PACKAGES.map((p) => (
                <label
                  key={p.count}
                  className={`cursor-pointer rounded-sm border px-3 py-2 text-center text-sm ${fixedCount === p.count ? 'border-brand-500 bg-brand-50' : 'border-slate-300'}`}
                >
                  <input
                    type="radio"
                    name="size"
                    className="sr-only"
                    checked={fixedCount === p.count}
                    onChange={() => setFixedCount(p.count)}
                    aria-label={tx('{n} messages', { n: formatCount(p.count) })}
                  />
                  <span className="block font-semibold">{formatCount(p.count)}</span>
                  <span className="block text-xs text-slate-500">¥{formatYuan(p.priceLi)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={tx('Quantity')} htmlFor="quantity" error={errors.quantity}>
            <Input
              id="quantity"
              type="number"
              min={1}
              max={100}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          </Field>
        </>
      ) : (
        <Field
          label={tx('Number of messages')}
          htmlFor="customCount"
          error={errors.count}
          hint={tx(
            'At least 1,000. Unit price: 0.050 below 10,000; 0.047 from 10,000; 0.042 from 100,000; 0.041 from 500,000; 0.040 from 1,000,000; 0.039 from 3,000,000 yuan.',
          )}
        >
          <Input
            id="customCount"
            type="number"
            min={1000}
            value={customCount}
            onChange={(e) => setCustomCount(e.target.value)}
            invalid={!!errors.count}
          />
        </Field>
      )}
      <div className="rounded-sm bg-slate-50 p-4">
        <div className="text-sm text-slate-500">{tx('Price')}</div>
        <div className="text-2xl font-semibold" data-testid="quote">
          {quote.ok ? `¥${formatYuan(quote.priceLi)}` : '—'}
        </div>
        {!quote.ok ? <p className="text-sm text-red-600">{tx.message(quote.reason)}</p> : null}
        <p className="mt-1 text-xs text-slate-500">
          {tx(
            'Paid from your cash balance (¥{balance}). Usable 5 minutes after purchase, valid for 2 years, shared by all applications; mainland text messages only.',
            { balance: formatYuan(balanceLi) },
          )}
        </p>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} className="mt-1" />
        <span>{tx('I have read and agree to the SMS package purchase agreement, including the refund rules.')}</span>
      </label>
      {errors.agreed ? (
        <p role="alert" className="text-xs text-red-600">
          {errors.agreed}
        </p>
      ) : null}
      <FormMessage message={message} />
      <Button type="submit" disabled={pending || !quote.ok}>
        {tx('Buy Now')}
      </Button>
    </form>
  );
}
