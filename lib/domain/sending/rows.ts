// Recipient rows (R-SND-1, R-SND-2, R-CMP-1): the file layout and the check of one row.
// Pure and fast: this runs once per row of a million-row file.
import { fillText } from '@/lib/domain/notices';
import { measureMessage } from '../billing/measure';
import { normalizePhone } from '../phone/normalize';
import { compileTemplate, measureFilled, valueProblem, type CompiledTemplate } from '../sms/compiled-template';
import { namedVariables, variableCount } from '../sms/template';
import type { IdentityType } from '@/db/enums';

/** At most this many rows per file and typed numbers per task (R-SND-1). */
export const MAX_FILE_ROWS = 1_000_000;
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
export const MAX_TYPED_NUMBERS = 100;

const PHONE_HEADER =
  /^(phone|mobile|phone ?number|mobile ?number|number|tel|telephone|手机|手机号|手机号码|号码|电话|电话号码)$/i;

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
    if (needs.named.length > 0)
      return {
        ok: false,
        message: 'The file needs a header row with a phone column and a column for each ${name} variable.',
      };
    const first = cells[0] ?? '';
    if (!/^[+\d\s()-]{5,}$/.test(first))
      return {
        ok: false,
        message: 'No phone column: put the numbers in the first column, or add a header with a "phone" column.',
      };
    return {
      ok: true,
      layout: {
        hasHeader: false,
        phoneIndex: 0,
        numbered: Array.from({ length: needs.numbered }, (_, i) => i + 1),
        named: {},
      },
    };
  }
  // Variables by their header name, else the other columns in order.
  const others = cells.map((_, i) => i).filter((i) => i !== phoneHeader);
  const numbered: number[] = [];
  for (let n = 1; n <= needs.numbered; n++) {
    const byName = numberedHeaderIndex(cells, n);
    numbered.push(byName >= 0 ? byName : (others[n - 1] ?? cells.length + n));
  }
  const named: Record<string, number> = {};
  for (const name of needs.named) {
    const idx = cells.findIndex((c) => c === name || c.toLowerCase() === name.toLowerCase());
    if (idx === -1)
      return {
        ok: false,
        message: fillText('No column named "{name}" for the variable ${{name2}}.', { name, name2: name }),
      };
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
  compiled: CompiledTemplate;
}

export function rowContext(input: Omit<RowContext, 'needs' | 'fixedBillable' | 'compiled'>): RowContext {
  const needs = templateNeeds(input.content);
  const fixedBillable =
    needs.numbered === 0 && needs.named.length === 0
      ? measureMessage({ body: input.content, signature: input.signature, region: input.region }).billable
      : null;
  return { ...input, needs, fixedBillable, compiled: compileTemplate(input.content) };
}

const MAINLAND_FAST = /^1[3-9]\d{9}$/;

/** A cell as trimmed text (parsers give strings; anything else is converted). */
function cellAt(cells: readonly unknown[], i: number): string {
  const v = cells[i];
  return typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim();
}

/** A kept row: `key` is the number's E.164 digits (8613812345678), the phone is `+${key}`. */
export type RowResult =
  { ok: true; isoCountry: string; key: number; vars: string | null; billable: number } | { ok: false; reason: string };

/** Checks one data row: the number for the region, the variables for the template, the billed count. */
export function checkRow(cells: readonly unknown[], layout: Layout, ctx: RowContext): RowResult {
  const raw = cellAt(cells, layout.phoneIndex);
  if (raw === '') return { ok: false, reason: 'The phone number is empty.' };
  let isoCountry: string;
  let key: number;
  if (ctx.region === 'mainland' && MAINLAND_FAST.test(raw)) {
    // Fast path: the common case of a bare mainland mobile number.
    isoCountry = 'CN';
    key = 8_600_000_000_000 + Number(raw);
  } else {
    const n = normalizePhone(raw, ctx.region);
    if (!n.ok) return { ok: false, reason: `${n.message} (${n.code})` };
    isoCountry = n.isoCountry;
    key = Number(n.e164.slice(1));
  }
  if (ctx.fixedBillable !== null) return { ok: true, isoCountry, key, vars: null, billable: ctx.fixedBillable };

  const numbered: string[] = [];
  for (let i = 0; i < layout.numbered.length; i++) {
    const v = cellAt(cells, layout.numbered[i]);
    if (v === '') return { ok: false, reason: fillText('Variable {{v0}} is empty.', { v0: i + 1 }) };
    const problem = valueProblem(v, ctx.identity);
    if (problem)
      return {
        ok: false,
        reason:
          problem.code === 1048
            ? fillText('Variable {{n}} may not contain a link (1048)', { n: i + 1 })
            : fillText('Variable {{n}} is over 12 characters (1036)', { n: i + 1 }),
      };
    numbered.push(v);
  }
  let named: Record<string, string> | null = null;
  if (ctx.needs.named.length > 0) {
    named = {};
    for (const [name, idx] of Object.entries(layout.named)) {
      const v = cellAt(cells, idx);
      if (v === '') return { ok: false, reason: fillText('Variable ${{name}} is empty.', { name }) };
      const problem = valueProblem(v, ctx.identity);
      if (problem)
        return {
          ok: false,
          reason:
            problem.code === 1048
              ? fillText('Variable ${{name}} may not contain a link (1048)', { name })
              : fillText('Variable ${{name}} is over 12 characters (1036)', { name }),
        };
      named[name] = v;
    }
    numbered.forEach((v, i) => (named![String(i + 1)] = v));
  }
  const m = measureFilled(ctx.compiled, numbered, named, ctx.signature, ctx.region);
  if (m.tooLong)
    return {
      ok: false,
      reason: fillText('The message would be {length} characters; at most 500 (1017).', { length: m.length }),
    };
  return { ok: true, isoCountry, key, vars: JSON.stringify(named ?? numbered), billable: m.billable };
}
