import 'server-only';
import type { Db } from '@/db/client';
import { makeContext, type AccountRef } from './context';
import { submitQualification } from './qualifications/submit-qualification';
import { submitSignature } from './signatures/submit-signature';
import { submitTemplate } from './templates/submit-template';
import { decideReview } from './review/review-item';
import { creditCodeCheckChar, idNumberCheckChar } from '@/lib/domain/content/identity-numbers';

/** A 1×1 PNG standing in for the demo's scanned documents. */
const DEMO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const DEMO_TEMPLATES = [
  {
    region: 'mainland',
    name: 'Login verification',
    type: 'verification',
    content: 'Your verification code is {1}, valid for {2} minutes. Do not share it.',
  },
  {
    region: 'mainland',
    name: 'Order shipped',
    type: 'notification',
    content: 'Your order {1} has been shipped by {2}.',
  },
  {
    region: 'mainland',
    name: 'Store notice',
    type: 'notification',
    content: 'Our store opens at 9:00 tomorrow. Welcome!',
  },
  {
    region: 'international',
    name: 'Global verification',
    type: 'verification',
    content: 'Your verification code is {1}. It expires in 5 minutes.',
  },
  { region: 'international', name: 'Global notice', type: 'notification', content: 'Your order {1} has been shipped.' },
] as const;

/**
 * The demo account's effective content, made through the real verbs and a reviewer's
 * decisions: an approved qualification, an effective mainland and international signature,
 * and effective verification and notification templates in both lists.
 */
export function seedDemoContent(db: Db, now: Date, account: AccountRef): void {
  const owner = makeContext({
    db,
    now,
    account,
    actor: { userId: 0, email: 'system@sms.local', name: 'system', role: 'owner', policies: [] },
  });
  const reviewer = makeContext({
    db,
    now,
    account: null,
    actor: { userId: 0, email: 'system@sms.local', name: 'demo reviewer', role: 'reviewer', policies: [] },
  });
  const png = () => ({ name: 'demo.png', bytes: new Uint8Array(DEMO_PNG) });
  const body17 = '91110000MA01DKP12';
  const q = submitQualification(owner, {
    fields: {
      purpose: 'self',
      enterpriseName: account.realName,
      creditCode: body17 + creditCodeCheckChar(body17),
      legalRepName: 'Zhang San',
      legalRepIdNumber: '11010519491231002' + idNumberCheckChar('11010519491231002'),
      adminName: 'Li Si',
      adminIdNumber: '44030419900101001' + idNumberCheckChar('44030419900101001'),
      adminPhone: '13800138000',
    },
    files: { license: png(), legalRepIdFront: png(), legalRepIdBack: png(), adminIdFront: png(), adminIdBack: png() },
  });
  decideReview(reviewer, { kind: 'qualification', id: q.id, revision: 1, decision: 'approve' });
  for (const [region, content] of [
    ['mainland', '演示科技'],
    ['international', 'DemoTech'],
  ] as const) {
    const s = submitSignature(owner, {
      fields: {
        region,
        purpose: 'self',
        type: 'company',
        content,
        notes: '',
        qualificationId: region === 'mainland' ? q.id : undefined,
      },
      files: {},
    });
    decideReview(reviewer, { kind: 'signature', id: s.id, revision: 1, decision: 'approve' });
  }
  for (const t of DEMO_TEMPLATES) {
    const { id } = submitTemplate(owner, { fields: { ...t, notes: 'Demo template' } });
    decideReview(reviewer, { kind: 'template', id, revision: 1, decision: 'approve' });
  }
}
