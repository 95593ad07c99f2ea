// The pre-submission linter: what a reviewer would reject, said before submitting.
import { fillText } from '@/lib/domain/notices';
import { measureMessage } from '../billing/measure';
import { validateSignature, WARNING_RULES, type SignatureType } from './signature';
import { numberedVariables, namedVariables, validateTemplate, type RuleProblem, type TemplateType } from './template';
import type { IdentityType } from '@/db/enums';

export interface LintFinding extends RuleProblem {
  severity: 'error' | 'warning';
}

/** Template findings: the hard rules as errors, and warnings for links in variables and over-long messages. */
export function lintTemplate(input: {
  content: string;
  type: TemplateType;
  region: 'mainland' | 'international';
  identity: IdentityType;
  signature?: string;
}): LintFinding[] {
  const findings: LintFinding[] = validateTemplate(input).map((p) => ({ ...p, severity: 'error' }));
  if (/(https?:\/\/|www\.)[^\s{}]*\{\d+\}|\{\d+\}\.(com|cn|net|org)\b/i.test(input.content)) {
    findings.push({
      rule: 'R-TPL-6',
      severity: 'warning',
      message:
        'A link is built from a variable; variable values may not be links, and reviewers reject variable links.',
    });
  }
  // Rendered with a 6-character value per variable: over 500 characters cannot be sent.
  const sample = input.content.replace(/\{\d+\}/g, '######');
  const m = measureMessage({ body: sample, signature: input.signature, region: input.region });
  if (m.tooLong) {
    findings.push({
      rule: 'R-BIL-3',
      severity: 'warning',
      message: fillText('With the signature the message is about {length} characters; over 500 cannot be sent.', {
        length: m.length,
      }),
    });
  }
  return findings;
}

/** Signature findings: R-SIG-5 as warnings, the rest as errors. */
export function lintSignature(input: {
  content: string;
  type: SignatureType;
  purpose: 'self' | 'other';
  identity: IdentityType;
  region: 'mainland' | 'international';
}): LintFinding[] {
  return validateSignature(input).map((p) => ({ ...p, severity: WARNING_RULES.has(p.rule) ? 'warning' : 'error' }));
}

/** The variables a template's content uses, as `{n}` labels. */
export function variableLabels(content: string): string[] {
  const numbered = numberedVariables(content)
    .sort((a, b) => a - b)
    .map((n) => `{${n}}`);
  // International campaigns name theirs (R-CMP-1): listed too, not "None".
  return [...numbered, ...namedVariables(content).map((n) => `\${${n}}`)];
}
