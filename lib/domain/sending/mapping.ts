// Column mapping of recipient files: which column holds the phone number and
// which fill the template's variables, chosen by the user from a preview or reused from a save.
import { fillText } from '@/lib/domain/notices';
import type { Layout, LayoutResult } from './rows';

export interface ColumnMapping {
  hasHeader: boolean;
  /** 0-based column of the phone number. */
  phone: number;
  /** Column of each variable: `'1'`, `'2'`… for `{n}`, the name for `${name}`. */
  vars: Record<string, number>;
}

/** At most this many columns are offered in the preview (and accepted in a mapping). */
export const MAX_MAPPED_COLUMNS = 50;

/** An account keeps at most this many named column mappings; the import step lists them to delete. */
export const MAX_SAVED_MAPPINGS = 50;

/** `A`, `B`, … `Z`, `AA`: spreadsheet column letters. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The variable keys a template needs, in the order a form asks for them. */
export function variableKeys(needs: { numbered: number; named: string[] }): string[] {
  return [...Array.from({ length: needs.numbered }, (_, i) => String(i + 1)), ...needs.named];
}

const isColumn = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < MAX_MAPPED_COLUMNS;

/** A mapping from untrusted input (a query string, a saved row), or null when malformed. */
export function parseMapping(raw: unknown): ColumnMapping | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (typeof m.hasHeader !== 'boolean' || !isColumn(m.phone)) return null;
  const vars: Record<string, number> = {};
  if (m.vars !== undefined) {
    if (typeof m.vars !== 'object' || m.vars === null || Array.isArray(m.vars)) return null;
    for (const [k, v] of Object.entries(m.vars as Record<string, unknown>)) {
      if (!/^(\d{1,2}|[A-Za-z_][A-Za-z0-9_]{0,31})$/.test(k) || !isColumn(v)) return null;
      vars[k] = v;
    }
  }
  return { hasHeader: m.hasHeader, phone: m.phone, vars };
}

/**
 * The row layout of a mapping for a template: every variable the template needs must have a
 * column, and no variable may read the phone column. The message names what is missing.
 */
export function mappingToLayout(mapping: ColumnMapping, needs: { numbered: number; named: string[] }): LayoutResult {
  const missing = variableKeys(needs).filter((k) => mapping.vars[k] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: fillText('Choose a column for {v0}.', {
        v0: missing.map((k) => (/^\d+$/.test(k) ? `{${k}}` : `\${${k}}`)).join(', '),
      }),
    };
  }
  const onPhone = variableKeys(needs).find((k) => mapping.vars[k] === mapping.phone);
  if (onPhone) return { ok: false, message: 'A variable cannot use the phone number column.' };
  const layout: Layout = {
    hasHeader: mapping.hasHeader,
    phoneIndex: mapping.phone,
    numbered: Array.from({ length: needs.numbered }, (_, i) => mapping.vars[String(i + 1)]),
    named: Object.fromEntries(needs.named.map((n) => [n, mapping.vars[n]])),
  };
  return { ok: true, layout };
}

/** The mapping a detected layout stands for (to prefill the preview). */
export function layoutToMapping(layout: Layout): ColumnMapping {
  const vars: Record<string, number> = {};
  layout.numbered.forEach((col, i) => (vars[String(i + 1)] = col));
  for (const [name, col] of Object.entries(layout.named)) vars[name] = col;
  return { hasHeader: layout.hasHeader, phone: layout.phoneIndex, vars };
}

/** Whether a saved mapping was made for a file with this header row (same titles, case and spaces aside). */
export function sameHeader(saved: readonly string[] | null, firstRow: readonly string[]): boolean {
  if (!saved || saved.length === 0) return false;
  const norm = (cells: readonly string[]) =>
    cells.map((c) =>
      String(c ?? '')
        .trim()
        .toLowerCase(),
    );
  const a = norm(saved);
  const b = norm(firstRow);
  while (b.length > a.length && b[b.length - 1] === '') b.pop();
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
