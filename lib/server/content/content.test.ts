import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { PNG, JPEG, png, qualificationFields, qualificationFiles, creditCode, idNumber } from '@/lib/testing/content';
import { submitQualification } from '../qualifications/submit-qualification';
import { boundSignatures, getQualification, listQualifications } from '../qualifications/read-qualifications';
import { deleteQualifications } from '../qualifications/delete-qualifications';
import { submitSignature as submitSignatureVerb, MAX_SIGNATURES } from '../signatures/submit-signature';
import { submitTemplate as submitTemplateVerb, MAX_TEMPLATES } from '../templates/submit-template';
import { getSignature, getTemplate, listSignatures, listTemplates, signatureUsable } from './read-content';
import { deleteContent } from './delete-content';
import { readUpload } from './uploads';
import { decideReview, getReviewItem } from '../review/review-item';
import { listReviewQueue } from '../review/review-queue';
import { listNotifications, markNotificationsRead } from '../notifications/notify';
import { contentSummary } from '../overview/content-summary';
import { parseInput } from '@/lib/server/validation';
import { reviewQueueFilter, reviewDecisionInput } from '@/lib/schemas/review';
import { qualificationIds } from '@/lib/schemas/qualifications';
import { signatureFields, templateFields } from '@/lib/schemas/content';
import type { Ctx } from '../context';
import type { IncomingFiles } from './uploads';

// The verbs as their actions call them: the submitted fields checked with their schema first.
const submitSignature = (ctx: Ctx, input: { id?: number; fields: unknown; files: IncomingFiles }) =>
  submitSignatureVerb(ctx, { ...input, fields: parseInput(signatureFields, input.fields) });
const submitTemplate = (ctx: Ctx, input: { id?: number; fields: unknown }) =>
  submitTemplateVerb(ctx, { ...input, fields: parseInput(templateFields, input.fields) });

const OWNER = 'owner@demo.local';
const SOLO = 'solo@demo.local';
const REVIEWER = 'reviewer@sms.local';

beforeAll(() => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-uploads-'));
});

function approvedQualification(w: World, email = OWNER): number {
  const { id } = submitQualification(w.ctxFor(email), { fields: qualificationFields(), files: qualificationFiles() });
  decideReview(
    w.ctxFor(REVIEWER),
    parseInput(reviewDecisionInput, { kind: 'qualification', id, revision: 1, decision: 'approve' }),
  );
  return id;
}

const sig = (over: Record<string, unknown> = {}) => ({
  region: 'mainland',
  purpose: 'self',
  type: 'company',
  content: '腾讯云',
  notes: '',
  ...over,
});

