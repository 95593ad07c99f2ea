'use client';
import { dndNumbersInput } from '@/lib/schemas/clients';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { DataTable } from '@/components/ui/data-table';
import { Field, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { addDndNumbersAction, removeDndEntriesAction } from '../actions';

interface AddResult {
  added: number;
  duplicates: number;
  rejected: { line: number; text: string; reason: string }[];
}

/** Add numbers to the do-not-disturb list (R-DND-1): consent, signature, type, one number per line. */
export function AddDndForm({
  region,
  signatures,
}: {
  region: 'mainland' | 'international';
  signatures: { id: number; content: string }[];
}) {
  const tx = useText();
  const router = useRouter();
  const [result, setResult] = useState<AddResult | null>(null);
  const { pending, errors, message, submit } = useFormAction<AddResult>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const form = e.currentTarget;
    submit(
      dndNumbersInput,
      {
        region,
        signatureId: Number(f.get('signatureId')),
        scope: String(f.get('scope') ?? 'all'),
        numbers: String(f.get('numbers') ?? ''),
        consent: f.get('consent') === 'on',
      },
      addDndNumbersAction,
      (r) => {
        setResult(r);
        form.reset();
        router.refresh();
      },
    );
  }
  if (signatures.length === 0)
    return (
      <p className="text-sm text-slate-600">{tx('Add a signature of this list first: entries are per signature.')}</p>
    );
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field label={tx('Signature')} htmlFor="dnd-signature" error={errors.signatureId}>
          <Select id="dnd-signature" name="signatureId">
            {signatures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.content}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tx('Type')} htmlFor="dnd-scope" error={errors.scope}>
          <Select id="dnd-scope" name="scope" defaultValue="all">
            <option value="all">{tx('All messages')}</option>
            <option value="marketing">{tx('Marketing messages only')}</option>
          </Select>
        </Field>
      </div>
      <Field
        label={
          region === 'international'
            ? tx('Numbers, one per line (with country code, e.g. +85261234567)')
            : tx('Numbers, one per line')
        }
        htmlFor="dnd-numbers"
        error={errors.numbers}
      >
        <TextArea id="dnd-numbers" name="numbers" rows={5} invalid={!!errors.numbers} />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="consent" className="mt-1" />
        <span>
          {tx('These users asked not to receive messages with this signature; I take responsibility for this list.')}
        </span>
      </label>
      {errors.consent ? (
        <p role="alert" className="text-xs text-red-600">
          {errors.consent}
        </p>
      ) : null}
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        {tx('Add')}
      </Button>
      {result ? (
        <div role="status" aria-label={tx('Add result')} className="rounded-sm bg-slate-50 p-3 text-sm">
          {tx('Added')} <strong data-testid="dnd-added">{result.added}</strong> {tx('· already listed')}{' '}
          {result.duplicates} {tx('· rejected')} {result.rejected.length}
          {result.rejected.length ? (
            <ul className="mt-1 text-xs text-red-700">
              {result.rejected.slice(0, 20).map((r) => (
                <li key={r.line}>
                  {tx('Line')} {r.line} ({r.text}): {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

/** The list with checkboxes and Delete (one or in batch, final). */
export function DndList({
  rows,
}: {
  rows: { key: string; phone: string; signature: string; scope: string; createdAt: string }[];
}) {
  const tx = useText();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <div className="space-y-2">
      <ConfirmButton
        label={tx('Delete selected ({length})', { length: selected.length })}
        disabled={selected.length === 0}
        danger
        title={tx('Delete from the do-not-disturb list')}
        body={
          <p>
            {tx(
              '{n} entries will be removed; these numbers can receive messages with those signatures again. This cannot be undone.',
              { n: selected.length },
            )}
          </p>
        }
        confirmLabel={tx('Delete')}
        onConfirm={async () => {
          const res = await removeDndEntriesAction(selected);
          if (!res.ok) return res.message;
          setSelected([]);
          router.refresh();
          return null;
        }}
      />
      <DataTable
        label={tx('Do-not-disturb list')}
        selection={{ selected, onChange: setSelected, label: (r) => tx('Select {phone}', { phone: r.phone }) }}
        columns={[
          { key: 'phone', header: tx('Number'), kind: 'phone' },
          { key: 'signature', header: tx('Signature'), data: true },
          { key: 'scope', header: tx('Type') },
          { key: 'createdAt', header: tx('Added'), sortable: true },
        ]}
        rows={rows.map((r) => ({
          id: r.key,
          phone: r.phone,
          signature: r.signature,
          scope: r.scope === 'all' ? tx('All messages') : tx('Marketing only'),
          createdAt: r.createdAt,
        }))}
        empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No numbers on the list.')}</p>}
      />
    </div>
  );
}
