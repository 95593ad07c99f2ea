'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { ColumnMapper, useFilePreview, type SavedMappingOption } from '@/components/imports/column-mapper';
import { Button } from '@/components/ui/button';
import { Field, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { Region } from '@/db/enums';
import { templateNeeds } from '@/lib/domain/sending/rows';
import { createTaskInput } from '@/lib/schemas/sending';
import { checkForm } from '@/components/ui/use-form-action';
import { createTaskAction, groupImportAction, typedImportAction } from '../actions';
import { deleteColumnMappingAction, saveColumnMappingAction } from '../../../mapping-actions';
import { ImportReportView, type ImportReportData } from './import-report-view';
import { CampaignFields, SendTimeFields, cannotSend } from './task-form-parts';
import { uploadRecipientFile } from '@/components/imports/upload';

/** Create Bulk SMS Sending Task (R-SND-1..3, R-CMP-1): choose, upload and check, then Confirm Send. */
function templateHasVariables(content: string): boolean {
  const n = templateNeeds(content);
  return n.numbered > 0 || n.named.length > 0;
}

export function TaskForm({
  region,
  apps,
  signatures,
  templates,
  groups = [],
  initialGroupId,
  savedMappings = [],
}: {
  region: Region;
  apps: { sdkAppId: string; name: string }[];
  signatures: { id: number; content: string }[];
  templates: { id: number; name: string; content: string }[];
  groups?: { id: number; name: string; count: number }[];
  initialGroupId?: number;
  savedMappings?: SavedMappingOption[];
}) {
  const tx = useText();
  const router = useRouter();
  const [sdkAppId, setSdkAppId] = useState(apps[0]?.sdkAppId ?? '');
  const [signatureId, setSignatureId] = useState(region === 'mainland' ? String(signatures[0]?.id ?? '') : '');
  // From a customer group's "Send SMS": start on a template that can use a group (no variables, R-SND-1 b).
  const groupTemplate = initialGroupId ? templates.find((t) => !templateHasVariables(t.content)) : undefined;
  const [templateId, setTemplateId] = useState(String((groupTemplate ?? templates[0])?.id ?? ''));
  const [recipients, setRecipients] = useState<'file' | 'typed' | 'group'>(initialGroupId ? 'group' : 'file');
  const [groupId, setGroupId] = useState(String(initialGroupId ?? groups[0]?.id ?? ''));
  const [file, setFile] = useState<File | null>(null);
  const [numbers, setNumbers] = useState('');
  const [send, setSend] = useState<'now' | 'scheduled'>('now');
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [ack, setAck] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fp = useFilePreview();
  const [saveAs, setSaveAs] = useState('');
  const loadPreview = fp.load;
  // The preview's variables follow the template: read it again when the template changes.
  useEffect(() => {
    void loadPreview(file, { region, templateId, signatureId });
  }, [file, templateId, signatureId, region, loadPreview]);
  const template = templates.find((t) => String(t.id) === templateId);
  const hasVariables = useMemo(() => (template ? templateHasVariables(template.content) : false), [template]);

  const reset = () => {
    setReport(null);
    setAck(false);
  };

  async function check() {
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      if (recipients === 'group') {
        const res = await groupImportAction({
          region,
          templateId: Number(templateId),
          signatureId: signatureId ? Number(signatureId) : null,
          groupId: Number(groupId),
        });
        if (!res.ok) {
          setErrors(res.fieldErrors ?? {});
          setMessage({ ok: false, text: res.message });
        } else setReport(res.data);
        return;
      }
      if (recipients === 'typed') {
        const res = await typedImportAction({
          region,
          templateId: Number(templateId),
          signatureId: signatureId ? Number(signatureId) : null,
          numbers,
        });
        if (!res.ok) {
          setErrors(res.fieldErrors ?? {});
          setMessage({ ok: false, text: res.message });
        } else setReport(res.data);
        return;
      }
      const up = await uploadRecipientFile<ImportReportData>(tx, {
        file,
        preview: fp.preview,
        mapping: fp.mapping,
        url: '/api/imports',
        params: { region, templateId, signatureId, fileName: file?.name ?? '' },
        tooLarge: tx('The file is larger than 30 MB. Split it and upload each part as its own task.'),
        saveAs,
        saveMapping: saveColumnMappingAction,
      });
      if (!up.ok) {
        setErrors(up.errors);
        setMessage(up.message);
        return;
      }
      setReport(up.body);
      setMessage(up.saved);
      if (up.saved?.ok) router.refresh();
    } catch {
      setMessage({ ok: false, text: tx('The upload failed. Check your connection and try again.') });
    } finally {
      setBusy(false);
    }
  }

  async function confirm(form: HTMLFormElement) {
    if (!report) return;
    const f = new FormData(form);
    const checked = checkForm(tx, createTaskInput, {
      region,
      importId: report.import.id,
      sdkAppId,
      signatureId: signatureId ? Number(signatureId) : undefined,
      templateId: Number(templateId),
      name: String(f.get('name') ?? ''),
      scenario: String(f.get('scenario') ?? ''),
      senderId: String(f.get('senderId') ?? ''),
      send,
      date: String(f.get('date') ?? ''),
      time: String(f.get('time') ?? ''),
      timeZone: String(f.get('timeZone') ?? 'Asia/Shanghai'),
      acknowledged: ack,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage({ ok: false, text: checked.message });
      return;
    }
    setBusy(true);
    const res = await createTaskAction(checked.data);
    setBusy(false);
    if (!res.ok) {
      setErrors(res.fieldErrors ?? {});
      setMessage({ ok: false, text: res.message });
      return;
    }
    router.push(`/${region}/tasks/${res.data.taskId}`);
  }

  const blocked = cannotSend(tx, {
    region,
    apps,
    signatures,
    templates,
    fromGroup: Boolean(initialGroupId),
    groupTemplate,
  });
  if (blocked) return blocked;

  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void confirm(e.currentTarget);
      }}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field label={tx('Application')} htmlFor="sdkAppId" error={errors.sdkAppId}>
          <Select id="sdkAppId" value={sdkAppId} onChange={(e) => setSdkAppId(e.target.value)}>
            {apps.map((a) => (
              <option key={a.sdkAppId} value={a.sdkAppId}>
                {a.name} ({a.sdkAppId})
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={region === 'mainland' ? tx('Signature') : tx('Signature (optional)')}
          htmlFor="signatureId"
          error={errors.signatureId}
        >
          <Select id="signatureId" value={signatureId} onChange={(e) => (setSignatureId(e.target.value), reset())}>
            {region === 'international' ? <option value="">{tx('No signature')}</option> : null}
            {signatures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.content}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tx('Template')} htmlFor="templateId" error={errors.templateId}>
          <Select id="templateId" value={templateId} onChange={(e) => (setTemplateId(e.target.value), reset())}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} (#{t.id})
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {template ? (
        <p className="rounded-sm bg-slate-50 p-3 text-sm" data-testid="template-content" translate="no">
          {template.content}
        </p>
      ) : null}
      <CampaignFields region={region} errors={errors} />
      <SendTimeFields send={send} onSend={setSend} errors={errors} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{tx('Recipients')}</legend>
        <div className="flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="recipients"
              checked={recipients === 'file'}
              onChange={() => (setRecipients('file'), reset())}
            />{' '}
            {tx('Upload file')}
          </label>
          <label className={`flex items-center gap-2 ${hasVariables ? 'text-slate-400' : ''}`}>
            <input
              type="radio"
              name="recipients"
              disabled={hasVariables}
              checked={recipients === 'typed'}
              onChange={() => (setRecipients('typed'), reset())}
            />{' '}
            {tx('Enter numbers')} {hasVariables ? tx('(templates without variables only)') : ''}
          </label>
          <label className={`flex items-center gap-2 ${hasVariables ? 'text-slate-400' : ''}`}>
            <input
              type="radio"
              name="recipients"
              disabled={hasVariables}
              checked={recipients === 'group'}
              onChange={() => (setRecipients('group'), reset())}
            />{' '}
            {tx('Select customer group')}
          </label>
        </div>
        {recipients === 'file' ? (
          <>
            <Field
              label={tx('Recipient file (CSV or XLSX, at most 30 MB and 1,000,000 rows)')}
              htmlFor="file"
              error={errors.file}
            >
              <input
                id="file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className="block text-sm"
                onChange={(e) => (setFile(e.target.files?.[0] ?? null), reset())}
              />
            </Field>
            {fp.loading ? <p className="text-xs text-slate-500">{tx('Reading the first rows…')}</p> : null}
            {fp.error ? (
              <p role="alert" className="text-xs text-red-600">
                {fp.error}
              </p>
            ) : null}
            {fp.preview ? (
              <ColumnMapper
                preview={fp.preview}
                mapping={fp.mapping}
                onChange={(m) => (
                  fp.setMapping(m),
                  reset(),
                  setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'mapping')))
                )}
                saved={savedMappings}
                deleteSaved={deleteColumnMappingAction}
                saveAs={saveAs}
                onSaveAs={setSaveAs}
                error={errors.mapping}
              />
            ) : null}
            <p className="text-xs text-slate-500">
              {region === 'international'
                ? tx('Columns: phone, then one column per variable; numbers with their country code (+852…).')
                : tx('Columns: phone, then one column per variable.')}{' '}
              {tx('Standard file for this template:')}{' '}
              <a className="text-brand-500 underline" href={`/api/templates/${templateId}/standard-file?format=csv`}>
                CSV
              </a>{' '}
              ·{' '}
              <a className="text-brand-500 underline" href={`/api/templates/${templateId}/standard-file?format=xlsx`}>
                XLSX
              </a>
            </p>
          </>
        ) : recipients === 'group' ? (
          <Field
            label={tx('Customer group')}
            htmlFor="groupId"
            error={errors.groupId}
            hint={
              groups.length === 0
                ? tx('No customer groups of this message type yet.')
                : tx('The group’s numbers when you click Confirm Send become the task’s recipients.')
            }
          >
            <Select
              id="groupId"
              value={groupId}
              onChange={(e) => (setGroupId(e.target.value), reset())}
              invalid={!!errors.groupId}
            >
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name} ({g.count} {tx('numbers)')}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field label={tx('Numbers, one per line (at most 100)')} htmlFor="numbers" error={errors.numbers}>
            <TextArea
              id="numbers"
              rows={5}
              value={numbers}
              onChange={(e) => (setNumbers(e.target.value), reset())}
              invalid={!!errors.numbers}
            />
          </Field>
        )}
        <Button variant="secondary" disabled={busy || fp.loading} onClick={check}>
          {busy && !report ? tx('Checking…') : tx('Upload and check')}
        </Button>
      </fieldset>
      {report ? (
        <>
          <ImportReportView report={report} />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)} className="mt-1" />
            <span>
              {tx(
                'I confirm these recipients agreed to receive these messages and that the sending costs are paid by my account.',
              )}
            </span>
          </label>
          {errors.acknowledged ? (
            <p role="alert" className="text-xs text-red-600">
              {errors.acknowledged}
            </p>
          ) : null}
        </>
      ) : null}
      <FormMessage message={message} />
      <Button type="submit" disabled={busy || !report || report.import.validRows === 0}>
        {tx('Confirm Send')}
      </Button>
    </form>
  );
}