describe('qualifications (R-QUA-1..4)', () => {
  it('R-QUA-1: self-use must carry the account real-name; images are required and checked by content', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    expect(
      codeOf(() =>
        submitQualification(ctx, {
          fields: qualificationFields({ enterpriseName: 'Other Co.' }),
          files: qualificationFiles(),
        }),
      ),
    ).toBe('INVALID_INPUT');
    const { license: _omit, ...noLicense } = qualificationFiles();
    void _omit;
    try {
      submitQualification(ctx, { fields: qualificationFields(), files: noLicense });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ fieldErrors: { license: expect.stringContaining('Upload') } });
    }
    const fake = { name: 'photo.png', bytes: new TextEncoder().encode('not an image at all') };
    expect(
      codeOf(() =>
        submitQualification(ctx, { fields: qualificationFields(), files: { ...qualificationFiles(), license: fake } }),
      ),
    ).toBe('INVALID_INPUT');
    const huge = { name: 'big.png', bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0) };
    huge.bytes.set(PNG.subarray(0, 8));
    expect(
      codeOf(() =>
        submitQualification(ctx, { fields: qualificationFields(), files: { ...qualificationFiles(), license: huge } }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        submitQualification(ctx, {
          fields: qualificationFields({ creditCode: '91110000MA01ABCD10' }),
          files: qualificationFiles(),
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(listQualifications(ctx)).toHaveLength(0);
    // A JPEG named .txt is accepted: the content decides.
    const ok = submitQualification(ctx, {
      fields: qualificationFields(),
      files: { ...qualificationFiles(), license: { name: 'scan.txt', bytes: JPEG } },
    });
    expect(getQualification(ctx, ok.id)).toMatchObject({ status: 'pending', purpose: 'self' });
  });

  it('R-QUA-1: third-party use needs the authorization letter', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const fields = qualificationFields({ purpose: 'third_party', enterpriseName: 'Partner Ltd.' });
    expect(codeOf(() => submitQualification(ctx, { fields, files: qualificationFiles() }))).toBe('INVALID_INPUT');
    expect(
      codeOf(() => submitQualification(ctx, { fields, files: { ...qualificationFiles(), authLetter: png() } })),
    ).toBe('OK');
  });

  it('R-QUA-2/3: approved ones change only licence, legal-representative and administrator fields; edits go back to review', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const id = approvedQualification(w);
    expect(getQualification(ctx, id).status).toBe('approved');
    expect(
      codeOf(() =>
        submitQualification(ctx, {
          id,
          fields: qualificationFields({ purpose: 'third_party', enterpriseName: 'Partner Ltd.' }),
          files: { authLetter: png() },
        }),
      ),
    ).toBe('INVALID_INPUT');
    submitQualification(ctx, {
      id,
      fields: qualificationFields({ legalRepName: 'Wang Wu', creditCode: creditCode('91110000MA01ABCD2') }),
      files: {},
    });
    const q = getQualification(ctx, id);
    expect(q).toMatchObject({ status: 'pending', legalRepName: 'Wang Wu', revision: 2 });
    expect(q.history.map((h) => h.action)).toEqual(['create', 'approve', 'modify']);
    expect(q.history[2].detail).toMatchObject({ changed: expect.arrayContaining(['legalRepName', 'creditCode']) });
    // Rejected: everything editable.
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, {
        kind: 'qualification',
        id,
        revision: 2,
        decision: 'reject',
        reason: 'Blurred licence',
      }),
    );
    submitQualification(ctx, {
      id,
      fields: qualificationFields({ purpose: 'third_party', enterpriseName: 'Partner Ltd.' }),
      files: { authLetter: png() },
    });
    expect(getQualification(ctx, id)).toMatchObject({
      status: 'pending',
      purpose: 'third_party',
      enterpriseName: 'Partner Ltd.',
    });
  });

  it('R-QUA-4: batch delete lists bound signatures, which become unusable', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const qid = approvedQualification(w);
    const other = submitQualification(ctx, { fields: qualificationFields(), files: qualificationFiles() }).id;
    const { id: sid } = submitSignature(ctx, { fields: sig({ qualificationId: qid }), files: {} });
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, { kind: 'signature', id: sid, revision: 1, decision: 'approve' }),
    );
    expect(signatureUsable(getSignature(ctx, sid))).toBe(true);
    expect(boundSignatures(ctx, [qid, other]).map((s) => s.content)).toEqual(['腾讯云']);
    expect(codeOf(() => deleteQualifications(ctx, parseInput(qualificationIds, [qid, 99999])))).toBe('NOT_FOUND');
    expect(listQualifications(ctx)).toHaveLength(2);
    expect(deleteQualifications(ctx, parseInput(qualificationIds, [qid, other]))).toEqual({ deleted: 2 });
    expect(listQualifications(ctx)).toHaveLength(0);
    const s = getSignature(ctx, sid);
    expect(s.status).toBe('effective');
    expect(signatureUsable(s)).toBe(false);
  });
});

