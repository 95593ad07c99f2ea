// Both languages carry every key, the navigation is translated, and every key the
// translated code asks for exists (a missing key fails here, not in front of a user).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en-US.json';
import zh from '@/messages/zh-CN.json';
import { navFor } from '@/components/layout/nav';
import { localeFromAcceptLanguage } from './locales';
import zhText from './zh-CN.text.json';
import { serverText as textFor } from './text-server';
import { KIND_LABELS } from '@/lib/server/content/reviewed';
import { ALARM_EVENT_LABELS } from '@/lib/domain/alarms/contacts';
import { REGION_LABELS } from '@/app/(console)/[region]/region';
import { ACCOUNT_STATUSES } from '@/db/enums';
import { PRESET_POLICIES } from '@/lib/domain/access/policy-document';
import { MONTHLY_BILL_HEADER } from '@/lib/server/money/monthly-bill';
import { CARRIER_CODES, ERROR_CODES } from '@/lib/domain/errors';

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

/** Every `t('key')` of a file whose translator comes from useTranslations('ns') / getTranslations('ns'). */
function usedKeys(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\('([\w.]+)'\)/g)) {
    const [, name, ns] = m;
    for (const call of src.matchAll(new RegExp(`\\b${name}\\('([^']+)'`, 'g'))) out.push(`${ns}.${call[1]}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name.startsWith('.') ? [] : sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every English text a file shows through tx('…'), marks with uiText('…') (i18n/text.ts) or stores with notice('…') (lib/domain/notices.ts). */
function shownTexts(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/\b(?:tx|uiText|notice|fillText)\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((m) =>
    m[2].replace(/\\(.)/g, '$1'),
  );
}

/**
 * Messages the server sends a person (refusals, field errors): every sentence literal of
 * lib/domain, lib/schemas and lib/server, except the cloud API (its messages are Tencent's, in English),
 * metric help texts, the demo data and SQL.
 */
function serverMessages(file: string): string[] {
  if (
    !/^lib\/(domain|server|schemas)\//.test(file) ||
    /^lib\/server\/cloud-api\/|\/metrics\.ts$|\/demo-content\.ts$/.test(file)
  )
    return [];
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/'([A-Z][^'\n`]{6,}[.?!])'/g)]
    .map((m) => m[1])
    .filter((t) => !/^(SELECT|INSERT|UPDATE|DELETE) /.test(t) && !t.includes('${'));
}

/** Texts shown through tx(variable): the label tables and the few values a page passes on. */
const DYNAMIC_TEXTS = [
  ...Object.values(KIND_LABELS),
  ...Object.values(ALARM_EVENT_LABELS),
  ...Object.values(REGION_LABELS),
  'Enterprise',
  'Individual', // identity types (admin → accounts)
  'approved',
  'rejected',
  'pending',
  'refused', // review decisions and refund states
  'purchased',
  'gift', // package kinds (finance → packages)
  ...['enabled', 'disabled'], // application states inside messages ("The application is already {status}.")
  ...ACCOUNT_STATUSES, // finance overview
  'order',
  'refund',
  'intl_charge',
  'system', // cash ledger references and the system actor (billing)
  'Demo opening balance', // the demo seed's opening credit (db/seed.ts), read back through tx.message
  ...MONTHLY_BILL_HEADER, // the monthly bill export's header row
  ...['Queued', 'Sent', 'Failed', 'Pending', 'Submitted', 'Delivered', 'Undelivered'], // alarm delivery and message states (admin → alarms)
  ...Object.values(ERROR_CODES),
  ...Object.values(CARRIER_CODES), // failure reasons (records, failure and receipt analysis, task details)
  ...Object.values(PRESET_POLICIES).map((p) => p.description), // access → policies
  ...['Effective', 'Pending effect', 'Expired', 'Used up', 'Refund pending', 'Refunded', 'Voided'], // package states, capitalised (packages)
];

