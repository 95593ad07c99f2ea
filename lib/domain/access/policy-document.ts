// Policy documents of Access Management (R-CAM-1, R-CAM-2): the two presets and the parser of
// custom JSON policies, whose errors name the line they are on.
import { ACTIONS } from './actions';
import type { PolicyStatement } from './policy';

export const PRESET_POLICIES = {
  QcloudSMSFullAccess: {
    description: 'Full access to SMS: every console page, export and API action of the account.',
    statements: [{ effect: 'allow', action: ['name/sms:*'], resource: ['*'] }] as PolicyStatement[],
  },
  QcloudSMSReadOnlyAccess: {
    description: 'Read-only access to SMS: lists, details, statistics and exports; no changes.',
    statements: [
      {
        effect: 'allow',
        action: Object.entries(ACTIONS)
          .filter(([, d]) => d.scope !== 'platform' && d.readOnly)
          .map(([name]) => `name/sms:${name}`),
        resource: ['*'],
      },
    ] as PolicyStatement[],
  },
} as const;

export type PresetPolicyName = keyof typeof PRESET_POLICIES;
export const PRESET_NAMES = Object.keys(PRESET_POLICIES) as PresetPolicyName[];

export interface PolicyError {
  line: number;
  message: string;
}

export type ParsedPolicy = { ok: true; statements: PolicyStatement[] } | { ok: false; errors: PolicyError[] };

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/** Line of the first occurrence of a JSON value (its serialised form), else of a key, else 1. */
function lineOf(text: string, needle: unknown, fallbackKey?: string): number {
  const i = text.indexOf(JSON.stringify(needle));
  if (i >= 0) return lineAt(text, i);
  if (fallbackKey) {
    const k = text.indexOf(`"${fallbackKey}"`);
    if (k >= 0) return lineAt(text, k);
  }
  return 1;
}

/** Where JSON.parse stopped, from its message ("… at position 42" or "(line 3 column 5)"). */
function syntaxErrorLine(text: string, err: unknown): number {
  const msg = String((err as Error)?.message ?? '');
  const line = /line (\d+)/.exec(msg);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(msg);
  return pos ? lineAt(text, Number(pos[1])) : lineAt(text, text.length);
}

const KNOWN = new Set(
  Object.entries(ACTIONS)
    .filter(([, d]) => d.scope !== 'platform')
    .map(([n]) => n),
);

/**
 * Parses a custom policy (R-CAM-2): `{"version":"2.0","statement":[{"effect":"allow"|"deny",
 * "action":["name/sms:*"|"name/sms:<Action>"],"resource":["*"|"qcs::sms::uin/<uin>:app/*"|
 * "qcs::sms::uin/<uin>:app/<SdkAppId>"]}]}`, for the account `uin`. Every problem is reported
 * with its line, so the editor can point at it.
 */
export function parsePolicyDocument(text: string, uin: number): ParsedPolicy {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ line: syntaxErrorLine(text, err), message: 'This is not valid JSON here.' }] };
  }
  const errors: PolicyError[] = [];
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { ok: false, errors: [{ line: 1, message: 'A policy is a JSON object with "version" and "statement".' }] };
  const d = doc as Record<string, unknown>;
  if (d.version !== '2.0')
    errors.push({ line: lineOf(text, d.version ?? null, 'version'), message: '"version" must be "2.0".' });
  if (!Array.isArray(d.statement) || d.statement.length === 0) {
    errors.push({ line: lineOf(text, null, 'statement'), message: '"statement" must be a non-empty list.' });
    return { ok: false, errors };
  }
  const statements: PolicyStatement[] = [];
  d.statement.forEach((raw, i) => {
    const where = `Statement ${i + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push({ line: lineOf(text, null, 'statement'), message: `${where} must be an object.` });
      return;
    }
    const s = raw as Record<string, unknown>;
    if (s.effect !== 'allow' && s.effect !== 'deny')
      errors.push({
        line: lineOf(text, s.effect ?? null, 'effect'),
        message: `${where}: "effect" must be "allow" or "deny".`,
      });
    const actions = Array.isArray(s.action) ? s.action : null;
    if (!actions || actions.length === 0)
      errors.push({ line: lineOf(text, null, 'action'), message: `${where}: "action" must be a non-empty list.` });
    for (const a of actions ?? []) {
      const m = typeof a === 'string' ? /^name\/sms:(.+)$/.exec(a) : null;
      if (!m || (m[1] !== '*' && !KNOWN.has(m[1]))) {
        errors.push({
          line: lineOf(text, a),
          message: `${where}: unknown action ${JSON.stringify(a)} (use "name/sms:*" or "name/sms:<Action>").`,
        });
      }
    }
    const resources = Array.isArray(s.resource) ? s.resource : null;
    if (!resources || resources.length === 0)
      errors.push({ line: lineOf(text, null, 'resource'), message: `${where}: "resource" must be a non-empty list.` });
    for (const r of resources ?? []) {
      const m = typeof r === 'string' ? /^qcs::sms::uin\/(\d+):app\/(\*|1400\d{6})$/.exec(r) : null;
      if (r === '*') continue;
      if (!m)
        errors.push({
          line: lineOf(text, r),
          message: `${where}: resource ${JSON.stringify(r)} must be "*" or "qcs::sms::uin/${uin}:app/<SdkAppId>".`,
        });
      else if (Number(m[1]) !== uin)
        errors.push({
          line: lineOf(text, r),
          message: `${where}: resource ${JSON.stringify(r)} belongs to another account (yours is uin ${uin}).`,
        });
    }
    statements.push({
      effect: s.effect as 'allow' | 'deny',
      action: (actions ?? []) as string[],
      resource: (resources ?? []) as string[],
    });
  });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, statements };
}

/** The JSON a form builder produces for one statement (R-CAM-2 "built with a form builder"). */
export function buildPolicyDocument(statements: PolicyStatement[]): string {
  return JSON.stringify({ version: '2.0', statement: statements }, null, 2);
}
