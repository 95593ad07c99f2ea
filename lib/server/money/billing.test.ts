// Package Management → Billing: the monthly bill (mainland consumption by application and day,
// international charges by country) and invoice requests for paid orders.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { creditCode } from '@/lib/testing/content';
import { effectiveSignature, effectiveTemplate } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { createTask } from '../sending/create-task';
import { dispatchBatch } from '../sending/dispatch';
import { buyPackage as buyPackageVerb } from './buy-package';
import { requestRefund as requestRefundVerb } from './refunds';
import { monthlyBill, monthlyBillRows } from './monthly-bill';
import {
  decideInvoice as decideInvoiceVerb,
  listInvoiceRequests,
  listOrdersWithInvoices,
  requestInvoice as requestInvoiceVerb,
} from './invoices';
import { viaSchema } from '@/lib/testing/via-schema';
import { buyPackageInput, refundPackagesInput, invoiceRequestInput, invoiceDecisionInput } from '@/lib/schemas/money';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';

const decideInvoice = viaSchema(invoiceDecisionInput, decideInvoiceVerb);

const requestInvoice = viaSchema(invoiceRequestInput, requestInvoiceVerb);

const requestRefund = viaSchema(refundPackagesInput, requestRefundVerb);

const buyPackage = viaSchema(buyPackageInput, buyPackageVerb);

const OWNER = 'owner@demo.local';
const FINANCE = 'finance@sms.local';
const T0 = fromBeijing(2026, 3, 10, 10);

async function send(
  w: World,
  region: 'mainland' | 'international',
  sig: number | null,
  tpl: number,
  numbers: string[],
  at: Date,
) {
  const ctx = w.ctxFor(OWNER, { now: at });
  const imp = await createImport(ctx, { region, templateId: tpl, signatureId: sig, fileName: 'typed', typed: numbers });
  createTask(
    ctx,
    parseInput(createTaskInput, {
      region,
      importId: imp.importId,
      sdkAppId: '1400100001',
      signatureId: sig ?? undefined,
      templateId: tpl,
      send: 'now',
      acknowledged: true,
    }),
  );
  dispatchBatch(w.db, at);
}

describe('monthly bill', () => {
  it('mainland consumption by application and day, international charges by country, purchases; another month is apart', async () => {
    const w = createWorld(T0);
    const sig = effectiveSignature(w, OWNER, 'mainland');
    const tpl = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel has arrived.', 'notification', 'P');
    const intl = effectiveTemplate(w, OWNER, 'international', 'Your parcel has arrived.', 'notification', 'I');
    buyPackage(w.ctxFor(OWNER, { now: T0 }), { kind: 'fixed', count: 10_000, quantity: 1, agreed: true });
    await send(w, 'mainland', sig, tpl, ['13800000001', '13800000002'], T0);
    await send(w, 'mainland', sig, tpl, ['13800000003'], fromBeijing(2026, 3, 11, 9));
    await send(w, 'international', null, intl, ['+85261234567', '+447400123456', '+447400123457'], T0);
    await send(w, 'mainland', sig, tpl, ['13800000004'], fromBeijing(2026, 4, 1, 9));
    const bill = monthlyBill(w.ctxFor(OWNER), '2026-03');
    expect(bill.mainland).toEqual([
      { day: '2026-03-10', sdkAppId: '1400100001', application: 'Demo App', billed: 2 },
      { day: '2026-03-11', sdkAppId: '1400100001', application: 'Demo App', billed: 1 },
    ]);
    expect(bill.mainlandTotal).toBe(3);
    const cost = w.db.get<{ li: number }>(
      sql`select sum(price_li) as li from messages where region = 'international'`,
    ).li;
    expect(bill.international.map((r) => [r.iso, r.country, r.billed])).toEqual(
      expect.arrayContaining([
        ['GB', 'United Kingdom', 2],
        ['HK', 'Hong Kong (China)', 1],
      ]),
    );
    expect(bill.internationalTotalLi).toBe(cost);
    // The demo seed's own 10,000 package and this one.
    expect(bill.purchasesLi).toBe(940_000);
    expect(monthlyBillRows(bill)[0]).toEqual([
      'Mainland package consumption',
      '2026-03-10',
      '1400100001',
      'Demo App',
      '',
      2,
      '',
    ]);
    expect(monthlyBill(w.ctxFor(OWNER), '2026-04').mainlandTotal).toBe(1);
    expect(codeOf(() => monthlyBill(w.ctxFor(OWNER), '2026-13'))).toBe('INVALID_INPUT');
    expect(monthlyBill(w.ctxFor('solo@demo.local'), '2026-03').mainland).toEqual([]);
    expect(codeOf(() => monthlyBill(w.ctxFor(FINANCE), '2026-03'))).toBe('FORBIDDEN');
  });
});

