'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { DeleteButton } from '@/components/ui/delete-button';
import { Field, Input } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { formValues, useFormAction } from '@/components/ui/use-form-action';
import { appCountryInput } from '@/lib/schemas/applications';
import { deleteAppCountryAction, saveAppCountryAction } from '../../actions';

interface Entry {
  iso: string;
  name: string;
  dialCode: string;
  dailyAlarm: number | null;
  dailyLimit: number | null;
}

/** Alarm and limit fields of an entry (blank = the application's international values). */
function LimitFields({
  errors,
  entry,
  appIntlLimit,
}: {
  errors: Record<string, string>;
  entry?: Entry;
  appIntlLimit: number | null;
}) {
  const tx = useText();
  const hint =
    appIntlLimit === null
      ? tx('Empty: no limit of its own.')
      : `Empty: the application's international limit (${appIntlLimit}).`;
  return (
    <>
      <Field
        label={tx('Daily alarm value')}
        htmlFor={`alarm-${entry?.iso ?? 'new'}`}
        error={errors.dailyAlarm}
        hint={tx('Alarm contacts are told once a day when it is reached.')}
      >
        <Input
          id={`alarm-${entry?.iso ?? 'new'}`}
          name="dailyAlarm"
          inputMode="numeric"
          defaultValue={entry?.dailyAlarm ?? ''}
          invalid={!!errors.dailyAlarm}
        />
      </Field>
      <Field label={tx('Daily limit')} htmlFor={`limit-${entry?.iso ?? 'new'}`} error={errors.dailyLimit} hint={hint}>
        <Input
          id={`limit-${entry?.iso ?? 'new'}`}
          name="dailyLimit"
          inputMode="numeric"
          defaultValue={entry?.dailyLimit ?? ''}
          invalid={!!errors.dailyLimit}
        />
      </Field>
    </>
  );
}

function EditEntry({ sdkAppId, entry, appIntlLimit }: { sdkAppId: string; entry: Entry; appIntlLimit: number | null }) {
  const tx = useText();
  const router = useRouter();
  return (
    <FormDialog
      trigger={tx('Edit')}
      triggerVariant="link"
      title={tx('Edit {name}', { name: tx.country(entry.iso, entry.name) })}
      schema={appCountryInput}
      values={(f) => ({ country: entry.iso, dailyAlarm: f.dailyAlarm, dailyLimit: f.dailyLimit })}
      action={(input) => saveAppCountryAction([sdkAppId, 'edit'], input)}
      submitLabel={tx('Save')}
      onDone={() => router.refresh()}
    >
      {(errors) => <LimitFields errors={errors} entry={entry} appIntlLimit={appIntlLimit} />}
    </FormDialog>
  );
}

/**
 * Sendable countries/regions (R-APP-6): with entries, international messages of the application
 * go only there, each within its own daily alarm and limit; add, edit, delete, export, import.
 */
