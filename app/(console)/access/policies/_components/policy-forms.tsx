'use client';
import { policyInput } from '@/lib/schemas/access';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, Input, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { createPolicyAction, deletePolicyAction } from '../../actions';

const EMPTY = '{\n  "version": "2.0",\n  "statement": []\n}';

/** Create Custom Policy (R-CAM-2): a statement builder that writes the JSON, or the JSON typed directly. */
export function CreatePolicyForm({ actions, uin, sdkAppIds }: { actions: string[]; uin: number; sdkAppIds: string[] }) {
  const tx = useText();
  const router = useRouter();
  const [doc, setDoc] = useState(EMPTY);
  const [effect, setEffect] = useState<'allow' | 'deny'>('allow');
  const [action, setAction] = useState('*');
  const [resource, setResource] = useState('*');
  const [builderError, setBuilderError] = useState<string | null>(null);
  const { pending, errors, message, setMessage, submit } = useFormAction<{ id: number }>();

  function addStatement() {
    try {
      const parsed = JSON.parse(doc) as { version?: string; statement?: unknown[] };
      const statement = Array.isArray(parsed.statement) ? parsed.statement : [];
      statement.push({ effect, action: [`name/sms:${action}`], resource: [resource] });
      setDoc(JSON.stringify({ version: '2.0', ...parsed, statement }, null, 2));
      setBuilderError(null);
    } catch {
      setBuilderError(tx('Fix the JSON below first: the builder adds to it.'));
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    submit(
      policyInput,
      {
        name: String(f.get('name') ?? ''),
        description: String(f.get('description') ?? ''),
        document: doc,
      },
      createPolicyAction,
      () => {
        setMessage({ ok: true, text: tx('Policy created.') });
        setDoc(EMPTY);
        (e.target as HTMLFormElement).reset();
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field label={tx('Policy name')} htmlFor="policy-name" error={errors.name}>
          <Input id="policy-name" name="name" maxLength={64} invalid={!!errors.name} />
        </Field>
        <Field label={tx('Description')} htmlFor="policy-description" error={errors.description}>
          <Input id="policy-description" name="description" maxLength={300} />
        </Field>
      </div>
      <fieldset className="rounded-sm border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{tx('Statement builder')}</legend>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-4">
          <Field label={tx('Effect')} htmlFor="b-effect">
            <Select id="b-effect" value={effect} onChange={(e) => setEffect(e.target.value as 'allow' | 'deny')}>
              <option value="allow">{tx('Allow')}</option>
              <option value="deny">{tx('Deny')}</option>
            </Select>
          </Field>
          <Field label={tx('Action')} htmlFor="b-action">
            <Select id="b-action" value={action} onChange={(e) => setAction(e.target.value)}>
              <option value="*">{tx('All SMS actions (sms:*)')}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tx('Resource')} htmlFor="b-resource">
            <Select id="b-resource" value={resource} onChange={(e) => setResource(e.target.value)}>
              <option value="*">{tx('Everything (*)')}</option>
              <option value={`qcs::sms::uin/${uin}:app/*`}>{tx('All applications')}</option>
              {sdkAppIds.map((id) => (
                <option key={id} value={`qcs::sms::uin/${uin}:app/${id}`}>
                  {tx('Application')} {id}
                </option>
              ))}
            </Select>
          </Field>
          <div className="flex items-end pb-0.5">
            <Button variant="secondary" onClick={addStatement}>
              {tx('Add statement')}
            </Button>
          </div>
        </div>
        {builderError ? (
          <p role="alert" className="mt-2 text-xs text-red-600">
            {builderError}
          </p>
        ) : null}
      </fieldset>
      <Field label={tx('Policy document (JSON)')} htmlFor="policy-document" error={errors.document}>
        <TextArea
          id="policy-document"
          rows={12}
          className="font-mono text-xs"
          value={doc}
          onChange={(e) => setDoc(e.target.value)}
          invalid={!!errors.document}
          spellCheck={false}
        />
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        {tx('Create Policy')}
      </Button>
    </form>
  );
}

export function DeletePolicyButton({ id, name }: { id: number; name: string }) {
  const tx = useText();
  const router = useRouter();
  return (
    <ConfirmButton
      label={tx('Delete')}
      variant="link"
      danger
      title={tx('Delete policy')}
      body={
        <p>
          {tx(
            '{name} is detached from every sub-user who has it, and they lose what it allowed. This cannot be undone.',
            { name },
          )}
        </p>
      }
      confirmLabel={tx('Delete')}
      onConfirm={async () => {
        const res = await deletePolicyAction(id);
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
