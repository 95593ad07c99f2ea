'use client';
import { subUserInput } from '@/lib/schemas/access';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, Input } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { createSubUserAction, deleteSubUserAction, setSubUserPoliciesAction } from '../../actions';

export interface PolicyOption {
  key: string;
  name: string;
  description: string;
  kind: 'preset' | 'custom';
}

function PolicyChecks({
  options,
  selected,
  onChange,
  idPrefix,
}: {
  options: PolicyOption[];
  selected: string[];
  onChange: (keys: string[]) => void;
  idPrefix: string;
}) {
  const tx = useText();
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-700">{tx('Policies')}</legend>
      {options.map((p) => (
        <label key={p.key} className="flex items-start gap-2 text-sm" htmlFor={`${idPrefix}-${p.key}`}>
          <input
            id={`${idPrefix}-${p.key}`}
            type="checkbox"
            className="mt-1"
            checked={selected.includes(p.key)}
            onChange={(e) => onChange(e.target.checked ? [...selected, p.key] : selected.filter((k) => k !== p.key))}
          />
          <span>
            <span translate="no">{p.name}</span>
            <span className="block text-xs text-slate-500">
              {p.kind === 'preset' ? tx(p.description) : p.description}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function CreateSubUserDialog({ options }: { options: PolicyOption[] }) {
  const tx = useText();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <FormDialog
      trigger={tx('Create User')}
      title={tx('Create Sub-user')}
      schema={subUserInput}
      values={(f) => ({ name: f.name, email: f.email, password: f.password, policies: selected })}
      action={createSubUserAction}
      submitLabel={tx('Create')}
      onOpen={() => setSelected([])}
      onDone={() => router.refresh()}
    >
      {(errors) => (
        <>
          <Field label={tx('Name')} htmlFor="su-name" error={errors.name}>
            <Input id="su-name" name="name" invalid={!!errors.name} />
          </Field>
          <Field label={tx('Login email')} htmlFor="su-email" error={errors.email}>
            <Input id="su-email" name="email" type="email" invalid={!!errors.email} />
          </Field>
          <Field
            label={tx('Password')}
            htmlFor="su-password"
            error={errors.password}
            hint={tx('8–64 characters with at least one letter and one digit.')}
          >
            <Input id="su-password" name="password" type="password" invalid={!!errors.password} />
          </Field>
          <PolicyChecks options={options} selected={selected} onChange={setSelected} idPrefix="new" />
          {errors.policies ? (
            <p role="alert" className="text-xs text-red-600">
              {errors.policies}
            </p>
          ) : null}
        </>
      )}
    </FormDialog>
  );
}

/** A sub-user's policies: the keys ticked in the dialog. */
const policiesInput = subUserInput.pick({ policies: true });

export function EditPoliciesDialog({
  userId,
  email,
  options,
  current,
}: {
  userId: number;
  email: string;
  options: PolicyOption[];
  current: string[];
}) {
  const tx = useText();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(current);
  return (
    <FormDialog
      trigger={tx('Policies')}
      triggerVariant="link"
      title={tx('Policies of {email}', { email })}
      schema={policiesInput}
      values={() => ({ policies: selected })}
      action={(input) => setSubUserPoliciesAction(userId, input.policies ?? [])}
      submitLabel={tx('Save')}
      onOpen={() => setSelected(current)}
      onDone={() => router.refresh()}
    >
      {() => <PolicyChecks options={options} selected={selected} onChange={setSelected} idPrefix={`u${userId}`} />}
    </FormDialog>
  );
}

export function DeleteSubUserButton({ userId, email }: { userId: number; email: string }) {
  const tx = useText();
  const router = useRouter();
  return (
    <ConfirmButton
      label={tx('Delete')}
      variant="link"
      danger
      title={tx('Delete sub-user')}
      body={
        <p>
          {tx(
            '{email} will no longer be able to sign in, and their API keys stop working. This cannot be undone; their history stays.',
            { email },
          )}
        </p>
      }
      confirmLabel={tx('Delete')}
      onConfirm={async () => {
        const res = await deleteSubUserAction(userId);
        if (!res.ok) return res.message;
        router.refresh();
        return null;
      }}
    />
  );
}
