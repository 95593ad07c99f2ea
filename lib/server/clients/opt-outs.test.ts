// R-DND-1 and R-UNS-1: opted-out numbers fail with 1015, are not billed, and replies unsubscribe.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate } from '@/lib/testing/sending';
import { DEFAULT_SIMULATOR, simulateReply } from '@/lib/domain/sending/simulator';
import { isUnsubscribeReply } from '@/lib/domain/sending/optout';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { dispatchBatch } from '../sending/dispatch';
import { applyDueReceipts } from '../sending/receipts';
import { addDndNumbers, listOptOuts, removeDndEntries } from './opt-outs';
import { parseInput } from '@/lib/server/validation';
import { dndNumbersInput } from '@/lib/schemas/clients';
import { sendNow } from '@/lib/testing/sending';

const OWNER = 'owner@demo.local';
const T0 = fromBeijing(2026, 3, 10, 10);

async function send(w: World, signatureId: number, templateId: number, numbers: string[]) {
  const ctx = w.ctxFor(OWNER);
  const imp = await createImport(ctx, {
    region: 'mainland',
    templateId,
    signatureId,
    fileName: 'typed',
    typed: numbers,
  });
  const { taskId } = sendNow(ctx, imp.importId, { signatureId, templateId });
  dispatchBatch(w.db, T0);
  return w.db.all<{ phone: string; status: string; fail_code: string | null; billable: number }>(
    sql`select phone, status, fail_code, billable from messages where task_id = ${taskId} order by id`,
  );
}

describe('do-not-disturb and unsubscribe (R-DND-1, R-UNS-1)', () => {
  it('a number on the do-not-disturb list of a signature gets 1015 and is not billed; other signatures and types still send', async () => {
    const w = createWorld(T0);
    const ctx = w.ctxFor(OWNER);
    const star = effectiveSignature(w, OWNER, 'mainland');
    const other = effectiveSignature(w, OWNER, 'mainland', '第二签名');
    const notice = effectiveTemplate(w, OWNER, 'mainland', 'Our store opens at 9.', 'notification', 'Notice');
    const promo = effectiveTemplate(
      w,
      OWNER,
      'mainland',
      'Spring sale, 20% off. Reply TD to unsubscribe',
      'marketing',
      'Promo',
    );
    const r = addDndNumbers(
      ctx,
      parseInput(dndNumbersInput, {
        region: 'mainland',
        signatureId: star,
        scope: 'all',
        numbers: '13800000001\n138 0000 0001\n12345\n',
        consent: true,
      }),
    );
    expect(r).toEqual({
      added: 1,
      duplicates: 1,
      rejected: [{ line: 3, text: '12345', reason: 'Not a valid mainland China mobile number.' }],
    });
    addDndNumbers(
      ctx,
      parseInput(dndNumbersInput, {
        region: 'mainland',
        signatureId: star,
        scope: 'marketing',
        numbers: '13800000002',
        consent: true,
      }),
    );

    const sent = await send(w, star, notice, ['13800000001', '13800000002', '13800000003']);
    expect(sent.map((m) => [m.phone, m.status, m.fail_code, m.billable])).toEqual([
      ['+8613800000001', 'failed', '1015', 0],
      ['+8613800000002', 'submitted', null, 1],
      ['+8613800000003', 'submitted', null, 1],
    ]);
    const promoSent = await send(w, star, promo, ['13800000002']);
    expect(promoSent[0].fail_code).toBe('1015');
    const otherSig = await send(w, other, notice, ['13800000001']);
    expect(otherSig[0].status).toBe('submitted');

    expect(listOptOuts(ctx, { region: 'mainland', source: 'dnd' }).map((o) => [o.phone, o.scope])).toEqual([
      ['138****0001', 'all'],
      ['138****0002', 'marketing'],
    ]);
    expect(
      codeOf(() =>
        addDndNumbers(
          ctx,
          parseInput(dndNumbersInput, {
            region: 'mainland',
            signatureId: star,
            scope: 'all',
            numbers: '13800000009',
            consent: false,
          }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    // Another account cannot list or delete these entries.
    const keys = listOptOuts(ctx, { region: 'mainland', source: 'dnd' }).map((o) => o.key);
    expect(removeDndEntries(w.ctxFor('solo@demo.local'), keys)).toBe(0);
    expect(listOptOuts(w.ctxFor('solo@demo.local'), { region: 'mainland', source: 'dnd' })).toEqual([]);
    expect(removeDndEntries(ctx, keys)).toBe(2);
    expect((await send(w, star, promo, ['13800000004']))[0].status).toBe('submitted');
  });

  it('the list holds at most 1,000 numbers per account', () => {
    const w = createWorld(T0);
    const star = effectiveSignature(w, OWNER, 'mainland');
    const many = Array.from({ length: 1001 }, (_, i) => String(13900000000 + i)).join('\n');
    expect(
      codeOf(() =>
        addDndNumbers(
          w.ctxFor(OWNER),
          parseInput(dndNumbersInput, {
            region: 'mainland',
            signatureId: star,
            scope: 'all',
            numbers: many,
            consent: true,
          }),
        ),
      ),
    ).toBe('LIMIT_REACHED');
  });

  it('an unsubscribe reply opts the number out of that signature and type; later sends fail with 1015', async () => {
    const w = createWorld(T0);
    const star = effectiveSignature(w, OWNER, 'mainland');
    const notice = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel is at the door.', 'notification', 'Notice');
    // A message id whose simulated reply is an unsubscribe word (the simulator is deterministic).
    let id = 1000;
    while (!isUnsubscribeReply(simulateReply(DEFAULT_SIMULATOR, id) ?? '')) id++;
    const account = w.db.get<{ id: number }>(sql`select account_id as id from users where email = ${OWNER}`).id;
    const app = w.db.get<{ id: number }>(sql`select id from applications where sdk_app_id = '1400100001'`).id;
    w.db
      .run(sql`insert into messages (id, account_id, application_id, region, signature_id, template_id, phone, iso_country, status, content, billable, created_at, submitted_at, processed_at, receipt_due_at, receipt_ok, serial_no)
      values (${id}, ${account}, ${app}, 'mainland', ${star}, ${notice}, '+8613700000001', 'CN', 'submitted', 'x', 1, ${T0.getTime()}, ${T0.getTime()}, ${T0.getTime()}, ${T0.getTime() + 1000}, 1, 's')`);
    // The same reply to a message more than 72 hours old unsubscribes nobody (R-UNS-1).
    let late = id + 1;
    while (!isUnsubscribeReply(simulateReply(DEFAULT_SIMULATOR, late) ?? '')) late++;
    const sentLongAgo = T0.getTime() - 73 * 3_600_000;
    w.db
      .run(sql`insert into messages (id, account_id, application_id, region, signature_id, template_id, phone, iso_country, status, content, billable, created_at, submitted_at, processed_at, receipt_due_at, receipt_ok, serial_no)
      values (${late}, ${account}, ${app}, 'mainland', ${star}, ${notice}, '+8613700000002', 'CN', 'submitted', 'x', 1, ${sentLongAgo}, ${sentLongAgo}, ${sentLongAgo}, ${T0.getTime() + 1000}, 1, 's2')`);
    applyDueReceipts(w.db, new Date(T0.getTime() + 5000));
    expect(
      listOptOuts(w.ctxFor(OWNER), { region: 'mainland', source: 'reply' }).map((o) => [o.phone, o.scope]),
    ).toEqual([['137****0001', 'notification']]);
    const later = await send(w, star, notice, ['13700000001']);
    expect(later[0].fail_code).toBe('1015');
  });
});
