'use client';
import { templateInput } from '@/lib/schemas/content';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { LintList } from '@/components/content/lint-list';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import type { IdentityType, Region } from '@/db/enums';
import { composeMessage, measureMessage } from '@/lib/domain/billing/measure';
import { lintTemplate, variableLabels } from '@/lib/domain/sms/lint';
import type { TemplateType } from '@/lib/domain/sms/template';
import { submitTemplateAction } from '../actions';

export interface TemplateValues {
  id?: number;
  name: string;
  type: TemplateType;
  content: string;
  notes: string;
}

/** Create Body Template / Modify, with variables, preview, length and billed count while typing (R-TPL-7). */
export function TemplateForm({
  region,
  identity,
  signatures,
  initial,
}: {
  region: Region;
  identity: IdentityType;
  signatures: string[];
  initial?: TemplateValues;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, submit } = useFormAction<{ id: number }>();
  const types: TemplateType[] =
    identity === 'enterprise' ? ['verification', 'notification', 'marketing'] : ['verification', 'notification'];
  const [type, setType] = useState<TemplateType>(initial?.type ?? 'verification');
  const [content, setContent] = useState(initial?.content ?? '');
  const [signature, setSignature] = useState(signatures[0] ?? '');
  const variables = variableLabels(content);
  const measured = useMemo(
    () => measureMessage({ body: content, signature: signature || undefined, region }),
    [content, signature, region],
  );
  const preview = composeMessage({ body: content, signature: signature || undefined, region }).text;
  const findings = useMemo(
    () => (content.trim() ? lintTemplate({ content, type, region, identity, signature: signature || undefined }) : []),
    [content, type, region, identity, signature],
  );

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    submit(
      templateInput,
      {
        id: initial?.id,
        region,
        name: String(f.get('name') ?? ''),
        type,
        content,
        notes: String(f.get('notes') ?? ''),
      },
      submitTemplateAction,
      ({ id }) => router.push(`/${region}/templates/${id}`),
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_22rem]" noValidate>
      <div className="space-y-4">
        <Field label={tx('Template Name')} htmlFor="name" error={errors.name}>
          <Input id="name" name="name" defaultValue={initial?.name ?? ''} maxLength={30} invalid={!!errors.name} />
        </Field>
        <Field
          label={tx('SMS Type')}
          htmlFor="type"
          error={errors.type}
          hint={identity === 'individual' ? tx('Individual accounts cannot send marketing SMS.') : undefined}
        >
          <Select
            id="type"
            name="type"
            value={type}
            onChange={(e) => setType(e.target.value as TemplateType)}
            invalid={!!errors.type}
          >
            {types.map((t) => (
              <option key={t} value={t}>
                {tx(TEMPLATE_TYPE_LABELS[t])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={tx('SMS Content')}
          htmlFor="content"
          error={errors.content}
          hint={tx(
            'Under 500 characters. Variables are {1}, {2}, … numbered consecutively. Marketing SMS must say how to unsubscribe, e.g. “拒收请回复R”.',
          )}
        >
          <TextArea
            id="content"
            name="content"
            rows={6}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            invalid={!!errors.content}
          />
        </Field>
        <LintList findings={findings} />
        <Field
          label={tx('Application notes (optional)')}
          htmlFor="notes"
          error={errors.notes}
          hint={tx('Sending scenario and recipients.')}
        >
          <TextArea id="notes" name="notes" rows={2} defaultValue={initial?.notes ?? ''} />
        </Field>
        <FormMessage message={message} />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? tx('Submitting…') : initial?.id ? tx('Resubmit for review') : tx('Confirm')}
          </Button>
          <Button variant="secondary" onClick={() => router.back()}>
            {tx('Cancel')}
          </Button>
        </div>
      </div>
      <aside
        aria-label={tx('Preview')}
        className="space-y-3 rounded-sm border border-slate-200 bg-slate-50 p-4 text-sm"
      >
        <Field
          label={tx('Preview with signature')}
          htmlFor="preview-signature"
          hint={signatures.length === 0 ? tx('No effective signature yet; previewing without one.') : undefined}
        >
          <Select id="preview-signature" value={signature} onChange={(e) => setSignature(e.target.value)}>
            {region === 'international' || signatures.length === 0 ? (
              <option value="">{tx('No signature')}</option>
            ) : null}
            {signatures.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <div
          data-testid="template-preview"
          className="min-h-16 whitespace-pre-wrap break-words rounded-sm bg-white p-3 shadow-inner"
        >
          {preview || <span className="text-slate-400">{tx('The message appears here.')}</span>}
        </div>
        <dl className="grid grid-cols-2 gap-2">
          <dt className="text-slate-500">{tx('Variables')}</dt>
          <dd data-testid="template-variables">{variables.length ? variables.join(' ') : tx('None')}</dd>
          <dt className="text-slate-500">{tx('Length')}</dt>
          <dd data-testid="template-length">{tx('{n} characters', { n: measured.length })}</dd>
          <dt className="text-slate-500">{tx('Billed as')}</dt>
          <dd data-testid="template-billable">
            {measured.billable === 1 ? tx('1 message') : tx('{n} messages', { n: measured.billable })}
          </dd>
          <dt className="text-slate-500">{tx('Encoding')}</dt>
          <dd>
            {measured.encoding === 'mainland'
              ? tx('Mainland (70 / 67)')
              : measured.encoding === 'GSM-7'
                ? tx('GSM-7 (160 / 153)')
                : tx('UCS-2 (70 / 67)')}
          </dd>
        </dl>
        <p className="text-xs text-slate-500">
          {tx('Counted with each variable as written; real values change the length.')}
        </p>
      </aside>
    </form>
  );
}
