'use client';
import { DeleteButton } from '@/components/ui/delete-button';
import { MAX_SAVED_MAPPINGS } from '@/lib/domain/sending/mapping';
import { useText } from '@/i18n/text';
import { useCallback, useState } from 'react';
import { Field, Input, Select } from '@/components/ui/field';
import { columnLetter, type ColumnMapping } from '@/lib/domain/sending/mapping';

export interface FilePreviewData {
  kind: 'csv' | 'xlsx';
  rows: string[][];
  columns: number;
  variables: string[];
  suggested: ColumnMapping | null;
  source: { kind: 'saved'; id: number; name: string } | { kind: 'standard' } | null;
}

export interface SavedMappingOption {
  id: number;
  name: string;
  mapping: ColumnMapping;
}

/** Loads the preview of a chosen file from `/api/imports/preview`. */
export function useFilePreview() {
  const tx = useText();
  const [preview, setPreview] = useState<FilePreviewData | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const load = useCallback(
    async (file: File | null, query: Record<string, string>) => {
      setPreview(null);
      setMapping(null);
      setError(null);
      if (!file) return;
      setLoading(true);
      try {
        // A CSV preview needs only its beginning; an XLSX file is a zip and goes whole.
        const isXlsx = /\.xlsx$/i.test(file.name) || file.type.includes('spreadsheetml');
        let body: Blob = file;
        if (!isXlsx && file.size > 256 * 1024) {
          // Whole lines only: a cut inside a multi-byte character would read as broken UTF-8.
          const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
          body = new Blob([head.slice(0, head.lastIndexOf(10) + 1)]);
        }
        const res = await fetch(`/api/imports/preview?${new URLSearchParams(query)}`, { method: 'POST', body });
        const data = await res.json();
        if (!res.ok) setError(data.error ?? tx('The file could not be read.'));
        else {
          setPreview(data);
          setMapping(data.suggested);
        }
      } catch {
        setError(tx('The preview failed. Check your connection and try again.'));
      } finally {
        setLoading(false);
      }
    },
    [tx],
  );
  return { preview, mapping, setMapping, error, loading, load };
}

const varLabel = (k: string) => (/^\d+$/.test(k) ? `{${k}}` : `\${${k}}`);

/**
 * The first rows of a recipient file and the column choices: phone number column, one column
 * per template variable, header row or not; a saved mapping can be applied, the current one
 * saved under a name. Files in the standard layout (or matching a saved mapping) arrive mapped.
 */
