import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { accounts, cashLedger, packages } from '@/db/schema';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { bundleForNode } from '@/lib/testing/bundle';
import { fromBeijing } from '@/lib/domain/time';
import { systemContext } from '../system-context';
import { buyPackage as buyPackageVerb } from './buy-package';
import { adjustBalance as adjustBalanceVerb } from './adjust-balance';
import { createPackage, moveCash, movePackage, verifyLedgers } from './ledger';
import { availableBalance, deductPackage, deletePackage, listPackages, packageConsumption } from './packages';
import { grantMonthlyGifts, warnExpiringPackages, watchBalances } from './duties';
import { updatePackageSettings as updatePackageSettingsVerb } from './settings';
import {
  decideRefund as decideRefundVerb,
  listRefundQueue,
  previewRefund as previewRefundVerb,
  requestRefund as requestRefundVerb,
  setPackageInvoiced,
} from './refunds';
import {
  chargeInternationalDay,
  internationalBill,
  setIntlQuota as setIntlQuotaVerb,
  suspendOverdueAccounts,
} from './international';
import { addUsage } from '@/lib/testing/usage';
import { createAccount } from '../accounts/create-account';
import { listNotifications } from '../notifications/notify';
import { viaSchema } from '@/lib/testing/via-schema';
import {
  buyPackageInput,
  packageSettingsInput,
  refundPackagesInput,
  refundDecisionInput,
  adjustBalanceInput,
  intlQuotaInput,
} from '@/lib/schemas/money';
import { parseInput } from '@/lib/server/validation';
import { createAccountInput } from '@/lib/schemas/accounts';

const setIntlQuota = viaSchema(intlQuotaInput, setIntlQuotaVerb);

const adjustBalance = viaSchema(adjustBalanceInput, adjustBalanceVerb);

const decideRefund = viaSchema(refundDecisionInput, decideRefundVerb);

const requestRefund = viaSchema(refundPackagesInput, requestRefundVerb);

const previewRefund = viaSchema(refundPackagesInput, previewRefundVerb);

const updatePackageSettings = viaSchema(packageSettingsInput, updatePackageSettingsVerb);

const buyPackage = viaSchema(buyPackageInput, buyPackageVerb);

const OWNER = 'owner@demo.local';
const SOLO = 'solo@demo.local';
const FINANCE = 'finance@sms.local';
const yuan = (n: number) => n * 1000;

function accountOf(w: World, email: string) {
  return w.ctxFor(email).account!;
}
function cash(w: World, accountId: number) {
  return w.db.select().from(accounts).where(eq(accounts.id, accountId)).get()!.cashBalanceLi;
}
function purchased(w: World, accountId: number) {
  return w.db
    .select()
    .from(packages)
    .where(and(eq(packages.accountId, accountId), eq(packages.kind, 'purchased')))
    .all();
}

