// A template compiled once for a million rows: its literal parts and variable slots, so a row
// is checked and measured without re-parsing the content (R-TPL-6, R-BIL-1).
import { measureMessage, bareSignature } from '../billing/measure';
import { containsLink, INDIVIDUAL_VARIABLE_MAX } from './template';
import type { IdentityType } from '@/db/enums';

export interface CompiledTemplate {
  /** Alternating literal text and variable keys ("1", "2" or a name). */
  literals: string[];
  keys: string[];
  /** For each key: the 0-based index of a numbered variable, or -1 for a named one. */
  indexes: number[];
  literalLength: number;
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\{(\d+)\}/g;

export function compileTemplate(content: string): CompiledTemplate {
  const literals: string[] = [];
  const keys: string[] = [];
  let last = 0;
  for (const m of content.matchAll(VARIABLE)) {
    literals.push(content.slice(last, m.index));
    keys.push(m[1] ?? m[2]);
    last = m.index! + m[0].length;
  }
  literals.push(content.slice(last));
  const indexes = keys.map((k) => (/^\d+$/.test(k) ? Number(k) - 1 : -1));
  return { literals, keys, indexes, literalLength: literals.reduce((s, l) => s + l.length, 0) };
}

/** Fills the variables; `get` returns the value of a key. */
export function fillTemplate(t: CompiledTemplate, get: (key: string) => string): string {
  let out = t.literals[0];
  for (let i = 0; i < t.keys.length; i++) out += get(t.keys[i]) + t.literals[i + 1];
  return out;
}

/** A value that may not be used: a link (1048), or over 12 characters for individuals (1036). */
export function valueProblem(value: string, identity: IdentityType): { code: 1036 | 1048 } | null {
  // Cheap pre-filter: every link has a dot or "://".
  if ((value.includes('.') || value.includes('://')) && containsLink(value)) return { code: 1048 };
  if (identity === 'individual' && value.length > INDIVIDUAL_VARIABLE_MAX) return { code: 1036 };
  return null;
}

const signatureLengths = new Map<string, number>();
/** The counted length of a mainland signature with its 【】, memoised (it is the same for every row). */
function signatureLength(signature: string | undefined): number {
  if (!signature) return 0;
  let n = signatureLengths.get(signature);
  if (n === undefined) {
    n = bareSignature(signature).length + 2;
    signatureLengths.set(signature, n);
  }
  return n;
}

/**
 * Length and billed count of a filled template. Mainland counts UTF-16 units, so the length is
 * the sum of the parts and no string needs building; international falls back to measureMessage.
 */
export function measureFilled(
  t: CompiledTemplate,
  numbered: readonly string[],
  named: Readonly<Record<string, string>> | null,
  signature: string | undefined,
  region: 'mainland' | 'international',
): { length: number; billable: number; tooLong: boolean } {
  if (region === 'international') {
    const body = fillTemplate(t, (k) => (/^\d+$/.test(k) ? numbered[Number(k) - 1] : named?.[k]) ?? '');
    return measureMessage({ body, signature, region });
  }
  let length = t.literalLength + signatureLength(signature);
  for (let i = 0; i < t.keys.length; i++) {
    const idx = t.indexes[i];
    length += (idx >= 0 ? numbered[idx] : named?.[t.keys[i]])?.length ?? 0;
  }
  return { length, billable: length <= 70 ? 1 : Math.ceil(length / 67), tooLong: length > 500 };
}