describe('invoices for paid orders', () => {
  it('the customer requests, finance issues with the number; the packages become invoiced; both sides see the state', () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    const { orderId } = buyPackage(owner, { kind: 'fixed', count: 10_000, quantity: 1, agreed: true });
    const input = { orderId, title: 'Demo Tech Co., Ltd.', taxId: creditCode(), email: 'billing@demo.example' };
    expect(codeOf(() => requestInvoice(owner, { ...input, taxId: '123', email: 'nope' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => requestInvoice(owner, { ...input, orderId: 999 }))).toBe('NOT_FOUND');
    expect(codeOf(() => requestInvoice(w.ctxFor('solo@demo.local'), { ...input, taxId: '' }))).toBe('NOT_FOUND');
    const { id } = requestInvoice(owner, input);
    expect(codeOf(() => requestInvoice(owner, input))).toBe('CONFLICT');
    expect(listOrdersWithInvoices(owner).find((o) => o.id === orderId)).toMatchObject({
      invoice: { status: 'requested' },
      canRequest: false,
    });
    expect(listInvoiceRequests(w.ctxFor(FINANCE)).map((r) => [r.r.id, r.r.status, r.r.amountLi])).toEqual([
      [id, 'requested', 470_000],
    ]);
    expect(codeOf(() => decideInvoice(w.ctxFor(FINANCE), { id, decision: 'issue', invoiceNumber: '12' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() =>
        decideInvoice(w.ctxFor('admin@sms.local'), { id, decision: 'issue', invoiceNumber: '044002600111-00012345' }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(() => decideInvoice(owner, { id, decision: 'issue', invoiceNumber: '044002600111-00012345' }))).toBe(
      'FORBIDDEN',
    );
    decideInvoice(w.ctxFor(FINANCE), { id, decision: 'issue', invoiceNumber: '044002600111-00012345' });
    expect(codeOf(() => decideInvoice(w.ctxFor(FINANCE), { id, decision: 'refuse', reason: 'late' }))).toBe('CONFLICT');
    expect(listOrdersWithInvoices(owner).find((o) => o.id === orderId)).toMatchObject({
      invoice: { status: 'issued', invoiceNumber: '044002600111-00012345' },
    });
    // R-PKG-10: an invoiced package is refunded only after its invoice is returned.
    const pkg = w.db.get<{ id: number; invoiced: number }>(
      sql`select id, invoiced from packages where order_id = ${orderId}`,
    );
    expect(pkg.invoiced).toBe(1);
    expect(codeOf(() => requestRefund(owner, [pkg.id]))).toBe('CONFLICT');
    expect(
      w.db.get<{ title: string }>(
        sql`select title from notifications where category = 'billing' order by id desc limit 1`,
      ).title,
    ).toBe(`Invoice issued for order ${orderId}`);
  });

  it('a refused request can be made again; refunded and unpaid orders cannot be invoiced', () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    const a = buyPackage(owner, { kind: 'fixed', count: 10_000, quantity: 1, agreed: true });
    const input = {
      orderId: a.orderId,
      title: 'Demo Tech Co., Ltd.',
      taxId: creditCode(),
      email: 'billing@demo.example',
    };
    const { id } = requestInvoice(owner, input);
    expect(codeOf(() => decideInvoice(w.ctxFor(FINANCE), { id, decision: 'refuse' }))).toBe('INVALID_INPUT');
    decideInvoice(w.ctxFor(FINANCE), { id, decision: 'refuse', reason: 'The tax ID does not match the title.' });
    expect(listOrdersWithInvoices(owner).find((o) => o.id === a.orderId)).toMatchObject({
      invoice: { status: 'refused', refuseReason: 'The tax ID does not match the title.' },
      canRequest: true,
    });
    expect(codeOf(() => requestInvoice(owner, input))).toBe('OK');
    const b = buyPackage(owner, { kind: 'fixed', count: 10_000, quantity: 1, agreed: true });
    requestRefund(owner, b.packageIds);
    expect(listOrdersWithInvoices(owner).find((o) => o.id === b.orderId)).toMatchObject({
      canRequest: false,
      whyNot: 'Refunded or being refunded.',
    });
    expect(codeOf(() => requestInvoice(owner, { ...input, orderId: b.orderId }))).toBe('CONFLICT');
  });
});