describe('individual qualifications (R-QUA-1a)', () => {
  const person = (over: Record<string, unknown> = {}) => ({
    personName: 'Li Wei',
    personIdNumber: idNumber('44030419900101001'),
    ...over,
  });
  const idCard = () => ({ legalRepIdFront: png('front.png'), legalRepIdBack: png('back.png') });

  it('an individual files a self-use qualification in its real name with both sides of the ID card', () => {
    const w = createWorld();
    const ctx = w.ctxFor(SOLO);
    expect(
      codeOf(() => submitQualification(ctx, { fields: person({ personName: 'Someone Else' }), files: idCard() })),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => submitQualification(ctx, { fields: person({ personIdNumber: '123' }), files: idCard() }))).toBe(
      'INVALID_INPUT',
    );
    try {
      submitQualification(ctx, { fields: person(), files: { legalRepIdFront: png() } });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ fieldErrors: { legalRepIdBack: expect.stringContaining('Upload') } });
    }
    expect(listQualifications(ctx)).toHaveLength(0);
    const { id } = submitQualification(ctx, { fields: person(), files: idCard() });
    const q = getQualification(ctx, id);
    expect(q).toMatchObject({
      holder: 'individual',
      purpose: 'self',
      enterpriseName: 'Li Wei',
      legalRepName: 'Li Wei',
      creditCode: null,
      licenseUploadId: null,
      adminName: null,
      status: 'pending',
    });
    expect(q.legalRepIdFrontUploadId).toBeGreaterThan(0);
  });

  it('reviewers decide it like an enterprise one, and the individual’s mainland signatures bind to it', () => {
    const w = createWorld();
    const ctx = w.ctxFor(SOLO);
    const { id } = submitQualification(ctx, { fields: person(), files: idCard() });
    expect(
      listReviewQueue(w.ctxFor(REVIEWER), parseInput(reviewQueueFilter, { kind: 'qualification' })).map((i) => i.id),
    ).toContain(id);
    expect(
      codeOf(() =>
        submitSignature(ctx, {
          fields: sig({ qualificationId: id, type: 'app', content: '小李商店', notes: 'my shop app' }),
          files: {},
        }),
      ),
    ).toBe('INVALID_INPUT');
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, { kind: 'qualification', id, revision: 1, decision: 'approve' }),
    );
    const s = submitSignature(ctx, {
      fields: sig({ qualificationId: id, type: 'app', content: '小李商店', notes: 'my shop app' }),
      files: {},
    });
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, { kind: 'signature', id: s.id, revision: 1, decision: 'approve' }),
    );
    expect(signatureUsable(getSignature(ctx, s.id))).toBe(true);
    // R-QUA-3: once approved, the ID number and images may change, the name may not.
    expect(
      codeOf(() =>
        submitQualification(ctx, { id, fields: person({ personIdNumber: idNumber('11010519491231002') }), files: {} }),
      ),
    ).toBe('OK');
    expect(getQualification(ctx, id).status).toBe('pending');
  });

  it('an enterprise account cannot file an individual one, nor an individual an enterprise one', () => {
    const w = createWorld();
    expect(
      codeOf(() =>
        submitQualification(w.ctxFor(OWNER), {
          fields: person({ personName: 'Demo Tech Co., Ltd.' }),
          files: idCard(),
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        submitQualification(w.ctxFor(SOLO), {
          fields: qualificationFields({ enterpriseName: 'Li Wei' }),
          files: qualificationFiles(),
        }),
      ),
    ).toBe('INVALID_INPUT');
  });
});

