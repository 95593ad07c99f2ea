// Uploading a recipient file with its column mapping, the same for a task and a customer group
// (R-SND-2, R-CMP-1): the file is checked in the browser first (chosen, at most 30 MB, a phone
// column picked), posted whole to its route handler, and the mapping saved under a name if asked.
import type { Tx } from '@/i18n/text';
import type { ColumnMapping } from '@/lib/domain/sending/mapping';
import type { FilePreviewData } from './column-mapper';

export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

type Message = { ok: boolean; text: string };
type SaveMapping = (input: {
  name: string;
  mapping: ColumnMapping;
  header: string[] | null;
}) => Promise<{ ok: true } | { ok: false; message: string }>;

export type UploadOutcome<T> =
  { ok: false; errors: Record<string, string>; message: Message | null } | { ok: true; body: T; saved: Message | null };

export async function uploadRecipientFile<T>(
  tx: Tx,
  {
    file,
    preview,
    mapping,
    url,
    params,
    tooLarge,
    saveAs,
    saveMapping,
  }: {
    file: File | null;
    preview: FilePreviewData | null;
    mapping: ColumnMapping | null;
    /** The route handler, e.g. /api/imports. */
    url: string;
    params: Record<string, string>;
    /** What to say about a file over 30 MB (a task suggests splitting it). */
    tooLarge: string;
    /** A name to save the mapping under, or empty. */
    saveAs: string;
    saveMapping: SaveMapping;
  },
): Promise<UploadOutcome<T>> {
  if (!file) return { ok: false, errors: { file: tx('Choose a CSV or XLSX file.') }, message: null };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, errors: { file: tooLarge }, message: null };
  if (preview && (!mapping || mapping.phone < 0))
    return { ok: false, errors: { mapping: tx('Choose the phone number column.') }, message: null };
  const qs = new URLSearchParams(params);
  if (mapping) qs.set('mapping', JSON.stringify(mapping));
  const res = await fetch(`${url}?${qs}`, { method: 'POST', body: file });
  const body = await res.json();
  if (!res.ok)
    return {
      ok: false,
      errors: { file: body.error, ...(body.fieldErrors ?? {}) },
      message: { ok: false, text: body.error },
    };
  let saved: Message | null = null;
  if (saveAs.trim() && mapping && preview) {
    const res = await saveMapping({ name: saveAs, mapping, header: mapping.hasHeader ? preview.rows[0] : null });
    saved = res.ok
      ? { ok: true, text: tx('Column mapping saved as "{name}".', { name: saveAs.trim() }) }
      : { ok: false, text: res.message };
  }
  return { ok: true, body: body as T, saved };
}
