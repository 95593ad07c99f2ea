// Signatures (R-SIG-1, R-SIG-2, R-SIG-5).
import type { IdentityType } from '@/db/enums';
import type { RuleProblem } from './template';

export const SIGNATURE_TYPES = ['company', 'app', 'website', 'wechat', 'trademark', 'government'] as const;
export type SignatureType = (typeof SIGNATURE_TYPES)[number];

/** R-SIG-2: individuals may use app, website and WeChat signatures only. */
export const SIGNATURE_TYPES_BY_IDENTITY: Record<IdentityType, readonly SignatureType[]> = {
  enterprise: SIGNATURE_TYPES,
  individual: ['app', 'website', 'wechat'],
};

/** R-SIG-2: types whose application notes are required. */
export const NOTES_REQUIRED_TYPES: readonly SignatureType[] = ['app', 'website', 'wechat'];

/** R-SIG-5 problems are warnings: the console warns, the reviewer decides. */
export const WARNING_RULES: ReadonlySet<string> = new Set(['R-SIG-5']);

const GENERIC_WORDS = [
  'test',
  'testing',
  'demo',
  '测试',
  '验证码',
  '通知',
  '短信',
  '提醒',
  '公告',
  '系统',
  '客服',
  '官方',
  'sms',
  'notice',
  'verify',
  'code',
];

/** R-SIG-5: content a reviewer would reject as not identifying the sender. */
export function isNonIdentifiable(content: string): boolean {
  const c = content.trim().toLowerCase();
  if (GENERIC_WORDS.includes(c)) return true;
  if (/^\d+$/.test(c)) return true;
  const chars = [...c];
  const distinct = new Set(chars);
  if (distinct.size === 1) return true; // aaaa
  // aabb / abab / abcabc: a short pattern repeated
  if (distinct.size <= 2 && chars.length >= 4) return true;
  for (let size = 1; size <= chars.length / 2; size++) {
    if (
      chars.length % size === 0 &&
      c ===
        chars
          .slice(0, size)
          .join('')
          .repeat(chars.length / size)
    )
      return true;
  }
  return false;
}

/** Content and type problems of a signature; R-SIG-5 entries are warnings. */
export function validateSignature(input: {
  content: string;
  type: SignatureType;
  purpose: 'self' | 'other';
  identity: IdentityType;
  region: 'mainland' | 'international';
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const content = input.content.trim();
  if (/[【】[\]]/.test(content)) {
    problems.push({
      rule: 'R-SIG-1',
      message: 'Enter the signature without brackets; 【】 or [] are added when sending.',
    });
  } else if (!/^[\p{Script=Han}A-Za-z0-9]{2,12}$/u.test(content)) {
    problems.push({ rule: 'R-SIG-1', message: 'Use 2–12 Chinese characters, letters or digits.' });
  }
  if (!SIGNATURE_TYPES.includes(input.type)) {
    problems.push({ rule: 'R-SIG-2', message: 'Choose a signature type.' });
  } else if (!SIGNATURE_TYPES_BY_IDENTITY[input.identity].includes(input.type)) {
    problems.push({ rule: 'R-SIG-2', message: 'Individual accounts can use app, website or WeChat signatures only.' });
  }
  if (input.purpose !== 'self' && input.purpose !== 'other') {
    problems.push({ rule: 'R-SIG-2', message: 'Choose self-use or other-use.' });
  }
  if (content.length >= 2 && isNonIdentifiable(content)) {
    problems.push({
      rule: 'R-SIG-5',
      message: `"${content}" does not identify the sender; reviewers reject such signatures.`,
    });
  }
  return problems;
}