describe('signatures (R-SIG-1..6)', () => {
  it('R-SIG-2: mainland needs an approved qualification of the account; notes, proof and letter by type and purpose', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    expect(codeOf(() => submitSignature(ctx, { fields: sig(), files: {} }))).toBe('INVALID_INPUT');
    const pending = submitQualification(ctx, { fields: qualificationFields(), files: qualificationFiles() }).id;
    expect(codeOf(() => submitSignature(ctx, { fields: sig({ qualificationId: pending }), files: {} }))).toBe(
      'INVALID_INPUT',
    );
    const qid = approvedQualification(w);
    expect(codeOf(() => submitSignature(ctx, { fields: sig({ qualificationId: qid, type: 'app' }), files: {} }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() => submitSignature(ctx, { fields: sig({ qualificationId: qid, type: 'trademark' }), files: {} })),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() => submitSignature(ctx, { fields: sig({ qualificationId: qid, purpose: 'other' }), files: {} })),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        submitSignature(ctx, {
          fields: sig({ qualificationId: qid, type: 'trademark', content: '鹅厂' }),
          files: { proof: png() },
        }),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        submitSignature(ctx, {
          fields: sig({ qualificationId: qid, type: 'app', content: '微信', notes: 'WeChat app' }),
          files: {},
        }),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        submitSignature(ctx, {
          fields: sig({ qualificationId: qid, purpose: 'other', content: '合作方' }),
          files: { authLetter: png() },
        }),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        submitSignature(ctx, { fields: sig({ qualificationId: qid, content: '微信', type: 'company' }), files: {} }),
      ),
    ).toBe('CONFLICT');
  });

  it('R-SIG-2/R-TEN-3: individuals cannot use company or trademark signatures', () => {
    const w = createWorld();
    const ctx = w.ctxFor(SOLO);
    const res = (type: string) =>
      codeOf(() =>
        submitSignature(ctx, {
          fields: sig({ region: 'international', type, content: 'LiShop', notes: 'shop app' }),
          files: { proof: png() },
        }),
      );
    expect(res('company')).toBe('INVALID_INPUT');
    expect(res('trademark')).toBe('INVALID_INPUT');
    expect(res('app')).toBe('OK');
  });

  it('R-SIG-5: non-identifiable content is accepted with a warning', () => {
    const w = createWorld();
    const out = submitSignature(w.ctxFor(OWNER), {
      fields: sig({ region: 'international', content: 'test' }),
      files: {},
    });
    expect(out.warnings[0]).toContain('does not identify');
  });

  it('R-SIG-1: at most 50 per account in a list', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    for (let i = 0; i < MAX_SIGNATURES; i++)
      submitSignature(ctx, { fields: sig({ region: 'international', content: `Brand${i}` }), files: {} });
    expect(
      codeOf(() => submitSignature(ctx, { fields: sig({ region: 'international', content: 'OneMore' }), files: {} })),
    ).toBe('LIMIT_REACHED');
    expect(listSignatures(ctx, { region: 'international' })).toHaveLength(MAX_SIGNATURES);
  });

  it('R-SIG-3/4: modify only while pending or rejected (resubmits); delete in any status; R-REV-2: every decision is in the history', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const { id } = submitSignature(ctx, { fields: sig({ region: 'international', content: 'Acme' }), files: {} });
    submitSignature(ctx, { id, fields: sig({ region: 'international', content: 'AcmeCo' }), files: {} });
    expect(getSignature(ctx, id)).toMatchObject({ content: 'AcmeCo', revision: 2, status: 'pending' });
    // The reviewer saw revision 1: the decision is refused.
    expect(
      codeOf(() =>
        decideReview(
          w.ctxFor(REVIEWER),
          parseInput(reviewDecisionInput, { kind: 'signature', id, revision: 1, decision: 'approve' }),
        ),
      ),
    ).toBe('CONFLICT');
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, {
        kind: 'signature',
        id,
        revision: 2,
        decision: 'reject',
        reason: 'Unknown brand',
        suggestion: 'Use the registered name',
      }),
    );
    const rejected = getSignature(ctx, id);
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejectReason: 'Unknown brand',
      rejectSuggestion: 'Use the registered name',
    });
    submitSignature(ctx, { id, fields: sig({ region: 'international', content: 'AcmeGroup' }), files: {} });
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, { kind: 'signature', id, revision: 3, decision: 'approve' }),
    );
    expect(getSignature(ctx, id).status).toBe('effective');
    expect(
      codeOf(() =>
        submitSignature(ctx, { id, fields: sig({ region: 'international', content: 'Changed' }), files: {} }),
      ),
    ).toBe('CONFLICT');
    expect(getSignature(ctx, id).history.map((h) => h.action)).toEqual([
      'create',
      'modify',
      'reject',
      'modify',
      'approve',
      'effective',
    ]);
    deleteContent(ctx, 'signature', id);
    expect(codeOf(() => getSignature(ctx, id))).toBe('NOT_FOUND');
    expect(codeOf(() => deleteContent(ctx, 'signature', id))).toBe('NOT_FOUND');
  });
});