describe('purchases (R-PKG-1..3, R-BIL-5)', () => {
  it('the demo seed leaves ledgers that verify', () => {
    const w = createWorld();
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('journey: credit 50,000 → buy 10,000 (470) and custom 1,500 (75) → balance and packages right', () => {
    const w = createWorld();
    const a = accountOf(w, SOLO);
    const before = cash(w, a.id);
    adjustBalance(w.ctxFor(FINANCE), {
      accountId: a.id,
      direction: 'credit',
      amountYuan: '50000',
      reason: 'Top-up by bank transfer',
    });
    expect(cash(w, a.id)).toBe(before + yuan(50_000));
    const ctx = w.ctxFor(SOLO);
    expect(buyPackage(ctx, { kind: 'fixed', count: 10_000, quantity: 1, agreed: true }).priceLi).toBe(yuan(470));
    expect(buyPackage(ctx, { kind: 'custom', count: 1_500, agreed: true }).priceLi).toBe(yuan(75));
    expect(cash(w, a.id)).toBe(before + yuan(50_000 - 470 - 75));
    const rows = listPackages(ctx).rows.filter((p) => p.kind === 'purchased');
    expect(rows.map((p) => [p.total, p.remaining, p.paidLi, p.status])).toEqual([
      [1_500, 1_500, yuan(75), 'pending effect'],
      [10_000, 10_000, yuan(470), 'pending effect'],
    ]);
    const p = rows[1];
    expect(p.usableFrom.getTime() - p.purchasedAt.getTime()).toBe(5 * 60 * 1000);
    expect(p.expiresAt.toISOString().slice(0, 4)).toBe(String(ctx.now.getUTCFullYear() + 2));
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('insufficient balance: the order fails and nothing changes', () => {
    const w = createWorld();
    const a = accountOf(w, SOLO);
    const before = {
      cash: cash(w, a.id),
      packages: purchased(w, a.id).length,
      ledger: w.db.select().from(cashLedger).all().length,
    };
    expect(codeOf(() => buyPackage(w.ctxFor(SOLO), { kind: 'fixed', count: 3_000_000, agreed: true }))).toBe(
      'INSUFFICIENT_BALANCE',
    );
    expect({
      cash: cash(w, a.id),
      packages: purchased(w, a.id).length,
      ledger: w.db.select().from(cashLedger).all().length,
    }).toEqual(before);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from orders where account_id = ${a.id}`).n).toBe(0);
  });

  it('refuses bad orders with reasons', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    expect(codeOf(() => buyPackage(ctx, { kind: 'custom', count: 999, agreed: true }))).toBe('INVALID_INPUT');
    expect(codeOf(() => buyPackage(ctx, { kind: 'fixed', count: 20_000, agreed: true }))).toBe('INVALID_INPUT');
    expect(codeOf(() => buyPackage(ctx, { kind: 'fixed', count: 10_000, agreed: false }))).toBe('INVALID_INPUT');
    expect(codeOf(() => buyPackage(w.ctxFor(FINANCE), { kind: 'fixed', count: 10_000, agreed: true }))).toBe(
      'FORBIDDEN',
    );
  });

  it('balance adjustments: finance and admin only, exact yuan, debits need the funds', () => {
    const w = createWorld();
    const a = accountOf(w, SOLO);
    const before = cash(w, a.id);
    expect(
      codeOf(() =>
        adjustBalance(w.ctxFor(OWNER), { accountId: a.id, direction: 'credit', amountYuan: '1', reason: 'self' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        adjustBalance(w.ctxFor(FINANCE), { accountId: a.id, direction: 'credit', amountYuan: '1.2345', reason: 'x y' }),
      ),
    ).toBe('INVALID_INPUT');
    adjustBalance(w.ctxFor('admin@sms.local'), {
      accountId: a.id,
      direction: 'credit',
      amountYuan: '0.047',
      reason: 'one message',
    });
    expect(cash(w, a.id)).toBe(before + 47);
    expect(
      codeOf(() =>
        adjustBalance(w.ctxFor(FINANCE), {
          accountId: a.id,
          direction: 'debit',
          amountYuan: '999999',
          reason: 'too much',
        }),
      ),
    ).toBe('INSUFFICIENT_BALANCE');
    expect(cash(w, a.id)).toBe(before + 47);
  });
});

describe('deduction (R-PKG-5)', () => {
  it('a gift with enough first, then the earliest purchased package with enough; 1031 when none', () => {
    const w = createWorld(new Date('2026-06-01T00:00:00Z'));
    const a = accountOf(w, OWNER);
    const later = w.ctxFor(OWNER, { now: new Date('2026-06-01T01:00:00Z') });
    const seeded = purchased(w, a.id)[0];
    const gift = w.db
      .select()
      .from(packages)
      .where(and(eq(packages.accountId, a.id), eq(packages.kind, 'gift')))
      .get()!;
    expect(deductPackage(later, a.id, 2)).toBe(gift.id);
    // Use up the gift but 1 message: a 2-message SMS skips to the purchased package.
    movePackage(later, { packageId: gift.id, accountId: a.id, kind: 'deduct', delta: -(gift.total - 3) });
    expect(deductPackage(later, a.id, 2)).toBe(seeded.id);
    expect(deductPackage(later, a.id, 1)).toBe(gift.id);
    expect(deductPackage(later, a.id, 20_000)).toBeNull();
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('packages are not usable in their first 5 minutes, nor after expiry', () => {
    const w = createWorld(new Date('2026-06-01T00:00:00Z'));
    const a = accountOf(w, SOLO);
    const ctx = w.ctxFor(SOLO);
    movePackage(ctx, {
      packageId: w.db.select().from(packages).where(eq(packages.accountId, a.id)).get()!.id,
      accountId: a.id,
      kind: 'deduct',
      delta: -100,
    });
    const { packageIds } = buyPackage(ctx, { kind: 'custom', count: 1_000, agreed: true });
    expect(deductPackage(w.ctxFor(SOLO, { now: new Date('2026-06-01T00:04:59Z') }), a.id, 1)).toBeNull();
    expect(deductPackage(w.ctxFor(SOLO, { now: new Date('2026-06-01T00:05:00Z') }), a.id, 1)).toBe(packageIds[0]);
    expect(deductPackage(w.ctxFor(SOLO, { now: new Date('2028-06-01T00:00:00Z') }), a.id, 1)).toBeNull();
  });

  it('concurrent deductions from parallel processes never overdraw', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-deduct-'));
    const file = path.join(dir, 'db.sqlite');
    const db = openDatabase(file);
    migrateDatabase(db);
    const now = new Date('2026-05-01T00:00:00Z');
    seedDemo(db, now, () => 'x');
    const ctx = systemContext(db, now);
    const demo = db.select().from(accounts).where(eq(accounts.uin, 100000000001)).get()!;
    // Only one package of 1,000: take out the gift and the seeded 10,000.
    for (const p of db.select().from(packages).where(eq(packages.accountId, demo.id)).all()) {
      movePackage(ctx, { packageId: p.id, accountId: demo.id, kind: 'deduct', delta: -p.remaining });
    }
    const id = createPackage(ctx, {
      accountId: demo.id,
      kind: 'purchased',
      name: 'race',
      total: 1_000,
      paidLi: 0,
      usableFrom: now,
      expiresAt: new Date('2027-01-01T00:00:00Z'),
    });
    db.$client.close();
    const script = await bundleForNode('lib/testing/deduct-worker.ts', 'deduct-worker.cjs');
    const run = () =>
      new Promise<{ ok: number; failed: number }>((resolve, reject) => {
        const child = spawn(process.execPath, [script, file, String(demo.id), '300', '3'], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('exit', (code) =>
          code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker exit ${code}`)),
        );
      });
    const results = await Promise.all([run(), run(), run(), run()]);
    const ok = results.reduce((s, r) => s + r.ok, 0);
    const check = openDatabase(file);
    const remaining = check.select().from(packages).where(eq(packages.id, id)).get()!.remaining;
    expect(ok).toBe(333); // 1,000 / 3 = 333 whole deductions, never more
    expect(remaining).toBe(1_000 - ok * 3);
    expect(remaining).toBeGreaterThanOrEqual(0);
    expect(verifyLedgers(check).mismatches).toEqual([]);
    check.$client.close();
  }, 60_000);

  it('the ledger check catches a balance that differs from its rows', () => {
    const w = createWorld();
    w.db.update(packages).set({ remaining: 5 }).where(eq(packages.id, 1)).run();
    w.db.update(accounts).set({ cashBalanceLi: 1 }).where(eq(accounts.id, 1)).run();
    expect(verifyLedgers(w.db).mismatches).toEqual([
      expect.stringMatching(/^account 1:/),
      expect.stringMatching(/^package 1:/),
    ]);
  });
});

