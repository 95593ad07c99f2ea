// Body templates (R-TPL-2..4, R-TPL-6, R-TEN-3) and rendering.
import { fillText } from '@/lib/domain/notices';
import type { IdentityType } from '@/db/enums';

export const TEMPLATE_TYPES = ['verification', 'notification', 'marketing'] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export interface RuleProblem {
  rule: string;
  message: string;
}

/** R-TPL-3: content is under 500 characters. */
export const MAX_TEMPLATE_LENGTH = 499;
/** R-TPL-6: individual accounts' variable values are at most 12 characters. */
export const INDIVIDUAL_VARIABLE_MAX = 12;

const NUMBERED = /\{(\d+)\}/g;
const NAMED = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The distinct `{n}` variable numbers in order of first appearance. */
export function numberedVariables(content: string): number[] {
  const seen: number[] = [];
  for (const m of content.replace(NAMED, '').matchAll(NUMBERED)) {
    const n = Number(m[1]);
    if (!seen.includes(n)) seen.push(n);
  }
  return seen;
}

/** The distinct `${name}` variables in order of first appearance (R-CMP-1). */
export function namedVariables(content: string): string[] {
  const seen: string[] = [];
  for (const m of content.matchAll(NAMED)) if (!seen.includes(m[1])) seen.push(m[1]);
  return seen;
}

/** How many values a send must supply for `{n}` variables: the highest number used. */
export function variableCount(content: string): number {
  return Math.max(0, ...numberedVariables(content));
}

/** R-TPL-4: an unsubscribe instruction such as 拒收请回复R, 回T退订 or "Reply R to unsubscribe". */
export function hasUnsubscribeInstruction(content: string): boolean {
  return /退订|拒收|\bunsubscribe\b|\bopt[ -]?out\b|reply\s+(stop|td|t|n|r)\b/i.test(content);
}

const LINK =
  /(https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(com|cn|net|org|io|cc|top|xyz|vip|me|info|co|app|link|ly)(\/\S*)?\b/i;

/** True when the text contains something that reads as a link. */
export function containsLink(text: string): boolean {
  return LINK.test(text);
}

/** Hard rule problems of a template; empty when it may be submitted. */
export function validateTemplate(input: {
  content: string;
  type: TemplateType;
  region: 'mainland' | 'international';
  identity: IdentityType;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const content = input.content;
  if (!TEMPLATE_TYPES.includes(input.type)) {
    problems.push({ rule: 'R-TPL-2', message: 'Choose verification code, notification or marketing.' });
  }
  if (input.type === 'marketing' && input.identity === 'individual') {
    problems.push({ rule: 'R-TEN-3', message: 'Individual accounts cannot create marketing templates.' });
  }
  if (content.trim().length === 0) {
    problems.push({ rule: 'R-TPL-3', message: 'Enter the template content.' });
    return problems;
  }
  if (content.length > MAX_TEMPLATE_LENGTH) {
    problems.push({
      rule: 'R-TPL-3',
      message: fillText('Content must be under 500 characters (now {length}).', { length: content.length }),
    });
  }
  const numbers = numberedVariables(content);
  const max = Math.max(0, ...numbers);
  if (numbers.some((n) => n < 1) || numbers.length !== max) {
    problems.push({ rule: 'R-TPL-3', message: 'Variables must be numbered consecutively from {1}: {1}, {2}, {3}, …' });
  }
  // Named ${name} variables belong to international campaigns (R-CMP-1); mainland uses {1}, {2}, …
  if (input.region === 'mainland' && namedVariables(content).length > 0) {
    problems.push({
      rule: 'R-TPL-3',
      message:
        'Mainland templates number their variables {1}, {2}, …; ${name} variables are for international campaigns.',
    });
  }
  const withoutVariables = content
    .replace(NAMED, '')
    .replace(NUMBERED, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
  if (withoutVariables.length === 0 && (numbers.length > 0 || namedVariables(content).length > 0)) {
    problems.push({ rule: 'R-TPL-3', message: 'The content cannot consist of variables only.' });
  }
  if (input.type === 'marketing' && !hasUnsubscribeInstruction(content)) {
    problems.push({
      rule: 'R-TPL-4',
      message: 'A marketing template must tell how to unsubscribe, e.g. "拒收请回复R" or "Reply R to unsubscribe".',
    });
  }
  return problems;
}

const COUNT_MISMATCH = 'The template needs';

/**
 * Whether a 1014 failure reason is a wrong number of variable values (the cloud API reports it
 * as its own code, CLOUD-API §3.22); the reason is what records keep of a failure.
 */
export function isCountMismatch(reason: string | null | undefined): boolean {
  return !!reason && reason.startsWith(COUNT_MISMATCH);
}

export type RenderResult = { ok: true; text: string } | { ok: false; code: number; message: string };

/**
 * Fills `{n}` (from an array, or a record keyed "1", "2", …) and `${name}` (from a record)
 * variables. Every variable needs a value (1014); no value may be a link (1048); individual
 * accounts' values are at most 12 characters (1036, R-TPL-6).
 */
export function renderTemplate(
  content: string,
  values: string[] | Record<string, string>,
  identity: IdentityType,
): RenderResult {
  const lookup = (key: string): string | undefined =>
    Array.isArray(values) ? (/^\d+$/.test(key) ? values[Number(key) - 1] : undefined) : values[key];
  const needed = [...numberedVariables(content).map(String), ...namedVariables(content)];
  if (Array.isArray(values) && values.length !== variableCount(content)) {
    return {
      ok: false,
      code: 1014,
      message: `${COUNT_MISMATCH} ${variableCount(content)} variable value(s); ${values.length} given.`,
    };
  }
  for (const key of needed) {
    const value = lookup(key);
    const label = /^\d+$/.test(key) ? `{${key}}` : `\${${key}}`;
    if (value === undefined || value === null)
      return { ok: false, code: 1014, message: fillText('Variable {label} has no value.', { label }) };
    if (containsLink(value))
      return { ok: false, code: 1048, message: fillText('Variable {label} may not contain a link.', { label }) };
    if (identity === 'individual' && value.length > INDIVIDUAL_VARIABLE_MAX) {
      return {
        ok: false,
        code: 1036,
        message: fillText('Variable {label} is over {INDIVIDUAL_VARIABLE_MAX} characters.', {
          label,
          INDIVIDUAL_VARIABLE_MAX,
        }),
      };
    }
  }
  const text = content
    .replace(NAMED, (_, name: string) => lookup(name) ?? '')
    .replace(NUMBERED, (_, n: string) => lookup(n) ?? '');
  return { ok: true, text };
}
