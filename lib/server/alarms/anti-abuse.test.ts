// R-APP-11: the captcha anti-abuse rule evaluated from the hourly rollups, alarms once per application and hour.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { dispatchBatch } from '../sending/dispatch';
import { applyDueReceipts } from '../sending/receipts';
import { addAlarmContact } from './contacts';
import { captchaHours, evaluateAntiAbuse, getAntiAbuseRule, saveAntiAbuseRule } from './anti-abuse';
import { parseInput } from '@/lib/server/validation';
import { antiAbuseRuleInput, alarmContactInput } from '@/lib/schemas/applications';
import { sendNow } from '@/lib/testing/sending';

const OWNER = 'owner@demo.local';
const APP = '1400100001';
const T0 = fromBeijing(2026, 3, 10, 14, 5);

async function send(w: World, sig: number, tpl: number, numbers: string[], at: Date) {
  const ctx = w.ctxFor(OWNER, { now: at });
  const imp = await createImport(ctx, {
    region: 'mainland',
    templateId: tpl,
    signatureId: sig,
    fileName: 'typed',
    typed: numbers,
  });
  sendNow(ctx, imp.importId, { signatureId: sig, templateId: tpl }, { sdkAppId: APP });
  dispatchBatch(w.db, at);
  applyDueReceipts(w.db, new Date(at.getTime() + 10_000));
}

const numbers = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(13700000000 + from + i));

function setup() {
  const w = createWorld(T0);
  const sig = effectiveSignature(w, OWNER, 'mainland');
  const captcha = effectiveTemplate(
    w,
    OWNER,
    'mainland',
    'Your login code is ready. Do not share it.',
    'notification',
    'Code',
  );
  const plain = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel has arrived.', 'notification', 'Parcel');
  addAlarmContact(
    w.ctxFor(OWNER),
    APP,
    parseInput(alarmContactInput, {
      name: 'Sec',
      phone: '+8613900000001',
      email: 'sec@example.com',
      events: ['antiAbuse'],
    }),
  );
  return { w, sig, captcha, plain };
}

describe('captcha anti-abuse monitoring (R-APP-11)', () => {
  it('a spike of failing verification-code requests raises one alarm for the hour, to the anti-abuse contacts', async () => {
    const { w, sig, captcha, plain } = setup();
    // 60 requests delivered, then the same 60 again within 30 s: frequency-limited (1023), a 50 % success rate.
    await send(w, sig, captcha, numbers(0, 60), T0);
    await send(w, sig, captcha, numbers(0, 60), new Date(T0.getTime() + 5_000));
    // Non-captcha traffic does not count.
    await send(w, sig, plain, numbers(100, 30), new Date(T0.getTime() + 6_000));
    const now = new Date(T0.getTime() + 60_000);
    expect(evaluateAntiAbuse(w.db, now)).toBe(1);
    expect(evaluateAntiAbuse(w.db, new Date(now.getTime() + 60_000))).toBe(0);
    const alarms = w.db.all<{ channel: string; target: string; subject: string }>(
      sql`select channel, target, subject from alarm_deliveries where event = 'antiAbuse'`,
    );
    expect(alarms).toEqual([
      {
        channel: 'email',
        target: 'sec@example.com',
        subject: 'Demo App：验证码流量异常 | Demo App: unusual verification-code traffic',
      },
      { channel: 'sms', target: '+8613900000001', subject: 'Demo App：验证码流量异常' },
    ]);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from notifications where category = 'security'`).n).toBe(1);
    const day = captchaHours(w.ctxFor(OWNER, { now }), APP, '2026-03-10');
    const h14 = day.hours[14];
    expect(h14).toMatchObject({ hour: '14:00', requests: 120, yesterday: 0, growthPct: null, alarm: true });
    expect(h14.successes).toBeGreaterThan(50);
    expect(h14.successPct!).toBeLessThan(55);
    expect(day.hours[13].requests).toBe(0);
  });

  it('the same hour yesterday tempers growth; X, Y and Z are the application’s own; a disabled rule is silent', async () => {
    const { w, sig, captcha } = setup();
    // Yesterday at 14:00 the application had 100 requests.
    await send(w, sig, captcha, numbers(0, 100), new Date(T0.getTime() - 86_400_000));
    await send(w, sig, captcha, numbers(0, 60), T0);
    await send(w, sig, captcha, numbers(0, 60), new Date(T0.getTime() + 5_000));
    const now = new Date(T0.getTime() + 60_000);
    // 120 vs 100 is +20 %: not above 90 %.
    expect(evaluateAntiAbuse(w.db, now)).toBe(0);
    const owner = w.ctxFor(OWNER, { now });
    expect(
      codeOf(() =>
        saveAntiAbuseRule(
          owner,
          APP,
          parseInput(antiAbuseRuleInput, { enabled: true, minRequests: '0', minSuccessPct: '80', maxGrowthPct: '90' }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    saveAntiAbuseRule(
      owner,
      APP,
      parseInput(antiAbuseRuleInput, { enabled: false, minRequests: '50', minSuccessPct: '80', maxGrowthPct: '10' }),
    );
    expect(evaluateAntiAbuse(w.db, now)).toBe(0);
    saveAntiAbuseRule(
      owner,
      APP,
      parseInput(antiAbuseRuleInput, { enabled: 'on', minRequests: '50', minSuccessPct: '80', maxGrowthPct: '10' }),
    );
    expect(getAntiAbuseRule(owner, APP)).toEqual({
      enabled: true,
      minRequests: 50,
      minSuccessPct: 80,
      maxGrowthPct: 10,
    });
    expect(evaluateAntiAbuse(w.db, now)).toBe(1);
    expect(codeOf(() => getAntiAbuseRule(w.ctxFor('solo@demo.local'), APP))).toBe('NOT_FOUND');
  });
});