describe('interface languages (R-UI-4)', () => {
  it('every text the pages show has its Chinese, and the table holds nothing unused', () => {
    const files = [...sourceFiles('app'), ...sourceFiles('components'), ...sourceFiles('lib')];
    const shown = new Set([...files.flatMap(shownTexts), ...files.flatMap(serverMessages), ...DYNAMIC_TEXTS]);
    expect(shown.size).toBeGreaterThan(800);
    const table = zhText as Record<string, string>;
    expect([...shown].filter((k) => !table[k])).toEqual([]);
    expect(Object.keys(table).filter((k) => !shown.has(k))).toEqual([]);
    // Placeholders survive translation, so values land in the Chinese sentence too.
    for (const [en, zh] of Object.entries(table))
      expect(zh.match(/\{\w+\}/g)?.sort() ?? [], en).toEqual(en.match(/\{\w+\}/g)?.sort() ?? []);
  });

  it('English shows as written, Chinese from the table, values fill either', () => {
    expect(textFor('en-US')('Page {page} of {pages}', { page: 2, pages: 9 })).toBe('Page 2 of 9');
    expect(textFor('zh-CN')('Page {page} of {pages}', { page: 2, pages: 9 })).toBe('第 2 / 9 页');
    expect(textFor('zh-CN')('Signature')).toBe('签名');
    expect(textFor('zh-CN')('a text nobody wrote down')).toBe('a text nobody wrote down');
    expect(textFor('zh-CN').country('HK', 'Hong Kong (China)')).toBe('中国香港');
    expect(textFor('zh-CN').country('US', 'United States')).toBe('美国');
    expect(textFor('en-US').country('US', 'United States')).toBe('United States');
  });

  it('server messages reach the reader in their language, filled templates included', () => {
    const zh = textFor('zh-CN');
    expect(zh.message('Enter a valid 18-character unified social credit code.')).toBe(
      '请输入有效的 18 位统一社会信用代码。',
    );
    // "Enter at least {n} characters." from the field-word map, with its number.
    expect(zh.message('Enter at least 8 characters.')).toBe('请至少输入 8 个字符。');
    expect(zh.message('Too many attempts. Try again in 4 minutes.')).toBe('尝试次数过多，请 4 分钟后再试。');
    // Line by line (a lint list), and a message nobody translated stays English.
    expect(zh.message('Fill in this field.\nA message nobody translated.')).toBe(
      '请填写此项。\nA message nobody translated.',
    );
    expect(textFor('en-US').message('Enter at least 8 characters.')).toBe('Enter at least 8 characters.');
    // Names and ledger notes the console writes read back the same way; the most specific template wins.
    expect(zh.message('Gift: 1,000 messages (activation)')).toBe('赠送：1,000 条（开通）');
    expect(zh.message('Gift: 100 messages (2026-11)')).toBe('赠送：100 条（2026-11）');
    expect(zh.message('Package order 12')).toBe('套餐包订单 12');
    // A refused refund line: the template and the reason it carries are both translated.
    expect(zh.message('Package #3: More than 3 months since purchase.')).toBe('套餐包 #3：购买已超过 3 个月。');
    // A value the table knows is translated inside the sentence; a name is not.
    expect(zh.message('Choose a mainland template.')).toBe('请选择国内模板。');
    expect(zh.message('Variable {2} is empty.')).toBe('变量 {2} 为空。');
  });

  it('zh-CN and en-US have the same keys, none empty', () => {
    expect(keys(zh as Tree).sort()).toEqual(keys(en as Tree).sort());
    for (const k of keys(zh as Tree))
      expect(
        k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], zh),
        k,
      ).not.toBe('');
  });

  it('R-UI-1: the navigation mirrors the console for customers; staff get Review, Finance, Admin', () => {
    expect(navFor('owner').map((s) => s.label)).toEqual([
      null,
      'Mainland China SMS',
      'Statistical Analysis',
      'Package Management',
      'International SMS',
      'Marketing Management',
      'Application Management',
      'General Management',
      'Access Management',
    ]);
    expect(
      navFor('owner')
        .find((s) => s.label === 'Mainland China SMS')!
        .items.map((i) => i.label),
    ).toEqual(['Qualifications', 'Signatures', 'Body Templates', 'Bulk SMS']);
    expect(navFor('reviewer').flatMap((s) => s.items.map((i) => i.href))).toContain('/review');
    expect(navFor('finance').flatMap((s) => s.items.map((i) => i.href))).toContain('/finance');
    expect(navFor('admin').flatMap((s) => s.items.map((i) => i.href))).toEqual(
      expect.arrayContaining(['/admin/accounts', '/admin/channels']),
    );
    expect(
      navFor('owner')
        .flatMap((s) => s.items.map((i) => i.href))
        .filter((h) => /^\/(review|finance|admin)/.test(h)),
    ).toEqual([]);
  });

  it('every navigation label of every role is translated, with the console’s Chinese terms', () => {
    for (const role of ['owner', 'subuser', 'reviewer', 'finance', 'admin'] as const) {
      for (const s of navFor(role))
        for (const label of [s.label, ...s.items.map((i) => i.label)].filter(Boolean) as string[])
          expect(zh.nav, label).toHaveProperty([label]);
    }
    expect(zh.nav).toMatchObject({
      Signatures: '签名管理',
      'Body Templates': '正文模板管理',
      Qualifications: '资质管理',
      'Bulk SMS': '群发短信',
      Packages: '套餐包',
    });
  });

  it('every key the translated code uses exists', () => {
    const used = [...sourceFiles('app'), ...sourceFiles('components')].flatMap(usedKeys);
    expect(used.length).toBeGreaterThan(20);
    const known = new Set(keys(en as Tree));
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });

  it('before sign-in the browser’s language decides', () => {
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('zh-TW')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en-US');
    expect(localeFromAcceptLanguage('fr;q=0.5,zh;q=0.9')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('')).toBe('en-US');
    expect(localeFromAcceptLanguage(undefined)).toBe('en-US');
  });
});