describe('templates (R-TPL-1..5)', () => {
  const tpl = (over: Record<string, unknown> = {}) => ({
    region: 'mainland',
    name: 'Login code',
    type: 'verification',
    content: 'Your code is {1}, valid {2} min.',
    notes: '',
    ...over,
  });
  it('validates content and type by identity', () => {
    const w = createWorld();
    expect(codeOf(() => submitTemplate(w.ctxFor(OWNER), { fields: tpl({ content: '{1}{2}' }) }))).toBe('INVALID_INPUT');
    expect(
      codeOf(() => submitTemplate(w.ctxFor(OWNER), { fields: tpl({ type: 'marketing', content: 'Sale today!' }) })),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        submitTemplate(w.ctxFor(OWNER), { fields: tpl({ type: 'marketing', content: 'Sale today! 回T退订' }) }),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        submitTemplate(w.ctxFor(SOLO), { fields: tpl({ type: 'marketing', content: 'Sale today! 回T退订' }) }),
      ),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => submitTemplate(w.ctxFor(SOLO), { fields: tpl() }))).toBe('OK');
  });
  it('R-TPL-1: at most 200 per list; R-TPL-5: modify only while pending or rejected', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    for (let i = 0; i < MAX_TEMPLATES; i++) submitTemplate(ctx, { fields: tpl({ name: `t${i}` }) });
    expect(codeOf(() => submitTemplate(ctx, { fields: tpl() }))).toBe('LIMIT_REACHED');
    expect(codeOf(() => submitTemplate(ctx, { fields: tpl({ region: 'international' }) }))).toBe('OK');
    const id = listTemplates(ctx, { region: 'mainland' })[0].id;
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'approve' }),
    );
    expect(getTemplate(ctx, id).status).toBe('effective');
    expect(codeOf(() => submitTemplate(ctx, { id, fields: tpl({ name: 'changed' }) }))).toBe('CONFLICT');
  });
});

describe('review queue (R-REV-1..4)', () => {
  it('lists pending items oldest first with expected-by times, filtered by kind, account and age', () => {
    const w = createWorld();
    const t0 = new Date('2026-03-09T02:00:00Z'); // Monday 10:00 Beijing
    submitTemplate(w.ctxFor(OWNER, { now: t0 }), {
      fields: { region: 'mainland', name: 'A', type: 'notification', content: 'Order {1} shipped' },
    });
    submitSignature(w.ctxFor(SOLO, { now: new Date(t0.getTime() + 60_000) }), {
      fields: sig({ region: 'international', type: 'app', content: 'LiShop', notes: 'app' }),
      files: {},
    });
    const now = new Date(t0.getTime() + 3 * 3_600_000);
    const queue = listReviewQueue(w.ctxFor(REVIEWER, { now }));
    expect(queue.map((q) => [q.kind, q.title])).toEqual([
      ['template', 'A'],
      ['signature', 'LiShop'],
    ]);
    // Each entry carries the item's own id (not its account's): it opens the right item.
    expect(queue.map((q) => getReviewItem(w.ctxFor(REVIEWER, { now }), q.kind, q.id).item)).toEqual([
      expect.objectContaining({ name: 'A' }),
      expect.objectContaining({ content: 'LiShop' }),
    ]);
    expect(queue[0]).toMatchObject({ accountName: 'Demo Tech Co., Ltd.', late: true, ageMinutes: 180 });
    expect(queue[0].expectedBy.toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(
      listReviewQueue(w.ctxFor(REVIEWER, { now }), parseInput(reviewQueueFilter, { kind: 'signature' })),
    ).toHaveLength(1);
    expect(
      listReviewQueue(w.ctxFor(REVIEWER, { now }), parseInput(reviewQueueFilter, { account: 'Li Wei' })).map(
        (q) => q.title,
      ),
    ).toEqual(['LiShop']);
    expect(
      listReviewQueue(w.ctxFor(REVIEWER, { now }), parseInput(reviewQueueFilter, { minAgeHours: 3 })).map(
        (q) => q.title,
      ),
    ).toEqual(['A']);
  });

  it('two reviewers deciding the same item: one wins, the other is told', () => {
    const w = createWorld();
    const { id } = submitTemplate(w.ctxFor(OWNER), {
      fields: { region: 'mainland', name: 'A', type: 'notification', content: 'Order {1} shipped' },
    });
    expect(
      decideReview(
        w.ctxFor(REVIEWER),
        parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'approve' }),
      ),
    ).toEqual({
      status: 'effective',
    });
    try {
      decideReview(
        w.ctxFor(REVIEWER),
        parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'reject', reason: 'late' }),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'CONFLICT', message: 'Another reviewer has already decided this item.' });
    }
    expect(getTemplate(w.ctxFor(OWNER), id).status).toBe('effective');
  });

  it('rejecting needs a reason; the account is notified of decisions', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    markNotificationsRead(ctx); // the welcome gift's notice
    const { id } = submitTemplate(ctx, {
      fields: { region: 'mainland', name: 'A', type: 'notification', content: 'Order {1} shipped' },
    });
    expect(
      codeOf(() =>
        decideReview(
          w.ctxFor(REVIEWER),
          parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'reject' }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, {
        kind: 'template',
        id,
        revision: 1,
        decision: 'reject',
        reason: 'Too vague',
        suggestion: 'Say what was shipped',
      }),
    );
    const n = listNotifications(ctx);
    expect(n.unread).toBe(1);
    expect(n.items[0]).toMatchObject({
      title: 'Body template A rejected',
      body: 'Reason: Too vague Suggestion: Say what was shipped',
      link: `/mainland/templates/${id}`,
    });
    expect(listNotifications(w.ctxFor(SOLO)).items.map((n) => n.title)).toEqual(['Welcome gift']);
    markNotificationsRead(ctx);
    expect(listNotifications(ctx).unread).toBe(0);
  });

  it('R-REV-4: customers cannot reach the queue or decide; finance cannot decide', () => {
    const w = createWorld();
    const { id } = submitTemplate(w.ctxFor(OWNER), {
      fields: { region: 'mainland', name: 'A', type: 'notification', content: 'Order {1} shipped' },
    });
    expect(codeOf(() => listReviewQueue(w.ctxFor(OWNER)))).toBe('FORBIDDEN');
    expect(codeOf(() => getReviewItem(w.ctxFor(OWNER), 'template', id))).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        decideReview(
          w.ctxFor(OWNER),
          parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'approve' }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        decideReview(
          w.ctxFor('finance@sms.local'),
          parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'approve' }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(getReviewItem(w.ctxFor(REVIEWER), 'template', id).account.realName).toBe('Demo Tech Co., Ltd.');
  });
});