describe('gifts, expiry and balance duties (R-PKG-4, R-PKG-7..9)', () => {
  it('activation gift: 1,000 for enterprises, 100 for individuals, 3 months, once', () => {
    const w = createWorld(fromBeijing(2026, 1, 15, 10));
    const gifts = (accountId: number) =>
      w.db
        .select()
        .from(packages)
        .where(and(eq(packages.accountId, accountId), eq(packages.kind, 'gift')))
        .all();
    expect(gifts(accountOf(w, OWNER).id).map((g) => [g.total, g.expiresAt])).toEqual([
      [1_000, fromBeijing(2026, 4, 15, 10)],
    ]);
    expect(gifts(accountOf(w, SOLO).id).map((g) => g.total)).toEqual([100]);
    const { accountId } = createAccount(
      w.ctxFor('admin@sms.local'),
      parseInput(createAccountInput, {
        realName: 'New Co',
        identity: 'individual',
        ownerName: 'N',
        ownerEmail: 'n@n.io',
        ownerPassword: 'Newco#2026',
      }),
    );
    expect(gifts(accountId).map((g) => g.total)).toEqual([100]);
  });

  it('monthly gift on the 1st from 08:00 only for accounts that sent more than 100 last month, once', () => {
    const w = createWorld(fromBeijing(2026, 2, 10));
    const sys = systemContext(w.db, fromBeijing(2026, 2, 10));
    const owner = accountOf(w, OWNER).id;
    const solo = accountOf(w, SOLO).id;
    addUsage(sys, {
      accountId: owner,
      day: '2026-02-03',
      region: 'mainland',
      isoCountry: 'CN',
      sent: 60,
      billed: 60,
      amountLi: 0,
    });
    addUsage(sys, {
      accountId: owner,
      day: '2026-02-20',
      region: 'mainland',
      isoCountry: 'CN',
      sent: 41,
      billed: 41,
      amountLi: 0,
    });
    addUsage(sys, {
      accountId: solo,
      day: '2026-02-20',
      region: 'mainland',
      isoCountry: 'CN',
      sent: 100,
      billed: 100,
      amountLi: 0,
    });
    addUsage(sys, {
      accountId: solo,
      day: '2026-02-21',
      region: 'international',
      isoCountry: 'HK',
      sent: 50,
      billed: 50,
      amountLi: 1,
    });
    expect(grantMonthlyGifts(systemContext(w.db, fromBeijing(2026, 3, 1, 7, 59)))).toBe(0);
    expect(grantMonthlyGifts(systemContext(w.db, fromBeijing(2026, 3, 2, 9)))).toBe(0);
    expect(grantMonthlyGifts(systemContext(w.db, fromBeijing(2026, 3, 1, 8)))).toBe(1);
    expect(grantMonthlyGifts(systemContext(w.db, fromBeijing(2026, 3, 1, 9)))).toBe(0);
    const gift = w.db
      .select()
      .from(packages)
      .where(and(eq(packages.accountId, owner), eq(packages.total, 100)))
      .get()!;
    expect(gift).toMatchObject({ kind: 'gift', remaining: 100 });
    expect(gift.expiresAt).toEqual(new Date(fromBeijing(2026, 4, 1).getTime() - 1000));
  });

  it('R-PKG-9: expiry warnings 7, 5, 3 and 1 days before, once each; expired packages stop deducting', () => {
    const w = createWorld(fromBeijing(2026, 1, 1));
    const a = accountOf(w, SOLO).id;
    const gift = w.db.select().from(packages).where(eq(packages.accountId, a)).get()!; // expires 2026-04-01
    const at = (d: number, h = 0) =>
      systemContext(w.db, new Date(gift.expiresAt.getTime() - d * 86_400_000 + h * 3_600_000));
    // Both demo accounts' activation gifts expire at the same instant: two warnings per mark.
    expect(warnExpiringPackages(at(8))).toBe(0);
    expect(warnExpiringPackages(at(7))).toBe(2);
    expect(warnExpiringPackages(at(6))).toBe(0);
    expect(warnExpiringPackages(at(5))).toBe(2);
    expect(warnExpiringPackages(at(3))).toBe(2);
    expect(warnExpiringPackages(at(1))).toBe(2);
    expect(warnExpiringPackages(at(0, -1))).toBe(0);
    const titles = listNotifications(w.ctxFor(SOLO)).items.map((n) => n.title);
    expect(titles.filter((t) => t.startsWith('Package expires'))).toEqual([
      'Package expires in 1 day',
      'Package expires in 3 days',
      'Package expires in 5 days',
      'Package expires in 7 days',
    ]);
    expect(deductPackage(at(0), a, 1)).toBeNull();
  });

  it('R-PKG-7/8: auto-renew fires once per crossing; the balance alarm too', () => {
    const w = createWorld(new Date('2026-06-01T00:00:00Z'));
    const ctx = w.ctxFor(OWNER);
    const a = ctx.account!.id;
    updatePackageSettings(ctx, {
      autoRenewEnabled: true,
      autoRenewThreshold: 500,
      autoRenewCount: 2_000,
      alarmEnabled: true,
      alarmThreshold: 800,
    });
    const sys = systemContext(w.db, ctx.now);
    expect(availableBalance(sys, a)).toBe(11_000);
    expect(watchBalances(sys)).toEqual({ renewed: 0, alarms: 0 });
    // Spend down to 600: the alarm (below 800) fires, auto-renew (≤ 500) not yet.
    for (const p of w.db.select().from(packages).where(eq(packages.accountId, a)).all()) {
      movePackage(sys, {
        packageId: p.id,
        accountId: a,
        kind: 'deduct',
        delta: -(p.kind === 'gift' ? p.remaining : p.remaining - 600),
      });
    }
    expect(watchBalances(sys)).toEqual({ renewed: 0, alarms: 1 });
    expect(watchBalances(sys)).toEqual({ renewed: 0, alarms: 0 });
    const seeded = purchased(w, a)[0];
    movePackage(sys, { packageId: seeded.id, accountId: a, kind: 'deduct', delta: -100 });
    const before = cash(w, a);
    expect(watchBalances(sys)).toEqual({ renewed: 1, alarms: 0 });
    expect(cash(w, a)).toBe(before - yuan(100)); // 2,000 × 0.050 (R-PKG-2)
    expect(availableBalance(sys, a)).toBe(2_500);
    expect(watchBalances(sys)).toEqual({ renewed: 0, alarms: 0 }); // re-armed: alarm (≥ 800) and renew (> 500)
    const later = systemContext(w.db, new Date('2026-06-02T00:00:00Z'));
    for (const p of w.db.select().from(packages).where(eq(packages.accountId, a)).all()) {
      if (p.remaining > 0) movePackage(later, { packageId: p.id, accountId: a, kind: 'deduct', delta: -p.remaining });
    }
    expect(watchBalances(later)).toEqual({ renewed: 1, alarms: 1 });
    const titles = listNotifications(ctx).items.map((n) => n.title);
    expect(titles.filter((t) => t.startsWith('Auto-renewal'))).toEqual(['Auto-renewal bought', 'Auto-renewal bought']);
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('a failed auto-renewal is notified and changes no money', () => {
    const w = createWorld(new Date('2026-06-01T00:00:00Z'));
    const ctx = w.ctxFor(SOLO);
    updatePackageSettings(ctx, {
      autoRenewEnabled: true,
      autoRenewThreshold: 1_000,
      autoRenewCount: 1_000_000,
      alarmEnabled: false,
      alarmThreshold: 1,
    });
    const before = cash(w, ctx.account!.id);
    expect(watchBalances(systemContext(w.db, ctx.now))).toEqual({ renewed: 0, alarms: 0 });
    expect(cash(w, ctx.account!.id)).toBe(before);
    expect(listNotifications(ctx).items[0]).toMatchObject({ title: 'Auto-renewal failed' });
  });
});

describe('refunds (R-PKG-10, R-PKG-11)', () => {
  function workedExample(boughtAt: Date, priceYuan: number) {
    const w = createWorld(boughtAt);
    const a = accountOf(w, SOLO);
    const sys = systemContext(w.db, boughtAt);
    moveCash(sys, { accountId: a.id, kind: 'credit', amountLi: yuan(3 * priceYuan), reason: 'funds' });
    moveCash(sys, { accountId: a.id, kind: 'purchase', amountLi: -yuan(3 * priceYuan), reason: 'three packages' });
    const ids = ['A', 'B', 'C'].map((n, i) =>
      createPackage(systemContext(w.db, new Date(boughtAt.getTime() + i)), {
        accountId: a.id,
        kind: 'purchased',
        name: n,
        total: 500_000,
        paidLi: yuan(priceYuan),
        usableFrom: boughtAt,
        expiresAt: new Date(boughtAt.getTime() + 2 * 365 * 86_400_000),
      }),
    );
    const gift = createPackage(sys, {
      accountId: a.id,
      kind: 'gift',
      name: 'event gift',
      total: 300,
      paidLi: 0,
      usableFrom: boughtAt,
      expiresAt: new Date(boughtAt.getTime() + 90 * 86_400_000),
    });
    // 920,000 sent: 300 from the gift, then A fully, then B.
    movePackage(sys, { packageId: gift, accountId: a.id, kind: 'deduct', delta: -300 });
    movePackage(sys, { packageId: ids[0], accountId: a.id, kind: 'deduct', delta: -500_000 });
    movePackage(sys, { packageId: ids[1], accountId: a.id, kind: 'deduct', delta: -419_700 });
    const requestedAt = new Date(boughtAt.getTime() + 30 * 86_400_000);
    const ctx = w.ctxFor(SOLO, { now: requestedAt });
    const before = cash(w, a.id);
    expect(previewRefund(ctx, ids).totalLi).toBeGreaterThan(0);
    const { refundId, totalLi } = requestRefund(ctx, ids);
    expect(w.db.select().from(packages).where(eq(packages.id, gift)).get()!.state).toBe('voided');
    expect(w.db.select().from(packages).where(eq(packages.id, ids[1])).get()!.remaining).toBe(80_000); // 420,000 used after re-charge
    expect(listRefundQueue(w.ctxFor(FINANCE, { now: requestedAt })).map((r) => r.r.id)).toEqual([refundId]);
    decideRefund(w.ctxFor(FINANCE, { now: requestedAt }), { refundId, approve: true });
    expect(cash(w, a.id) - before).toBe(totalLi);
    expect(
      w.db
        .select()
        .from(packages)
        .where(eq(packages.accountId, a.id))
        .all()
        .filter((p) => ids.includes(p.id))
        .map((p) => [p.state, p.remaining]),
    ).toEqual([
      ['refunded', 0],
      ['refunded', 0],
      ['refunded', 0],
    ]);
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
    return totalLi;
  }

  it('three 500,000 packages at 19,000 yuan bought in 2019 → 19,100 yuan', () => {
    expect(workedExample(fromBeijing(2019, 10, 1), 19_000)).toBe(yuan(19_100));
  });

  it('the same bought 2020-02-15 at 20,500 yuan → 21,260 yuan', () => {
    expect(workedExample(fromBeijing(2020, 2, 15), 20_500)).toBe(yuan(21_260));
  });

  it('refused refunds put the packages back; gifts, invoiced and old packages are refused', () => {
    const w = createWorld(new Date('2026-06-01T00:00:00Z'));
    const ctx = w.ctxFor(OWNER);
    const a = ctx.account!.id;
    const seeded = purchased(w, a)[0];
    const gift = w.db
      .select()
      .from(packages)
      .where(and(eq(packages.accountId, a), eq(packages.kind, 'gift')))
      .get()!;
    expect(codeOf(() => requestRefund(ctx, [gift.id]))).toBe('CONFLICT');
    setPackageInvoiced(w.ctxFor(FINANCE), seeded.id, true);
    expect(codeOf(() => requestRefund(ctx, [seeded.id]))).toBe('CONFLICT');
    setPackageInvoiced(w.ctxFor(FINANCE), seeded.id, false);
    expect(codeOf(() => requestRefund(w.ctxFor(OWNER, { now: new Date('2026-09-01T00:00:01Z') }), [seeded.id]))).toBe(
      'CONFLICT',
    );
    expect(codeOf(() => requestRefund(w.ctxFor(SOLO), [seeded.id]))).toBe('NOT_FOUND');
    const { refundId } = requestRefund(ctx, [seeded.id]);
    expect(codeOf(() => decideRefund(w.ctxFor(FINANCE), { refundId, approve: false }))).toBe('INVALID_INPUT');
    expect(codeOf(() => decideRefund(w.ctxFor('admin@sms.local'), { refundId, approve: true }))).toBe('FORBIDDEN');
    const before = cash(w, a);
    decideRefund(w.ctxFor(FINANCE), { refundId, approve: false, reason: 'Suspected abuse' });
    expect(cash(w, a)).toBe(before);
    expect(w.db.select().from(packages).where(eq(packages.id, seeded.id)).get()!.state).toBe('active');
    expect(codeOf(() => decideRefund(w.ctxFor(FINANCE), { refundId, approve: true }))).toBe('CONFLICT');
    expect(listNotifications(ctx).items[0]).toMatchObject({ title: 'Refund refused' });
  });

  it('packages list: statuses, consumption and deletion of used-up ones', () => {
    const w = createWorld(new Date('2026-06-01T00:00:00Z'));
    const ctx = w.ctxFor(SOLO);
    const a = ctx.account!.id;
    const gift = w.db.select().from(packages).where(eq(packages.accountId, a)).get()!;
    movePackage(ctx, { packageId: gift.id, accountId: a, kind: 'deduct', delta: -100 });
    expect(listPackages(ctx).rows[0]).toMatchObject({ status: 'used up', deletable: true, refundable: false });
    expect(packageConsumption(ctx, gift.id).days).toEqual([{ day: '2026-06-01', used: 100 }]);
    deletePackage(ctx, gift.id);
    expect(listPackages(ctx).rows).toHaveLength(0);
    expect(codeOf(() => packageConsumption(w.ctxFor(OWNER), gift.id))).toBe('NOT_FOUND');
  });
});

describe('international postpaid (R-INT-1..3)', () => {
  it('charges yesterday from the cash balance next morning, once', () => {
    const w = createWorld(fromBeijing(2026, 3, 10, 12));
    const a = accountOf(w, OWNER).id;
    addUsage(systemContext(w.db, fromBeijing(2026, 3, 10, 12)), {
      accountId: a,
      day: '2026-03-10',
      region: 'international',
      isoCountry: 'HK',
      sent: 10,
      billed: 12,
      amountLi: 4_200,
    });
    const before = cash(w, a);
    const morning = systemContext(w.db, fromBeijing(2026, 3, 11, 6));
    expect(chargeInternationalDay(morning)).toBe(1);
    expect(chargeInternationalDay(morning)).toBe(0);
    expect(cash(w, a)).toBe(before - 4_200);
    const bill = internationalBill(w.ctxFor(OWNER), '2026-03');
    expect(bill).toMatchObject({
      totalLi: 4_200,
      unpaidLi: 0,
      byCountry: [{ iso_country: 'HK', billed: 12, amount: 4_200 }],
    });
  });

  it('R-INT-2: unpaid → notified → suspended after 12 hours → lifted when paid', () => {
    const w = createWorld(fromBeijing(2026, 3, 10, 12));
    const a = accountOf(w, SOLO).id;
    addUsage(systemContext(w.db, fromBeijing(2026, 3, 10, 12)), {
      accountId: a,
      day: '2026-03-10',
      region: 'international',
      isoCountry: 'US',
      sent: 1,
      billed: 1,
      amountLi: yuan(5_000),
    });
    const t0 = fromBeijing(2026, 3, 11, 6);
    chargeInternationalDay(systemContext(w.db, t0));
    const row = () => w.db.select().from(accounts).where(eq(accounts.id, a)).get()!;
    expect(row()).toMatchObject({ status: 'active', arrearsSince: t0 });
    expect(listNotifications(w.ctxFor(SOLO)).items[0].title).toBe('International charge unpaid');
    expect(suspendOverdueAccounts(systemContext(w.db, new Date(t0.getTime() + 12 * 3_600_000 - 1)))).toBe(0);
    expect(suspendOverdueAccounts(systemContext(w.db, new Date(t0.getTime() + 12 * 3_600_000)))).toBe(1);
    expect(row().status).toBe('suspended');
    adjustBalance(w.ctxFor(FINANCE), {
      accountId: a,
      direction: 'credit',
      amountYuan: '6000',
      reason: 'Paid the debt',
    });
    expect(row()).toMatchObject({ status: 'active', arrearsSince: null });
    expect(internationalBill(w.ctxFor(SOLO), '2026-03').unpaidLi).toBe(0);
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('R-INT-3: the admin sets the daily quota (default 100)', () => {
    const w = createWorld();
    const a = accountOf(w, OWNER).id;
    expect(w.db.select().from(accounts).where(eq(accounts.id, a)).get()!.intlDailyQuota).toBe(100);
    setIntlQuota(w.ctxFor('admin@sms.local'), { accountId: a, quota: 5_000 });
    expect(w.db.select().from(accounts).where(eq(accounts.id, a)).get()!.intlDailyQuota).toBe(5_000);
    expect(codeOf(() => setIntlQuota(w.ctxFor(FINANCE), { accountId: a, quota: 1 }))).toBe('FORBIDDEN');
  });
});

describe('the package headline', () => {
  it('counts only usable packages; a package pending effect is shown apart until it takes effect', () => {
    const t = new Date('2026-06-01T00:00:00Z');
    const w = createWorld(t);
    const ctx = w.ctxFor(OWNER, { now: t });
    const before = listPackages(ctx);
    expect(before.pendingEffect).toBe(0);
    buyPackage(ctx, { kind: 'custom', count: 1_500, agreed: true });
    const now = listPackages(ctx);
    expect(now.availableBalance).toBe(before.availableBalance);
    expect(now.pendingEffect).toBe(1_500);
    const later = listPackages(w.ctxFor(OWNER, { now: new Date(t.getTime() + 3_600_000) }));
    expect(later.availableBalance).toBe(before.availableBalance + 1_500);
    expect(later.pendingEffect).toBe(0);
  });
});
