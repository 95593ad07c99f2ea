// R-APP-10: alarm contacts receive the events they chose, by e-mail through a real SMTP server on
// loopback and by SMS through the platform's own sender (billed to nobody).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { startTestSmtp, type TestSmtp } from '@/lib/testing/smtp';
import { effectiveSignature, effectiveTemplate } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { checkContact } from '@/lib/domain/alarms/contacts';
import { submitTemplate } from '../templates/submit-template';
import { decideReview } from '../review/review-item';
import { saveAppSettings } from '../applications/app-settings';
import { createImport } from '../imports/create-import';
import { dispatchBatch } from '../sending/dispatch';
import { createPolicy, createSubUser } from '../access/access';
import { contextForUser } from '../user-context';
import { addAlarmContact, deleteAlarmContact, listAlarmContacts, modifyAlarmContact } from './contacts';
import { alarmSmsText, deliverDueAlarms, MAX_ALARM_ATTEMPTS } from './deliver';
import { raiseAlarm } from './raise';
import { listAlarmDeliveries } from './read-deliveries';
import { parseInput } from '@/lib/server/validation';
import { reviewDecisionInput } from '@/lib/schemas/review';
import { policyInput, subUserInput } from '@/lib/schemas/access';
import { alarmContactInput, appSettingsInput } from '@/lib/schemas/applications';
import { sendNow } from '@/lib/testing/sending';

const OWNER = 'owner@demo.local';
const APP = '1400100001';
const T0 = fromBeijing(2026, 3, 10, 10);
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'SMS Console <alarms@test.local>';
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

const contact = (over: Record<string, unknown> = {}) => ({
  name: 'Ops',
  phone: '+8613900000001',
  email: 'ops@example.com',
  events: ['review', 'overLimit'],
  ...over,
});
const deliveries = (w: World) =>
  w.db.all<{ channel: string; target: string; state: string; event: string }>(
    sql`select channel, target, state, event from alarm_deliveries order by id`,
  );