export function SendableCountries({
  sdkAppId,
  entries,
  countries,
  appIntlLimit,
}: {
  sdkAppId: string;
  entries: Entry[];
  countries: { iso: string; name: string }[];
  appIntlLimit: number | null;
}) {
  const tx = useText();
  const router = useRouter();
  const add = useFormAction<void>();
  const [importing, setImporting] = useState(false);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);

  function onAdd(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    add.submit(
      appCountryInput,
      formValues(form),
      (input) => saveAppCountryAction([sdkAppId, 'add'], input),
      () => {
        add.setMessage({
          ok: true,
          text: tx('Added. Only the listed countries/regions can receive this application’s international messages.'),
        });
        form.reset();
        router.refresh();
      },
    );
  }

  async function onImport(file: File | undefined) {
    if (!file) return;
    setImporting(true);
    setImportErrors([]);
    setImportMessage(null);
    try {
      const res = await fetch(`/api/applications/${sdkAppId}/countries`, { method: 'POST', body: file });
      const body = await res.json();
      if (!res.ok) {
        setImportMessage({ ok: false, text: body.error });
        setImportErrors(Object.values((body.fieldErrors ?? {}) as Record<string, string>));
      } else {
        setImportMessage({
          ok: true,
          text: tx('Imported: {added} added, {updated} updated.', { added: body.added, updated: body.updated }),
        });
        router.refresh();
      }
    } finally {
      setImporting(false);
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500">
        {entries.length === 0
          ? tx('No list: this application may send international messages to any country or region.')
          : tx(
              'Only these countries/regions receive this application’s international messages; others fail with 1045.',
            )}
      </p>
      <form
        onSubmit={onAdd}
        className="grid grid-cols-1 items-start gap-3 md:grid-cols-4"
        noValidate
        aria-label={tx('Add country or region')}
      >
        <Field
          label={tx('Country/region')}
          htmlFor="country-pick"
          error={add.errors.country}
          hint={tx('Type to search by name or code.')}
        >
          <Input
            id="country-pick"
            name="country"
            list="country-options"
            autoComplete="off"
            invalid={!!add.errors.country}
          />
        </Field>
        <datalist id="country-options">
          {countries.map((c) => (
            <option key={c.iso} value={`${tx.country(c.iso, c.name)} (${c.iso})`} />
          ))}
        </datalist>
        <LimitFields errors={add.errors} appIntlLimit={appIntlLimit} />
        <div className="pt-6">
          <Button type="submit" disabled={add.pending}>
            {tx('Add')}
          </Button>
        </div>
      </form>
      <FormMessage message={add.message} />
      <DataTable
        label={tx('Sendable countries/regions')}
        columns={[
          { key: 'country', header: tx('Country/region'), sortable: true },
          { key: 'code', header: tx('Code'), kind: 'code' },
          { key: 'alarm', header: tx('Daily alarm value'), kind: 'node' },
          { key: 'limit', header: tx('Daily limit'), kind: 'node' },
          { key: 'actions', header: tx('Actions'), kind: 'node' },
        ]}
        rows={entries.map((e) => ({
          id: e.iso,
          country: tx.country(e.iso, e.name),
          code: `${e.iso} (+${e.dialCode})`,
          alarm: e.dailyAlarm ?? <span className="text-slate-400">—</span>,
          limit: e.dailyLimit ?? (
            <span className="text-slate-400">
              {appIntlLimit === null ? tx('None') : tx("Application's ({n})", { n: appIntlLimit })}
            </span>
          ),
          actions: (
            <span className="flex gap-3">
              <EditEntry sdkAppId={sdkAppId} entry={e} appIntlLimit={appIntlLimit} />
              <DeleteButton
                title={tx('Delete {name}?', { name: tx.country(e.iso, e.name) })}
                body={
                  entries.length === 1
                    ? tx(
                        'This is the last entry: without a list the application may send to every country or region again.',
                      )
                    : tx('{name} will no longer receive this application’s international messages.', {
                        name: tx.country(e.iso, e.name),
                      })
                }
                action={() => deleteAppCountryAction(sdkAppId, { iso: e.iso })}
              />
            </span>
          ),
        }))}
        empty={<p className="py-6 text-center text-slate-500">{tx('No countries/regions listed.')}</p>}
      />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <span>
          {tx('Export:')}{' '}
          <a className="text-brand-500 underline" href={`/api/applications/${sdkAppId}/countries?format=csv`}>
            CSV
          </a>{' '}
          ·{' '}
          <a className="text-brand-500 underline" href={`/api/applications/${sdkAppId}/countries?format=xlsx`}>
            XLSX
          </a>
        </span>
        <span>
          {tx('Import template:')}{' '}
          <a
            className="text-brand-500 underline"
            href={`/api/applications/${sdkAppId}/countries?format=csv&template=1`}
          >
            CSV
          </a>{' '}
          ·{' '}
          <a
            className="text-brand-500 underline"
            href={`/api/applications/${sdkAppId}/countries?format=xlsx&template=1`}
          >
            XLSX
          </a>
        </span>
        <label className="flex items-center gap-2">
          <span>{tx('Import file (CSV or XLSX)')}</span>
          <input
            type="file"
            accept=".csv,.xlsx"
            disabled={importing}
            className="text-sm"
            onChange={(e) => void onImport(e.target.files?.[0])}
          />
        </label>
      </div>
      {importMessage ? <FormMessage message={importMessage} /> : null}
      {importErrors.length ? (
        <ul aria-label={tx('Import problems')} className="text-xs text-red-700">
          {importErrors.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
