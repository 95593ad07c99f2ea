'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import { SIGNATURE_TYPE_LABELS } from '@/components/content/labels';
import { LintList } from '@/components/content/lint-list';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import type { IdentityType, Region } from '@/db/enums';
import { lintSignature } from '@/lib/domain/sms/lint';
import { NOTES_REQUIRED_TYPES, SIGNATURE_TYPES_BY_IDENTITY, type SignatureType } from '@/lib/domain/sms/signature';
import { submitSignatureAction } from '../actions';

export interface SignatureValues {
  id?: number;
  purpose: 'self' | 'other';
  qualificationId: number | null;
  type: SignatureType;
  content: string;
  notes: string;
  hasProof?: boolean;
  hasAuthLetter?: boolean;
}

/** Create Signature / Modify (R-SIG-1, R-SIG-2, R-SIG-5). */
export function SignatureForm({
  region,
  identity,
  qualifications,
  initial,
}: {
  region: Region;
  identity: IdentityType;
  qualifications: { id: number; enterpriseName: string }[];
  initial?: SignatureValues;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, run } = useFormAction<{ id: number; warnings: string[] }>();
  const types = SIGNATURE_TYPES_BY_IDENTITY[identity];
  const [purpose, setPurpose] = useState<'self' | 'other'>(initial?.purpose ?? 'self');
  const [type, setType] = useState<SignatureType>(initial?.type ?? types[0]);
  const [content, setContent] = useState(initial?.content ?? '');
  const findings = useMemo(
    () => (content.trim() ? lintSignature({ content, type, purpose, identity, region }) : []),
    [content, type, purpose, identity, region],
  );

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    form.set('region', region);
    if (initial?.id) form.set('id', String(initial.id));
    run(
      () => submitSignatureAction(form),
      ({ id }) => router.push(`/${region}/signatures/${id}`),
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-2xl grid-cols-1 gap-4" noValidate>
      <Field label={tx('Signature Purpose')} htmlFor="purpose" error={errors.purpose}>
        <Select
          id="purpose"
          name="purpose"
          value={purpose}
          onChange={(e) => setPurpose(e.target.value as 'self' | 'other')}
        >
          <option value="self">{tx('Self-use (company, website or product of this account)')}</option>
          <option value="other">{tx('Other-use (not authenticated by this account)')}</option>
        </Select>
      </Field>
      {region === 'mainland' ? (
        <Field
          label={tx('Qualification')}
          htmlFor="qualificationId"
          error={errors.qualificationId}
          hint={qualifications.length === 0 ? tx('Add a qualification and wait for its approval first.') : undefined}
        >
          <Select
            id="qualificationId"
            name="qualificationId"
            defaultValue={initial?.qualificationId ?? ''}
            invalid={!!errors.qualificationId}
          >
            <option value="">{tx('Select an approved qualification')}</option>
            {qualifications.map((q) => (
              <option key={q.id} value={q.id}>
                {q.enterpriseName} (#{q.id})
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={tx('Signature Type')} htmlFor="type" error={errors.type}>
        <Select
          id="type"
          name="type"
          value={type}
          onChange={(e) => setType(e.target.value as SignatureType)}
          invalid={!!errors.type}
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {tx(SIGNATURE_TYPE_LABELS[t])}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={tx('Signature Content')}
        htmlFor="content"
        error={errors.content}
        hint={tx('2–12 Chinese characters, letters or digits, without brackets.')}
      >
        <Input
          id="content"
          name="content"
          value={content}
          onChange={(e) => setContent(e.target.value)}
          maxLength={20}
          invalid={!!errors.content}
        />
      </Field>
      <LintList findings={findings} />
      {type === 'trademark' ? (
        <Field
          label={tx('Proof (trademark registration certificate)')}
          htmlFor="proof"
          error={errors.proof}
          hint={initial?.hasProof ? tx('Leave empty to keep the uploaded proof.') : tx('JPG or PNG, at most 5 MB.')}
        >
          <input id="proof" name="proof" type="file" accept="image/png,image/jpeg" className="block w-full text-sm" />
        </Field>
      ) : null}
      {purpose === 'other' ? (
        <Field
          label={tx('Authorization letter')}
          htmlFor="authLetter"
          error={errors.authLetter}
          hint={
            initial?.hasAuthLetter
              ? tx('Leave empty to keep the uploaded letter.')
              : tx('Signed and sealed by both parties; JPG or PNG, at most 5 MB.')
          }
        >
          <input
            id="authLetter"
            name="authLetter"
            type="file"
            accept="image/png,image/jpeg"
            className="block w-full text-sm"
          />
        </Field>
      ) : null}
      <Field
        label={NOTES_REQUIRED_TYPES.includes(type) ? tx('Application notes') : tx('Application notes (optional)')}
        htmlFor="notes"
        error={errors.notes}
        hint={
          NOTES_REQUIRED_TYPES.includes(type)
            ? tx('Required for app, website and WeChat signatures: name, link and what it does.')
            : undefined
        }
      >
        <TextArea id="notes" name="notes" rows={3} defaultValue={initial?.notes ?? ''} invalid={!!errors.notes} />
      </Field>
      <FormMessage message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tx('Submitting…') : initial?.id ? tx('Resubmit for review') : tx('Submit for review')}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {tx('Cancel')}
        </Button>
      </div>
    </form>
  );
}
