'use client';
import { uiText, useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { submitQualificationAction } from '../actions';

export interface QualificationValues {
  id?: number;
  revision?: number;
  status?: string;
  purpose: 'self' | 'third_party';
  enterpriseName: string;
  creditCode: string | null;
  legalRepName: string;
  legalRepIdNumber: string;
  adminName: string | null;
  adminIdNumber: string | null;
  adminPhone: string | null;
}

const IMAGES: [string, string][] = [
  ['license', uiText('Business licence')],
  ['legalRepIdFront', uiText('Legal representative ID (front)')],
  ['legalRepIdBack', uiText('Legal representative ID (back)')],
  ['adminIdFront', uiText('Administrator ID (front)')],
  ['adminIdBack', uiText('Administrator ID (back)')],
];

/** Add Qualification / Edit (R-QUA-1, R-QUA-3); an individual account files its own (R-QUA-1a). */
export function QualificationForm({
  realName,
  individual,
  initial,
}: {
  realName: string;
  individual: boolean;
  initial?: QualificationValues;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, run } = useFormAction<{ id: number }>();
  const [purpose, setPurpose] = useState<'self' | 'third_party'>(initial?.purpose ?? 'self');
  const lockedIdentity = initial?.status === 'approved';
  const editing = !!initial?.id;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (initial?.id) {
      form.set('id', String(initial.id));
      form.set('revision', String(initial.revision));
    }
    run(
      () => submitQualificationAction(form),
      ({ id }) => router.push(`/mainland/qualifications/${id}`),
    );
  }

  const text = (name: keyof QualificationValues, label: string, hint?: string) => (
    <Field label={label} htmlFor={name} error={errors[name]} hint={hint}>
      <Input id={name} name={name} defaultValue={initial ? String(initial[name] ?? '') : ''} invalid={!!errors[name]} />
    </Field>
  );

  /** File inputs for scans: JPG or PNG, at most 5 MB, checked by content on the server (R-QUA-1). */
  const imageSection = (title: string, images: readonly (readonly [string, string])[]) => (
    <section className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <h3 className="text-sm font-semibold md:col-span-2">
        {title}{' '}
        {editing
          ? tx('(JPG or PNG, at most 5 MB each; leave empty to keep the current one)')
          : tx('(JPG or PNG, at most 5 MB each)')}
      </h3>
      {images.map(([name, label]) => (
        <Field key={name} label={tx(label)} htmlFor={name} error={errors[name]}>
          <input
            id={name}
            name={name}
            type="file"
            accept="image/png,image/jpeg"
            className="block w-full text-sm"
            aria-invalid={!!errors[name] || undefined}
          />
        </Field>
      ))}
    </section>
  );

  const actions = (
    <>
      <FormMessage message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tx('Submitting…') : tx('Submit for review')}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {tx('Cancel')}
        </Button>
      </div>
    </>
  );

  if (individual) {
    return (
      <form onSubmit={onSubmit} className="space-y-6" noValidate>
        <p className="text-sm text-slate-600">
          {tx(
            "An individual files a self-use qualification in the account's real name with the ID card. Once approved, your mainland signatures bind to it.",
          )}
        </p>
        <section className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field
            label={tx('Name')}
            htmlFor="personName"
            error={errors.personName}
            hint={tx('The account’s real-name, as on the ID card.')}
          >
            <Input id="personName" name="personName" defaultValue={realName} readOnly invalid={!!errors.personName} />
          </Field>
          <Field
            label={tx('ID number')}
            htmlFor="personIdNumber"
            error={errors.personIdNumber}
            hint={tx('18 characters, as on the ID card.')}
          >
            <Input
              id="personIdNumber"
              name="personIdNumber"
              defaultValue={initial?.legalRepIdNumber ?? ''}
              invalid={!!errors.personIdNumber}
            />
          </Field>
        </section>
        {imageSection(tx('ID card images'), [
          ['legalRepIdFront', tx('ID card (front)')],
          ['legalRepIdBack', tx('ID card (back)')],
        ])}
        {actions}
      </form>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <section className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field
          label={tx('Qualification purpose')}
          htmlFor="purpose"
          error={errors.purpose}
          hint={lockedIdentity ? tx('Cannot be changed once approved.') : undefined}
        >
          <Select
            id="purpose"
            name="purpose"
            value={purpose}
            disabled={lockedIdentity}
            onChange={(e) => setPurpose(e.target.value as 'self' | 'third_party')}
          >
            <option value="self">{tx("Self-use (the account's real-name)")}</option>
            <option value="third_party">{tx('Third-party use')}</option>
          </Select>
        </Field>
        {lockedIdentity ? <input type="hidden" name="purpose" value={purpose} /> : null}
        <Field
          label={tx('Enterprise name')}
          htmlFor="enterpriseName"
          error={errors.enterpriseName}
          hint={
            purpose === 'self'
              ? tx('Self-use qualifications carry the account’s real-name.')
              : lockedIdentity
                ? tx('Cannot be changed once approved.')
                : undefined
          }
        >
          <Input
            id="enterpriseName"
            name="enterpriseName"
            key={purpose}
            defaultValue={
              purpose === 'self' ? realName : initial?.purpose === 'third_party' ? initial.enterpriseName : ''
            }
            readOnly={purpose === 'self' || lockedIdentity}
            invalid={!!errors.enterpriseName}
          />
        </Field>
        {text('creditCode', tx('Unified social credit code'), tx('18 characters, as on the business licence.'))}
      </section>
      <section className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <h3 className="text-sm font-semibold md:col-span-2">{tx('Legal representative')}</h3>
        {text('legalRepName', tx('Legal representative name'))}
        {text('legalRepIdNumber', tx('Legal representative ID number'))}
        <h3 className="text-sm font-semibold md:col-span-2">{tx('Business administrator')}</h3>
        {text('adminName', tx('Administrator name'))}
        {text('adminIdNumber', tx('Administrator ID number'))}
        {text('adminPhone', tx('Administrator phone'), tx('Mainland mobile number.'))}
      </section>
      {imageSection(tx('Images'), [
        ...IMAGES,
        ...(purpose === 'third_party' ? [['authLetter', tx('Authorization letter')] as [string, string]] : []),
      ])}
      {actions}
    </form>
  );
}
