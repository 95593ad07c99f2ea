'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ColumnMapper, useFilePreview, type SavedMappingOption } from '@/components/imports/column-mapper';
import { uploadRecipientFile } from '@/components/imports/upload';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { manualImportAction } from '../actions';
import { deleteColumnMappingAction, saveColumnMappingAction } from '../../mapping-actions';
import { csvFile } from '@/lib/domain/export/cells';

interface Result {
  groupId: number;
  totalRows: number;
  added: number;
  duplicates: number;
  rejected: { rowNumber: number; raw: string; reason: string }[];
}

/** Batch Import / Manual Input into a new or an existing group (R-CON-1). */
export function ImportPanel({
  groups,
  fixedGroup,
  savedMappings = [],
}: {
  groups: { id: number; name: string; region: string }[];
  fixedGroup?: number;
  savedMappings?: SavedMappingOption[];
}) {
  const tx = useText();
  const router = useRouter();
  const [target, setTarget] = useState<string>(
    fixedGroup ? String(fixedGroup) : groups[0] ? String(groups[0].id) : 'new',
  );
  const [method, setMethod] = useState<'file' | 'manual'>('file');
  const [name, setName] = useState('');
  const [region, setRegion] = useState('mainland');
  const [file, setFile] = useState<File | null>(null);
  const [lines, setLines] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const fp = useFilePreview();
  const [saveAs, setSaveAs] = useState('');
  const loadPreview = fp.load;
  useEffect(() => {
    void loadPreview(method === 'file' ? file : null, { purpose: 'group' });
  }, [file, method, loadPreview]);

  async function run() {
    setBusy(true);
    setErrors({});
    setMessage(null);
    setResult(null);
    try {
      const where = target === 'new' ? { name, region } : { groupId: Number(target) };
      if (method === 'manual') {
        const res = await manualImportAction({ ...where, lines });
        if (!res.ok) {
          setErrors(res.fieldErrors ?? {});
          setMessage({ ok: false, text: res.message });
        } else {
          setResult(res.data);
          if (target === 'new') setTarget(String(res.data.groupId));
        }
      } else {
        const up = await uploadRecipientFile<Result>(tx, {
          file,
          preview: fp.preview,
          mapping: fp.mapping,
          url: '/api/clients/import',
          params: Object.fromEntries(Object.entries(where).map(([k, v]) => [k, String(v)])),
          tooLarge: tx('The file is larger than 30 MB.'),
          saveAs,
          saveMapping: saveColumnMappingAction,
        });
        if (!up.ok) {
          setErrors(up.errors);
          setMessage(up.message);
          return;
        }
        setResult(up.body);
        // The new group exists now: further imports go into it.
        if (target === 'new') setTarget(String(up.body.groupId));
        setMessage(up.saved);
      }
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  // The same escaping as every server export (a cell such as =1+1 stays text).
  const rejectedCsv = result
    ? `data:text/csv;charset=utf-8,${encodeURIComponent(
        csvFile(
          [tx('Row'), tx('Content'), tx('Reason')],
          result.rejected.map((r) => [r.rowNumber, r.raw, r.reason]),
        ),
      )}`
    : '';
  return (
    <div className="space-y-3">
      {fixedGroup ? null : (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Field label={tx('Into group')} htmlFor="target">
            <Select id="target" value={target} onChange={(e) => setTarget(e.target.value)}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name} ({g.region})
                </option>
              ))}
              <option value="new">{tx('New group…')}</option>
            </Select>
          </Field>
          {target === 'new' ? (
            <>
              <Field label={tx('New group name')} htmlFor="new-name" error={errors.name}>
                <Input id="new-name" value={name} onChange={(e) => setName(e.target.value)} invalid={!!errors.name} />
              </Field>
              <Field label={tx('Message type')} htmlFor="new-region">
                <Select id="new-region" value={region} onChange={(e) => setRegion(e.target.value)}>
                  <option value="mainland">{tx('Mainland China')}</option>
                  <option value="international">{tx('International')}</option>
                </Select>
              </Field>
            </>
          ) : null}
        </div>
      )}
      <div className="flex gap-6 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" checked={method === 'file'} onChange={() => setMethod('file')} /> {tx('Batch Import')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" checked={method === 'manual'} onChange={() => setMethod('manual')} /> {tx('Manual Input')}
        </label>
      </div>
      {method === 'file' ? (
        <Field
          label={tx('File (CSV or XLSX, at most 30 MB)')}
          htmlFor="group-file"
          error={errors.file}
          hint={
            <>
              {tx('A "phone" column, or numbers in the first column.')}{' '}
              <a className="text-brand-500 underline" href="data:text/csv;charset=utf-8,phone%0A13812345678%0A">
                {tx('Download template')}
              </a>
            </>
          }
        >
          <input
            id="group-file"
            type="file"
            accept=".csv,.xlsx"
            className="block text-sm"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
      ) : null}
      {method === 'file' && fp.error ? (
        <p role="alert" className="text-xs text-red-600">
          {fp.error}
        </p>
      ) : null}
      {method === 'file' && fp.preview ? (
        <ColumnMapper
          preview={fp.preview}
          mapping={fp.mapping}
          onChange={(m) => (
            fp.setMapping(m),
            setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'mapping')))
          )}
          saved={savedMappings}
          deleteSaved={deleteColumnMappingAction}
          saveAs={saveAs}
          onSaveAs={setSaveAs}
          error={errors.mapping}
        />
      ) : null}
      {method === 'file' ? null : (
        <Field
          label={tx('Numbers, one per line (at most 100; others as country code + number)')}
          htmlFor="group-lines"
          error={errors.lines}
        >
          <TextArea
            id="group-lines"
            rows={5}
            value={lines}
            onChange={(e) => setLines(e.target.value)}
            invalid={!!errors.lines}
          />
        </Field>
      )}
      <Button disabled={busy || fp.loading} onClick={run}>
        {busy ? tx('Importing…') : tx('Import')}
      </Button>
      <FormMessage message={message} />
      {result ? (
        <div role="status" aria-label={tx('Import result')} className="rounded-sm bg-slate-50 p-3 text-sm">
          <p>
            {tx('Rows:')} <strong data-testid="group-total">{result.totalRows}</strong> {tx('· added:')}{' '}
            <strong data-testid="group-added">{result.added}</strong> {tx('· duplicates:')}{' '}
            <strong data-testid="group-duplicates">{result.duplicates}</strong> {tx('· rejected:')}{' '}
            <strong data-testid="group-rejected">{result.rejected.length}</strong>
          </p>
          {result.rejected.length > 0 ? (
            <>
              <ul className="mt-2 max-h-32 overflow-y-auto text-xs">
                {result.rejected.slice(0, 20).map((r) => (
                  <li key={r.rowNumber}>
                    {tx('Row')} {r.rowNumber}: {r.reason}
                  </li>
                ))}
              </ul>
              <a className="text-brand-500" download="rejected-rows.csv" href={rejectedCsv}>
                {tx('Download rejected rows')}
              </a>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
