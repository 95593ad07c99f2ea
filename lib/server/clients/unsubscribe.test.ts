// R-UNS-2: the unsubscribe query per type, removal requests in the review queue, and their effect.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { dispatchBatch } from '../sending/dispatch';
import { latestMessageTo, recordReply } from '../sending/receipt-effects';
import { listReviewQueue } from '../review/review-queue';
import { decideReview, getReviewItem } from '../review/review-item';
import { applyForRemoval, listRemovalRequests, queryUnsubscribe } from './unsubscribe';
import { parseInput } from '@/lib/server/validation';
import { reviewQueueFilter, reviewDecisionInput } from '@/lib/schemas/review';
import { unsubscribeQuery, removalRequestInput } from '@/lib/schemas/clients';
import { sendNow } from '@/lib/testing/sending';

const OWNER = 'owner@demo.local';
const REVIEWER = 'reviewer@sms.local';
const T0 = fromBeijing(2026, 3, 10, 10);

async function send(w: World, signatureId: number, templateId: number, phone: string, at = T0) {
  const ctx = w.ctxFor(OWNER, { now: at });
  const imp = await createImport(ctx, {
    region: 'mainland',
    templateId,
    signatureId,
    fileName: 'typed',
    typed: [phone],
  });
  const { taskId } = sendNow(ctx, imp.importId, { signatureId, templateId });
  dispatchBatch(w.db, at);
  return w.db.get<{ status: string; fail_code: string | null }>(
    sql`select status, fail_code from messages where task_id = ${taskId}`,
  );
}

async function unsubscribed(w: World) {
  const sig = effectiveSignature(w, OWNER, 'mainland');
  const notice = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel is at the door.', 'notification', 'Notice');
  await send(w, sig, notice, '13700000001');
  const raw = w.db.$client;
  recordReply(raw, latestMessageTo(raw, '+8613700000001')!, 'TD', T0.getTime() + 60_000, T0);
  return { sig, notice };
}

describe('unsubscribe query and removal requests (R-UNS-2)', () => {
  it('number + application + signature → status per message type', async () => {
    const w = createWorld(T0);
    const { sig } = await unsubscribed(w);
    const q = { region: 'mainland', phone: '137 0000 0001', sdkAppId: '1400100001', signatureId: sig };
    const status = queryUnsubscribe(w.ctxFor(OWNER), parseInput(unsubscribeQuery, q));
    expect(status.types.map((t) => [t.type, t.unsubscribedAt !== null, t.reply])).toEqual([
      ['verification', false, null],
      ['notification', true, 'TD'],
      ['marketing', false, null],
    ]);
    expect(status).toMatchObject({
      phone: '+8613700000001',
      application: 'Demo App (1400100001)',
      pendingRequestId: null,
    });
    expect(codeOf(() => queryUnsubscribe(w.ctxFor(OWNER), parseInput(unsubscribeQuery, { ...q, phone: '123' })))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() => queryUnsubscribe(w.ctxFor(OWNER), parseInput(unsubscribeQuery, { ...q, sdkAppId: '1400100002' }))),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        queryUnsubscribe(w.ctxFor('solo@demo.local'), parseInput(unsubscribeQuery, { ...q, sdkAppId: '1400100002' })),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('a removal request joins the review queue as its own kind; approved, the number receives messages again', async () => {
    const w = createWorld(T0);
    const { sig, notice } = await unsubscribed(w);
    expect((await send(w, sig, notice, '13700000001', new Date(T0.getTime() + 120_000))).fail_code).toBe('1015');
    const owner = w.ctxFor(OWNER);
    const q = { region: 'mainland', phone: '13700000001', sdkAppId: '1400100001', signatureId: String(sig) };
    expect(codeOf(() => applyForRemoval(owner, parseInput(removalRequestInput, { ...q, reason: 'no' })))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() =>
        applyForRemoval(
          owner,
          parseInput(removalRequestInput, { ...q, phone: '13700000099', reason: 'The user asked again.' }),
        ),
      ),
    ).toBe('CONFLICT');
    const { id } = applyForRemoval(
      owner,
      parseInput(removalRequestInput, { ...q, reason: 'The user called us and asked to get notices again.' }),
    );
    expect(
      codeOf(() =>
        applyForRemoval(owner, parseInput(removalRequestInput, { ...q, reason: 'Asked twice by mistake.' })),
      ),
    ).toBe('CONFLICT');
    expect(queryUnsubscribe(owner, parseInput(unsubscribeQuery, q)).pendingRequestId).toBe(id);
    const reviewer = w.ctxFor(REVIEWER);
    const queued = listReviewQueue(reviewer, parseInput(reviewQueueFilter, { kind: 'unsubscribe_removal' }));
    expect(queued).toMatchObject([{ kind: 'unsubscribe_removal', id, title: '137****0001 · 【星河商城】' }]);
    const item = getReviewItem(reviewer, 'unsubscribe_removal', id);
    expect(item).toMatchObject({
      kind: 'unsubscribe_removal',
      removal: { signature: '星河商城', optOuts: [{ scope: 'notification', reply: 'TD' }] },
    });
    expect(codeOf(() => getReviewItem(owner, 'unsubscribe_removal', id))).toBe('FORBIDDEN');
    decideReview(
      reviewer,
      parseInput(reviewDecisionInput, { kind: 'unsubscribe_removal', id, revision: 1, decision: 'approve' }),
    );
    expect(listRemovalRequests(owner, 'mainland')).toMatchObject([{ id, phone: '137****0001', status: 'approved' }]);
    expect(queryUnsubscribe(owner, parseInput(unsubscribeQuery, q)).types.every((t) => t.unsubscribedAt === null)).toBe(
      true,
    );
    expect((await send(w, sig, notice, '13700000001', new Date(T0.getTime() + 86_400_000))).status).toBe('submitted');
    expect(
      w.db.get<{ title: string }>(
        sql`select title from notifications where category = 'review' order by id desc limit 1`,
      ).title,
    ).toBe('Unsubscribe removal for 137****0001 approved');
  });

  it('a rejected request leaves the number unsubscribed and shows the reason', async () => {
    const w = createWorld(T0);
    const { sig } = await unsubscribed(w);
    const owner = w.ctxFor(OWNER);
    const q = { region: 'mainland', phone: '13700000001', sdkAppId: '1400100001', signatureId: String(sig) };
    const { id } = applyForRemoval(
      owner,
      parseInput(removalRequestInput, { ...q, reason: 'Marketing wants them back.' }),
    );
    expect(
      codeOf(() =>
        decideReview(
          w.ctxFor(REVIEWER),
          parseInput(reviewDecisionInput, { kind: 'unsubscribe_removal', id, revision: 1, decision: 'reject' }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    decideReview(
      w.ctxFor(REVIEWER),
      parseInput(reviewDecisionInput, {
        kind: 'unsubscribe_removal',
        id,
        revision: 1,
        decision: 'reject',
        reason: 'The user did not consent.',
      }),
    );
    expect(listRemovalRequests(owner, 'mainland')).toMatchObject([
      { status: 'rejected', rejectReason: 'The user did not consent.' },
    ]);
    expect(queryUnsubscribe(owner, parseInput(unsubscribeQuery, q)).types[1].unsubscribedAt).not.toBeNull();
    expect(listRemovalRequests(w.ctxFor('solo@demo.local'), 'mainland')).toEqual([]);
  });
});