describe('alarm contacts (R-APP-10)', () => {
  it('fields are checked; at most 5 per application; edit and delete; another account cannot see them', () => {
    expect(checkContact({ name: '', phone: '123', email: 'nope', events: ['x'] })).toEqual({
      ok: false,
      errors: {
        name: expect.any(String),
        phone: expect.stringContaining('country code'),
        email: expect.any(String),
        events: 'Choose events from the list.',
      },
    });
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    expect(codeOf(() => addAlarmContact(owner, APP, parseInput(alarmContactInput, contact({ phone: '12345' }))))).toBe(
      'INVALID_INPUT',
    );
    const ids = [1, 2, 3, 4, 5].map(
      (i) =>
        addAlarmContact(
          owner,
          APP,
          parseInput(alarmContactInput, contact({ name: `Ops ${i}`, phone: `1390000000${i}` })),
        ).id,
    );
    expect(codeOf(() => addAlarmContact(owner, APP, parseInput(alarmContactInput, contact())))).toBe('LIMIT_REACHED');
    expect(listAlarmContacts(owner, APP)[0]).toMatchObject({
      name: 'Ops 1',
      phone: '+8613900000001',
      maskedPhone: '139****0001',
      events: ['review', 'overLimit'],
    });
    modifyAlarmContact(
      owner,
      APP,
      ids[0],
      parseInput(alarmContactInput, contact({ name: 'Night shift', events: 'package,antiAbuse' })),
    );
    expect(listAlarmContacts(owner, APP)[0]).toMatchObject({ name: 'Night shift', events: ['package', 'antiAbuse'] });
    deleteAlarmContact(owner, APP, ids[4]);
    expect(listAlarmContacts(owner, APP)).toHaveLength(4);
    const solo = w.ctxFor('solo@demo.local');
    expect(codeOf(() => listAlarmContacts(solo, APP))).toBe('NOT_FOUND');
    expect(codeOf(() => deleteAlarmContact(solo, '1400100002', ids[0]))).toBe('NOT_FOUND');
  });

  it('*NewsReceiver permissions: a sub-user that may only read cannot add, edit or delete', () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    const doc = JSON.stringify({
      version: '2.0',
      statement: [
        { effect: 'allow', action: ['name/sms:DescribeNewsReceiver'], resource: ['qcs::sms::uin/100000000001:app/*'] },
      ],
    });
    const { id } = createPolicy(owner, parseInput(policyInput, { name: 'ReadAlarms', description: '', document: doc }));
    createSubUser(
      owner,
      parseInput(subUserInput, {
        name: 'Reader',
        email: 'reader@demo.local',
        password: 'Reader#2026x',
        policies: [`custom:${id}`],
      }),
    );
    const reader = contextForUser(
      w.db,
      w.db.get<{ id: number }>(sql`select id from users where email = 'reader@demo.local'`).id,
      T0,
    )!;
    const c = addAlarmContact(owner, APP, parseInput(alarmContactInput, contact()));
    expect(listAlarmContacts(reader, APP)).toHaveLength(1);
    expect(codeOf(() => addAlarmContact(reader, APP, parseInput(alarmContactInput, contact())))).toBe('FORBIDDEN');
    expect(codeOf(() => modifyAlarmContact(reader, APP, c.id, parseInput(alarmContactInput, contact())))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => deleteAlarmContact(reader, APP, c.id))).toBe('FORBIDDEN');
  });

  it('a review decision reaches the contacts who chose review notices: e-mail in the SMTP server, SMS from the platform sender', async () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    addAlarmContact(owner, APP, parseInput(alarmContactInput, contact()));
    addAlarmContact(
      owner,
      APP,
      parseInput(
        alarmContactInput,
        contact({ name: 'Finance', phone: '+85261234567', email: 'money@example.com', events: ['package'] }),
      ),
    );
    const before = smtp.mails.length;
    const { id } = submitTemplate(owner, {
      fields: {
        region: 'mainland',
        name: 'Alarm test',
        type: 'notification',
        content: 'Your order {1} has shipped.',
        notes: '',
      },
    });
    decideReview(
      w.ctxFor('reviewer@sms.local'),
      parseInput(reviewDecisionInput, { kind: 'template', id, revision: 1, decision: 'approve' }),
    );
    expect(deliveries(w)).toEqual([
      { channel: 'email', target: 'ops@example.com', state: 'queued', event: 'review' },
      { channel: 'sms', target: '+8613900000001', state: 'queued', event: 'review' },
    ]);
    expect(await deliverDueAlarms(w.db, T0)).toEqual({ sent: 2, failed: 0 });
    const mail = smtp.mails.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toEqual(['ops@example.com']);
    expect(mail[0].from).toBe('alarms@test.local');
    // R-UI-4: a contact has no language of their own, so the e-mail reads Chinese, then English.
    expect(mail[0].subject).toBe('[SMS Console] 正文模板 Alarm test 已通过 | Body template Alarm test approved');
    expect(mail[0].text).toBe(
      '正文模板 Alarm test 已通过审核并已生效。\n\n——\n\nBody template Alarm test passed review and is effective.',
    );
    // The SMS goes through the pipeline as a message of the platform account, billed to nobody.
    dispatchBatch(w.db, T0);
    const sms = w.db.get<{
      status: string;
      content: string;
      package_id: number | null;
      price_li: number;
      kind: string;
    }>(
      sql`select m.status, m.content, m.package_id, m.price_li, a.kind from messages m join accounts a on a.id = m.account_id where m.phone = '+8613900000001'`,
    );
    expect(sms).toMatchObject({ status: 'submitted', package_id: null, price_li: 0, kind: 'platform' });
    // A mainland number reads the alarm in Chinese.
    expect(sms.content).toBe('短信控制台告警：正文模板 Alarm test 已通过：正文模板 Alarm test 已通过审核并已生效。');
    expect(deliveries(w).map((d) => d.state)).toEqual(['sent', 'sent']);
    // Admin → Alarms lists them newest first, the SMS target masked, with the sender message's status.
    expect(listAlarmDeliveries(w.ctxFor('admin@sms.local'))).toMatchObject([
      {
        channel: 'sms',
        target: '139****0001',
        state: 'sent',
        attempts: 1,
        lastError: null,
        messageStatus: 'submitted',
      },
      {
        channel: 'email',
        target: 'ops@example.com',
        state: 'sent',
        account: 'Demo Tech Co., Ltd.',
        messageStatus: null,
      },
    ]);
    // A second alarm reuses the same platform sender.
    raiseAlarm(w.db, T0, {
      accountId: owner.account!.id,
      applicationId: null,
      event: 'package',
      title: 'Package balance low',
      body: 'Low.',
    });
    await deliverDueAlarms(w.db, T0);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from accounts where kind = 'platform'`).n).toBe(1);
    expect(smtp.mails.slice(before).map((m) => m.to[0])).toEqual(['ops@example.com', 'money@example.com']);
  });

  it('the daily alarm value reaches over-limit contacts once; a frequency limit reminds frequency contacts once a day', async () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    addAlarmContact(owner, APP, parseInput(alarmContactInput, contact({ events: ['overLimit'] })));
    addAlarmContact(
      owner,
      APP,
      parseInput(
        alarmContactInput,
        contact({ name: 'Freq', email: 'freq@example.com', phone: '+8613900000002', events: ['frequency'] }),
      ),
    );
    saveAppSettings(
      owner,
      APP,
      'thresholds',
      parseInput(appSettingsInput, { mainlandAlarm: '2', mainlandLimit: '', intlAlarm: '', intlLimit: '' }),
    );
    const sig = effectiveSignature(w, OWNER, 'mainland');
    const tpl = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel has arrived.', 'notification', 'P');
    const send = async (numbers: string[], at: Date) => {
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
    };
    await send(['13800000001', '13800000002', '13800000003'], T0);
    // The same content twice within 30 s: the frequency limit (1023-ish) reminds once.
    await send(['13800000001'], new Date(T0.getTime() + 5_000));
    await send(['13800000001'], new Date(T0.getTime() + 10_000));
    const byEvent = w.db.all<{ event: string; target: string }>(
      sql`select event, target from alarm_deliveries where channel = 'email' and event <> 'review' order by id`,
    );
    expect(byEvent).toEqual([
      { event: 'overLimit', target: 'ops@example.com' },
      { event: 'frequency', target: 'freq@example.com' },
    ]);
    const before = smtp.mails.length;
    await deliverDueAlarms(w.db, new Date(T0.getTime() + 20_000));
    const subjects = smtp.mails.slice(before).map((m) => m.subject);
    expect(subjects).toContain(
      '[SMS Console] Demo App：国内短信已达每日告警值 | Demo App: daily mainland alarm value reached',
    );
    expect(subjects).toContain(
      '[SMS Console] Demo App：短信因频率限制被拦截 | Demo App: messages stopped by the frequency limit',
    );
  });

  it('e-mail is off without SMTP_URL; a refusing server is retried with backoff, then marked failed', async () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    addAlarmContact(
      owner,
      APP,
      parseInput(alarmContactInput, contact({ events: ['package'], phone: '+8613900000009' })),
    );
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    raiseAlarm(w.db, T0, {
      accountId: owner.account!.id,
      applicationId: null,
      event: 'package',
      title: 'Off',
      body: 'No e-mail.',
    });
    process.env.SMTP_URL = url;
    expect(deliveries(w).find((d) => d.channel === 'email')!.state).toBe('off');
    raiseAlarm(w.db, T0, {
      accountId: owner.account!.id,
      applicationId: null,
      event: 'package',
      title: 'Retry',
      body: 'Refused first.',
    });
    smtp.refuseNext(MAX_ALARM_ATTEMPTS);
    let at = T0.getTime();
    for (let i = 0; i < MAX_ALARM_ATTEMPTS; i++) {
      await deliverDueAlarms(w.db, new Date(at));
      at += 10_000 * 2 ** i;
    }
    const row = w.db.get<{ state: string; attempts: number; last_error: string }>(
      sql`select state, attempts, last_error from alarm_deliveries where subject = 'Retry | Retry' and channel = 'email'`,
    );
    expect(row).toMatchObject({ state: 'failed', attempts: MAX_ALARM_ATTEMPTS });
    expect(row.last_error).toContain('451');
    expect(alarmSmsText('T', 'x'.repeat(400))).toHaveLength(300);
  });
});
