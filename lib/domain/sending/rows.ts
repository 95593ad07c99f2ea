// Recipient rows (R-SND-1, R-SND-2, R-CMP-1): the file layout and the check of one row.
// Pure and fast: this runs once per row of a million-row file.
import { measureMessage } from '../billing/measure';
import { normalizePhone } from '../phone/normalize';
import { namedVariables, renderTemplate, variableCount } from '../sms/template';
import type { IdentityType } from '@/db/enums';

/** At most this many rows per file and typed numbers per task (R-SND-1). */
export const MAX_FILE_ROWS = 1_000_000;
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
export const MAX_TYPED_NUMBERS = 100;

const PHONE_HEADER = /^(phone|mobile|phone ?number|mobile ?number|number|tel|telephone|手机|手机号|手机号码|号码|电话|电话号码)$/i;

export interface Layout {
  hasHeader: boolean;
  phoneIndex: number;
  /** Column of each `{n}` variable (index n-1) or `${name}` variable. */
  numbered: number[];
  named: Record<string, number>;
}

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; message: string };

/** The columns the template needs: `{1}…{n}` count and `${name}` names. */
export function templateNeeds(content: string): { numbered: number; named: string[] } {
  return { numbered: variableCount(content), named: namedVariables(content) };
}

function numberedHeaderIndex(header: string[], n: number): number {
  const names = [`variable${n}`, `variable ${n}`, `var${n}`, `{${n}}`, `变量${n}`, `参数${n}`, `param${n}`];
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/**
 * Works out the layout from the first row. Standard layout: phone first, then variable 1..N
 * (or columns named after `${name}` variables); a header row is recognised by a phone-like
 * title such as "phone" or "手机号码".
 */
export function detectLayout(firstRow: string[], needs: { numbered: number; named: string[] }): LayoutResult {
  const cells = firstRow.map((c) => String(c ?? '').trim());
  const phoneHeader = cells.findIndex((c) => PHONE_HEADER.test(c));
  if (phoneHeader === -1) {
    if (needs.named.length > 0) return { ok: false, message: 'The file needs a header row with a phone column and a column for each ${name} variable.' };
    const first = cells[0] ?? '';
    if (!/^[+\d\s()-]{5,}$/.test(first)) return { ok: false, message: 'No phone column: put the numbers in the first column, or add a header with a "phone" column.' };
    return { ok: true, layout: { hasHeader: false, phoneIndex: 0, numbered: Array.from({ length: needs.numbered }, (_, i) => i + 1), named: {} } };
  }
  // Variables by their header name, else the other columns in order.
  const others = cells.map((_, i) => i).filter((i) => i !== phoneHeader);
  const numbered: number[] = [];
  for (let n = 1; n <= needs.numbered; n++) {
    const byName = numberedHeaderIndex(cells, n);
    numbered.push(byName >= 0 ? byName : others[n - 1] ?? cells.length + n);
  }
  const named: Record<string, number> = {};
  for (const name of needs.named) {
    const idx = cells.findIndex((c) => c === name || c.toLowerCase() === name.toLowerCase());
    if (idx === -1) return { ok: false, message: `No column named "${name}" for the variable \${${name}}.` };
    named[name] = idx;
  }
  return { ok: true, layout: { hasHeader: true, phoneIndex: phoneHeader, numbered, named } };
}

export interface RowContext {
  region: 'mainland' | 'international';
  content: string;
  signature?: string;
  identity: IdentityType;
  needs: { numbered: number; named: string[] };
  /** Billed count when the template has no variables (the same for every row). */
  fixedBillable: number | null;
}

export function rowContext(input: Omit<RowContext, 'needs' | 'fixedBillable'>): RowContext {
  const needs = templateNeeds(input.content);
  const fixedBillable =
    needs.numbered === 0 && needs.named.length === 0 ? measureMessage({ body: input.content, signature: input.signature, region: input.region }).billable : null;
  return { ...input, needs, fixedBillable };
}

export type RowResult =
  | { ok: true; phone: string; isoCountry: string; key: number; vars: string | null; billable: number }
  | { ok: false; reason: string };

/** Checks one data row: the number for the region, the variables for the template, the billed count. */
export function checkRow(cells: readonly unknown[], layout: Layout, ctx: RowContext): RowResult {
  const raw = String(cells[layout.phoneIndex] ?? '').trim();
  if (raw === '') return { ok: false, reason: 'The phone number is empty.' };
  const phone = normalizePhone(raw, ctx.region);
  if (!phone.ok) return { ok: false, reason: `${phone.message} (${phone.code})` };
  const key = Number(phone.e164.slice(1));
  if (ctx.fixedBillable !== null) return { ok: true, phone: phone.e164, isoCountry: phone.isoCountry, key, vars: null, billable: ctx.fixedBillable };
  let values: string[] | Record<string, string>;
  let vars: string;
  if (ctx.needs.named.length > 0) {
    const rec: Record<string, string> = {};
    for (const [name, idx] of Object.entries(layout.named)) rec[name] = String(cells[idx] ?? '').trim();
    layout.numbered.forEach((idx, i) => (rec[String(i + 1)] = String(cells[idx] ?? '').trim()));
    values = rec;
    vars = JSON.stringify(rec);
  } else {
    const arr = layout.numbered.map((idx) => String(cells[idx] ?? '').trim());
    values = arr;
    vars = JSON.stringify(arr);
  }
  const empty = layout.numbered.findIndex((idx) => String(cells[idx] ?? '').trim() === '');
  if (empty >= 0) return { ok: false, reason: `Variable {${empty + 1}} is empty.` };
  for (const [name, idx] of Object.entries(layout.named)) if (String(cells[idx] ?? '').trim() === '') return { ok: false, reason: `Variable \${${name}} is empty.` };
  const rendered = renderTemplate(ctx.content, values, ctx.identity);
  if (!rendered.ok) return { ok: false, reason: `${rendered.message} (${rendered.code})` };
  const m = measureMessage({ body: rendered.text, signature: ctx.signature, region: ctx.region });
  if (m.tooLong) return { ok: false, reason: `The message would be ${m.length} characters; at most 500 (1017).` };
  return { ok: true, phone: phone.e164, isoCountry: phone.isoCountry, key, vars, billable: m.billable };
}