export function ColumnMapper({
  preview,
  mapping,
  onChange,
  saved,
  saveAs,
  onSaveAs,
  deleteSaved,
  error,
}: {
  preview: FilePreviewData;
  mapping: ColumnMapping | null;
  onChange: (m: ColumnMapping) => void;
  saved: SavedMappingOption[];
  saveAs: string;
  onSaveAs: (name: string) => void;
  /** Deletes a saved mapping (the page's server action); the list refreshes after. */
  deleteSaved?: (id: number) => Promise<{ ok: true } | { ok: false; message: string }>;
  error?: string;
}) {
  const tx = useText();
  const m: ColumnMapping = mapping ?? { hasHeader: false, phone: -1, vars: {} };
  const columns = Array.from({ length: preview.columns }, (_, i) => i);
  const title = (i: number) => {
    const first = preview.rows[0]?.[i] ?? '';
    return `${columnLetter(i)}${first ? ` — ${m.hasHeader ? first : `e.g. ${first}`}` : ''}`;
  };
  const body = m.hasHeader ? preview.rows.slice(1) : preview.rows.slice(0, 5);
  const roleOf = (i: number) =>
    m.phone === i
      ? tx('Phone number')
      : Object.entries(m.vars)
          .filter(([k, c]) => c === i && preview.variables.includes(k))
          .map(([k]) => varLabel(k))
          .join(', ');
  return (
    <div role="group" aria-label={tx('Column mapping')} className="space-y-3 rounded-sm border border-slate-200 p-3">
      <p className="text-sm" data-testid="mapping-source">
        {preview.source?.kind === 'saved'
          ? tx('Saved mapping "{name}" applied: this file has the header it was saved for.', {
              name: preview.source.name,
            })
          : preview.source?.kind === 'standard'
            ? tx('Standard layout recognised: the columns are mapped. Check them below.')
            : tx('Choose which column holds the phone number') +
              (preview.variables.length ? tx(' and which fill the variables.') : '.')}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-xs" aria-label={tx('File preview')}>
          <thead>
            <tr className="bg-slate-50 text-slate-500">
              {columns.map((i) => (
                <th key={i} scope="col" className="border border-slate-200 px-2 py-1 font-medium">
                  {columnLetter(i)}
                  {roleOf(i) ? (
                    <span className="ml-1 rounded-sm bg-brand-50 px-1 text-brand-700">{roleOf(i)}</span>
                  ) : null}
                  {m.hasHeader ? <div className="font-normal text-slate-700">{preview.rows[0]?.[i]}</div> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((r, ri) => (
              <tr key={ri}>
                {columns.map((i) => (
                  <td key={i} className="border border-slate-200 px-2 py-1">
                    {r[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={m.hasHeader}
          onChange={(e) => onChange({ ...m, hasHeader: e.target.checked })}
        />{' '}
        {tx('First row is a header')}
      </label>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field label={tx('Phone number column')} htmlFor="map-phone" error={error}>
          <Select
            id="map-phone"
            value={m.phone}
            invalid={!!error}
            onChange={(e) => onChange({ ...m, phone: Number(e.target.value) })}
          >
            <option value={-1}>{tx('Choose a column…')}</option>
            {columns.map((i) => (
              <option key={i} value={i}>
                {title(i)}
              </option>
            ))}
          </Select>
        </Field>
        {preview.variables.map((k) => (
          <Field key={k} label={tx('Column for {variable}', { variable: varLabel(k) })} htmlFor={`map-var-${k}`}>
            <Select
              id={`map-var-${k}`}
              value={m.vars[k] ?? -1}
              onChange={(e) => {
                const vars = { ...m.vars };
                if (Number(e.target.value) < 0) delete vars[k];
                else vars[k] = Number(e.target.value);
                onChange({ ...m, vars });
              }}
            >
              <option value={-1}>{tx('Choose a column…')}</option>
              {columns.map((i) => (
                <option key={i} value={i}>
                  {title(i)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {saved.length > 0 ? (
          <Field label={tx('Use a saved mapping')} htmlFor="map-saved">
            <Select
              id="map-saved"
              value=""
              onChange={(e) => {
                const s = saved.find((x) => String(x.id) === e.target.value);
                if (s) onChange(s.mapping);
              }}
            >
              <option value="">{tx('Choose…')}</option>
              {saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field
          label={tx('Save this mapping as (optional)')}
          htmlFor="map-save-as"
          hint={tx('Saved when the file is checked; a file with the same header row gets it automatically.')}
        >
          <Input id="map-save-as" value={saveAs} maxLength={40} onChange={(e) => onSaveAs(e.target.value)} />
        </Field>
      </div>
      {saved.length > 0 && deleteSaved ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600">
            {tx('Saved mappings: {n} of {max}', { n: saved.length, max: MAX_SAVED_MAPPINGS })}
          </summary>
          <ul className="mt-2 divide-y divide-slate-100" aria-label={tx('Saved mappings')}>
            {saved.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-3 py-1">
                <span translate="no">{s.name}</span>
                <DeleteButton
                  title={tx('Delete the saved mapping "{name}"?', { name: s.name })}
                  body={tx(
                    'Files checked later no longer get it automatically. Imports and tasks already made keep theirs.',
                  )}
                  action={() => deleteSaved(s.id)}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
