import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, parsePolicyDocument, PRESET_POLICIES } from './policy-document';
import { evaluatePolicies } from './policy';

const UIN = 100000000001;

describe('policy documents (R-CAM-1, R-CAM-2)', () => {
  it('the read-only preset allows reads and nothing that changes', () => {
    const ro = PRESET_POLICIES.QcloudSMSReadOnlyAccess.statements;
    expect(evaluatePolicies(ro, 'DescribeAppList', '*', UIN)).toBe(true);
    expect(evaluatePolicies(ro, 'DescribeStatisticQuery', '*', UIN)).toBe(true);
    expect(evaluatePolicies(ro, 'CreateAppInfo', '*', UIN)).toBe(false);
    expect(evaluatePolicies(ro, 'SendSms', `qcs::sms::uin/${UIN}:app/1400100001`, UIN)).toBe(false);
    expect(
      evaluatePolicies(
        PRESET_POLICIES.QcloudSMSFullAccess.statements,
        'SendSms',
        `qcs::sms::uin/${UIN}:app/1400100001`,
        UIN,
      ),
    ).toBe(true);
  });

  it('parses a valid custom policy built by the form builder', () => {
    const text = buildPolicyDocument([
      {
        effect: 'allow',
        action: ['name/sms:SendSms', 'name/sms:DescribeAppList'],
        resource: [`qcs::sms::uin/${UIN}:app/1400100001`, '*'],
      },
      { effect: 'deny', action: ['name/sms:*'], resource: [`qcs::sms::uin/${UIN}:app/*`] },
    ]);
    const res = parsePolicyDocument(text, UIN);
    expect(res.ok).toBe(true);
    expect(res.ok && res.statements).toHaveLength(2);
  });

  it('reports each problem with its line', () => {
    const text = [
      '{',
      '  "version": "1.0",',
      '  "statement": [{',
      '    "effect": "permit",',
      '    "action": ["name/sms:Launch"],',
      '    "resource": ["qcs::sms::uin/999:app/*", "app/1"]',
      '  }]',
      '}',
    ].join('\n');
    const res = parsePolicyDocument(text, UIN);
    expect(res).toEqual({
      ok: false,
      errors: [
        { line: 2, message: '"version" must be "2.0".' },
        { line: 4, message: 'Statement 1: "effect" must be "allow" or "deny".' },
        {
          line: 5,
          message: 'Statement 1: unknown action "name/sms:Launch" (use "name/sms:*" or "name/sms:<Action>").',
        },
        {
          line: 6,
          message:
            'Statement 1: resource "qcs::sms::uin/999:app/*" belongs to another account (yours is uin 100000000001).',
        },
        { line: 6, message: `Statement 1: resource "app/1" must be "*" or "qcs::sms::uin/${UIN}:app/<SdkAppId>".` },
      ],
    });
  });

  it('points at the line of a JSON syntax error, and refuses empty or odd shapes', () => {
    const res = parsePolicyDocument('{\n  "version": "2.0",\n  "statement": [\n    {"effect": "allow",,}\n  ]\n}', UIN);
    expect(res).toEqual({ ok: false, errors: [{ line: 4, message: 'This is not valid JSON here.' }] });
    expect(parsePolicyDocument('[]', UIN)).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'A policy is a JSON object with "version" and "statement".' }],
    });
    expect(parsePolicyDocument('{"version":"2.0","statement":[]}', UIN)).toEqual({
      ok: false,
      errors: [{ line: 1, message: '"statement" must be a non-empty list.' }],
    });
    expect(parsePolicyDocument('{"version":"2.0","statement":[1]}', UIN)).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'Statement 1 must be an object.' }],
    });
    const empty = parsePolicyDocument('{"version":"2.0","statement":[{"effect":"allow"}]}', UIN);
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.errors.map((e) => e.message)).toEqual([
      'Statement 1: "action" must be a non-empty list.',
      'Statement 1: "resource" must be a non-empty list.',
    ]);
    expect(
      parsePolicyDocument('{"statement":[{"effect":"allow","action":["name/sms:*"],"resource":["*"]}]}', UIN),
    ).toEqual({ ok: false, errors: [{ line: 1, message: '"version" must be "2.0".' }] });
  });

  it('finds the line from either form of JSON error message', () => {
    // Node prints "at position N" (older) or "(line L column C)" (newer): both are understood.
    const unterminated = parsePolicyDocument('{\n"version": "2.0",\n"statement": [', UIN);
    expect(unterminated.ok).toBe(false);
    expect(!unterminated.ok && unterminated.errors[0].line).toBe(3);
  });
});