describe('tenancy (R-TEN-2)', () => {
  it("another account's items and images cannot be read by id", () => {
    const w = createWorld();
    const owner = w.ctxFor(OWNER);
    const solo = w.ctxFor(SOLO);
    const qid = approvedQualification(w);
    const q = getQualification(owner, qid);
    const { id: sid } = submitSignature(owner, { fields: sig({ qualificationId: qid }), files: {} });
    const { id: tid } = submitTemplate(owner, {
      fields: { region: 'mainland', name: 'A', type: 'notification', content: 'Order {1} shipped' },
    });
    expect(codeOf(() => getQualification(solo, qid))).toBe('NOT_FOUND');
    expect(codeOf(() => getSignature(solo, sid))).toBe('NOT_FOUND');
    expect(codeOf(() => getTemplate(solo, tid))).toBe('NOT_FOUND');
    expect(codeOf(() => deleteContent(solo, 'template', tid))).toBe('NOT_FOUND');
    expect(codeOf(() => deleteQualifications(solo, parseInput(qualificationIds, [qid])))).toBe('NOT_FOUND');
    expect(
      codeOf(() =>
        submitTemplate(solo, {
          id: tid,
          fields: { region: 'mainland', name: 'x', type: 'notification', content: 'hi {1}' },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(() => readUpload(solo, q.licenseUploadId!))).toBe('NOT_FOUND');
    expect(readUpload(owner, q.licenseUploadId!).mime).toBe('image/png');
    expect(readUpload(w.ctxFor(REVIEWER), q.licenseUploadId!).bytes.equals(Buffer.from(PNG))).toBe(true);
    expect(listSignatures(solo, { region: 'mainland' })).toEqual([]);
  });

  it('summarises content for the Overview and Quick Start (R-UI-2, R-UI-3)', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    expect(contentSummary(ctx).quickStart).toEqual({
      signatureCreated: false,
      templateCreated: false,
      reviewPassed: false,
    });
    const { id } = submitSignature(ctx, { fields: sig({ region: 'international', content: 'Acme' }), files: {} });
    submitTemplate(ctx, {
      fields: { region: 'international', name: 'A', type: 'notification', content: 'Order {1} shipped' },
    });
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, { kind: 'signature', id, revision: 1, decision: 'approve' }),
    );
    const s = contentSummary(ctx);
    expect(s.signatures).toEqual({ pending: 0, effective: 1, rejected: 0, total: 1 });
    expect(s.templates).toEqual({ pending: 1, effective: 0, rejected: 0, total: 1 });
    expect(s.quickStart).toEqual({ signatureCreated: true, templateCreated: true, reviewPassed: false });
  });
});
