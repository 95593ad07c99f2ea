import type { TemplateFields } from '@/lib/schemas/content';
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { createApplication } from '../applications/create-application';
import { setApplicationStatus } from '../applications/set-application-status';
import { accounts, messages, packages, signatures, tasks, templates } from '@/db/schema';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { importRejectRows, importReport } from '../imports/import-report';
import { createTask } from './create-task';
import { CLAIM_BY_TASK_SQL, dispatchBatch } from './dispatch';
import { applyDueReceipts, startDueTasks } from './receipts';
import { cancelTask, startTask, stopTask } from './task-control';
import { getTaskDetails, listTasks, taskRecipients } from './read-tasks';
import { movePackage, verifyLedgers } from '../money/ledger';
import { systemContext } from '../system-context';
import { CHECKS } from './checks';
import { PIPELINE_ORDER } from '@/lib/domain/sending/pipeline';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';
import { createApplicationInput } from '@/lib/schemas/applications';

const OWNER = 'owner@demo.local';
const SOLO = 'solo@demo.local';
// Tuesday 10:00 Beijing: inside marketing hours.
const T0 = fromBeijing(2026, 3, 10, 10);

beforeAll(() => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-uploads-'));
});

function setup(
  email = OWNER,
  region: 'mainland' | 'international' = 'mainland',
  content = 'Your order {1} has shipped via {2}.',
  type: TemplateFields['type'] = 'notification',
) {
  const w = createWorld(T0);
  const signatureId = effectiveSignature(w, email, region);
  const templateId = effectiveTemplate(w, email, region, content, type);
  return { w, signatureId, templateId };
}

const sdk = (w: World, email = OWNER) => {
  const row = w.db.get<{ sdk_app_id: string } | undefined>(
    sql`select sdk_app_id from applications where account_id = ${w.ctxFor(email).account!.id} limit 1`,
  );
  return row?.sdk_app_id ?? '';
};

// Ten minutes after the seed's purchase, so the seeded package is usable (R-PKG-3).
function sendAll(w: World, at = new Date(T0.getTime() + 600_000)) {
  let total = 0;
  for (;;) {
    const r = dispatchBatch(w.db, at, { batchSize: 500 });
    if (r.processed === 0) return total;
    total += r.processed;
  }
}

describe('import (R-SND-2, R-SND-3)', () => {
  it('checks, normalises and de-duplicates a CSV, keeping rejected rows with row number and reason', async () => {
    const { w, signatureId, templateId } = setup();
    const csv = [
      'phone,variable1,variable2',
      '13812345678,A-1,SF',
      '+86 138 1234 5678,A-2,SF',
      '008613912345678,A-3,JD',
      '12345,A-4,SF',
      '+85261234567,A-5,SF',
      '13712345678,,SF',
      '13612345678,A-7,SF',
    ].join('\n');
    const report = await createImport(w.ctxFor(OWNER), {
      region: 'mainland',
      templateId,
      signatureId,
      fileName: 'r.csv',
      file: tempFile('r.csv', csv),
    });
    expect(report).toMatchObject({ totalRows: 7, validRows: 3, duplicateRows: 1, rejectedRows: 3 });
    const rejects = importRejectRows(w.ctxFor(OWNER), report.importId);
    expect(rejects.map((r) => [r.rowNumber, r.reason])).toEqual([
      [5, 'Not a valid mainland China mobile number. (1016)'],
      [6, 'This is not a mainland China number; use an international list. (1034)'],
      [7, 'Variable {1} is empty.'],
    ]);
    // 【演示科技】 + "Your order A-1 has shipped via SF." = 6 + 31 → 1 message each.
    const r = importReport(w.ctxFor(OWNER), report.importId);
    expect(r.import.billableTotal).toBe(3);
    expect(r.coverage[0]).toMatchObject({ covers: 3 });
    expect(r.uncovered).toBe(0);
  });

  it('reads XLSX with the streaming reader; files without a header map phone then variables', async () => {
    const { w, signatureId, templateId } = setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('numbers');
    ws.addRow([13812345678, 'A-1', 'SF']);
    ws.addRow(['13912345678', { richText: [{ text: 'A-' }, { text: '2' }] }, 'JD']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'x-')), 'r.xlsx');
    await wb.xlsx.writeFile(file);
    const report = await createImport(w.ctxFor(OWNER), {
      region: 'mainland',
      templateId,
      signatureId,
      fileName: 'r.xlsx',
      file,
    });
    expect(report).toMatchObject({ totalRows: 2, validRows: 2, rejectedRows: 0 });
  });

  it('bad files get a clear message and create nothing', async () => {
    const { w, signatureId, templateId } = setup();
    const ctx = w.ctxFor(OWNER);
    const attempt = async (name: string, content: string | Buffer) => {
      try {
        await createImport(ctx, {
          region: 'mainland',
          templateId,
          signatureId,
          fileName: name,
          file: tempFile(name, content),
        });
        return 'OK';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(await attempt('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]))).toContain('.xls');
    expect(await attempt('doc.csv', Buffer.from('%PDF-1.4 ...'))).toContain('PDF');
    expect(await attempt('gbk.csv', Buffer.from([0xca, 0xd6, 0xbb, 0xfa, 0x0a, 0x31]))).toContain('not UTF-8');
    expect(await attempt('names.csv', 'name,city\nAnn,Paris\n')).toContain('No phone column');
    expect(await attempt('empty.csv', '')).toContain('empty');
    expect(await attempt('header-only.csv', 'phone,variable1,variable2\n')).toContain('no data rows');
    expect(await attempt('broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]))).toMatch(
      /damaged|opened/,
    );
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from imports`).n).toBe(0);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from import_rows`).n).toBe(0);
  });

  it('a file with 1,000,001 rows is refused and leaves nothing', async () => {
    const { w, signatureId } = setup();
    const templateId = effectiveTemplate(w, OWNER, 'mainland', 'Welcome to our store.', 'notification', 'Plain');
    const lines = ['phone'];
    for (let i = 0; i < 1_000_001; i++) lines.push(String(13000000000 + i));
    const file = tempFile('big.csv', lines.join('\n'));
    await expect(
      createImport(w.ctxFor(OWNER), { region: 'mainland', templateId, signatureId, fileName: 'big.csv', file }),
    ).rejects.toThrow(/more than 1,000,000 rows/);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from import_rows`).n).toBe(0);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from imports`).n).toBe(0);
  }, 60_000);

  it('typed numbers: at most 100, only for templates without variables', async () => {
    const { w, signatureId, templateId } = setup();
    const plain = effectiveTemplate(w, OWNER, 'mainland', 'Welcome to our store.', 'notification', 'Plain');
    const ctx = w.ctxFor(OWNER);
    await expect(
      createImport(ctx, { region: 'mainland', templateId, signatureId, fileName: 'typed', typed: ['13812345678'] }),
    ).rejects.toThrow(/without variables/);
    await expect(
      createImport(ctx, {
        region: 'mainland',
        templateId: plain,
        signatureId,
        fileName: 'typed',
        typed: Array.from({ length: 101 }, (_, i) => String(13800000000 + i)),
      }),
    ).rejects.toThrow(/At most 100/);
    const r = await createImport(ctx, {
      region: 'mainland',
      templateId: plain,
      signatureId,
      fileName: 'typed',
      typed: ['13812345678', '13812345678', 'abc'],
    });
    expect(r).toMatchObject({ validRows: 1, duplicateRows: 1, rejectedRows: 1 });
  });

  it('international rows: numbers with country code; ${name} variables from header columns; cost = price × count', async () => {
    const { w, signatureId } = setup(OWNER, 'international', 'Hi {1}');
    const templateId = effectiveTemplate(
      w,
      OWNER,
      'international',
      'Hello ${name}, your code is ${code}.',
      'notification',
      'Named',
    );
    const csv = 'phone,name,code\n+85261234567,Ann,1234\n+16502530000,Bob,5678\n13812345678,Cai,0000\n';
    const report = await createImport(w.ctxFor(OWNER), {
      region: 'international',
      templateId,
      signatureId,
      fileName: 'i.csv',
      file: tempFile('i.csv', csv),
    });
    expect(report).toMatchObject({ validRows: 2, rejectedRows: 1 });
    const r = importReport(w.ctxFor(OWNER), report.importId);
    // HK 0.350 + US 0.050 yuan per message (shipped price table)
    expect(r.costLi).toBe(350 + 50);
  });
});

describe('the dispatcher runs the checks in R-MSG-1 order', () => {
  it('one check per step, in the order of the spec; the application step is the claim itself (claim.ts takes only enabled applications, so the messages of a disabled one wait, R-APP-3)', () => {
    expect(CHECKS.map((c) => c.step)).toEqual(PIPELINE_ORDER.map((p) => p.step).filter((s) => s !== 'application'));
  });
});

describe('tasks, dispatch and receipts (R-SND-4..6, R-MSG-1..4, R-BIL-4, R-PKG-5)', () => {
  async function task(
    w: World,
    templateId: number,
    signatureId: number,
    numbers: string[][],
    extra: Record<string, unknown> = {},
    email = OWNER,
    region: 'mainland' | 'international' = 'mainland',
  ) {
    const csv = numbers.map((r) => r.join(',')).join('\n');
    const imp = await createImport(w.ctxFor(email), {
      region,
      templateId,
      signatureId,
      fileName: 'f.csv',
      file: tempFile('f.csv', csv),
    });
    return createTask(
      w.ctxFor(email),
      parseInput(createTaskInput, {
        region,
        importId: imp.importId,
        sdkAppId: sdk(w, email),
        signatureId,
        templateId,
        send: 'now',
        acknowledged: true,
        ...extra,
      }),
    );
  }

  it('sends, bills exactly the billed count from packages, and applies receipts', async () => {
    const { w, signatureId, templateId } = setup();
    const account = w.ctxFor(OWNER).account!;
    const before = w.db.get<{ n: number }>(
      sql`select sum(remaining) as n from packages where account_id = ${account.id}`,
    ).n;
    const rows = Array.from({ length: 300 }, (_, i) => [
      String(13800000000 + i),
      `A-${i}`,
      i % 2 ? 'SF' : 'x'.repeat(60),
    ]);
    const { taskId, total } = await task(w, templateId, signatureId, rows);
    expect(total).toBe(300);
    expect(sendAll(w)).toBe(300);
    const d = getTaskDetails(w.ctxFor(OWNER), taskId);
    expect(d.task).toMatchObject({ status: 'sent', submitted: 300, failed: 0, billed: 450 }); // 150 long ones bill 2
    const after = w.db.get<{ n: number }>(
      sql`select sum(remaining) as n from packages where account_id = ${account.id}`,
    ).n;
    expect(before - after).toBe(450);
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
    // Receipts arrive within the simulator's delay window; a few never report.
    applyDueReceipts(w.db, new Date(T0.getTime() + 700_000));
    const after2 = getTaskDetails(w.ctxFor(OWNER), taskId);
    expect(after2.receipts.withReceipt + after2.receipts.withoutReceipt).toBe(300);
    expect(after2.receipts.delivered + after2.receipts.undelivered).toBe(after2.receipts.withReceipt);
    expect(after2.receipts.withReceipt).toBeGreaterThan(270);
    const recips = taskRecipients(w.ctxFor(OWNER), taskId, { pageSize: 5 });
    expect(recips.rows[0].phone).toBe('138****0000');
    expect(recips.total).toBe(300);
    // A second run of the dispatcher finds nothing: each message is sent and billed once.
    expect(sendAll(w)).toBe(0);
  });

  it('R-SND-4: a task whose every message failed ends Failed, not Sent', async () => {
    const { w, signatureId, templateId } = setup();
    const { taskId } = await task(w, templateId, signatureId, [
      ['13800000001', 'A', 'SF'],
      ['13800000002', 'B', 'SF'],
    ]);
    w.db.run(sql`update templates set status = 'rejected' where id = ${templateId}`); // every message fails with 1014
    sendAll(w);
    expect(getTaskDetails(w.ctxFor(OWNER), taskId).task).toMatchObject({ status: 'failed', submitted: 0, failed: 2 });
    // one message out of two is enough for Sent
    w.db.run(sql`update templates set status = 'effective' where id = ${templateId}`);
    const second = await task(w, templateId, signatureId, [
      ['13800000003', 'A', 'SF'],
      ['12345', 'B', 'SF'],
    ]);
    sendAll(w);
    expect(getTaskDetails(w.ctxFor(OWNER), second.taskId).task.status).toBe('sent');
  });

  it('insufficient package: 1031 and nothing billed', async () => {
    const { w, signatureId, templateId } = setup();
    const account = w.ctxFor(OWNER).account!;
    const sys = systemContext(w.db, T0);
    for (const p of w.db.select().from(packages).where(eq(packages.accountId, account.id)).all()) {
      movePackage(sys, {
        packageId: p.id,
        accountId: account.id,
        kind: 'deduct',
        delta: -(p.remaining - (p.kind === 'gift' ? 0 : 1)),
      });
    }
    const { taskId } = await task(w, templateId, signatureId, [
      ['13800000001', 'A', 'SF'],
      ['13800000002', 'B', 'SF'],
    ]);
    sendAll(w);
    const d = getTaskDetails(w.ctxFor(OWNER), taskId);
    expect(d.task).toMatchObject({ submitted: 1, failed: 1, billed: 1 });
    expect(d.failures).toEqual([{ code: '1031', reason: 'insufficient package balance', count: 1 }]);
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('each R-MSG-1 check gives its code and bills nothing', async () => {
    const { w, signatureId, templateId } = setup();
    const ctx = w.ctxFor(OWNER);
    const marketing = effectiveTemplate(w, OWNER, 'mainland', 'Sale {1}! 回T退订', 'marketing', 'M');
    const codes = (taskId: number) =>
      w.db
        .select({ c: messages.failCode })
        .from(messages)
        .where(eq(messages.taskId, taskId))
        .all()
        .map((r) => r.c);
    // Break things after the task was created: the signature is deleted → 1012 (R-SIG-6: no mainland message without an effective signature).
    const a = await task(w, templateId, signatureId, [['13800000001', 'A', 'SF']]);
    w.db.update(signatures).set({ deletedAt: T0 }).where(eq(signatures.id, signatureId)).run();
    sendAll(w);
    expect(codes(a.taskId)).toEqual(['1012']);
    w.db.update(signatures).set({ deletedAt: null }).where(eq(signatures.id, signatureId)).run();
    // The template is no longer effective → 1014.
    const b = await task(w, templateId, signatureId, [['13800000002', 'A', 'SF']]);
    stopTask(ctx, b.taskId);
    w.db.update(templates).set({ status: 'rejected' }).where(eq(templates.id, templateId)).run();
    startTask(ctx, b.taskId);
    sendAll(w);
    expect(codes(b.taskId)).toEqual(['1014']);
    // Marketing outside 08:00–21:00 Beijing → 1030.
    const c = await task(w, marketing, signatureId, [['13800000003', 'X']]);
    sendAll(w, fromBeijing(2026, 3, 10, 22));
    expect(codes(c.taskId)).toEqual(['1030']);
    // A variable value making the message over 500 characters → 1017 (checked before the variables).
    const long = await task(w, marketing, signatureId, [['13800000004', 'x'.repeat(480)]]);
    w.db
      .update(templates)
      .set({ content: `${'y'.repeat(30)}Sale {1}! 回T退订` })
      .where(eq(templates.id, marketing))
      .run();
    sendAll(w);
    expect(codes(long.taskId)).toEqual(['1017']);
    expect(
      w.db.get<{ n: number }>(sql`select coalesce(sum(billable), 0) as n from messages where status = 'failed'`).n,
    ).toBe(0);
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });

  it('the sent text keeps a value as written, even one that looks like a variable (R-TPL-6)', async () => {
    const { w, signatureId } = setup(OWNER, 'international', 'Hi {1}');
    const named = effectiveTemplate(w, OWNER, 'international', 'Dear ${name}, welcome.', 'notification', 'Welcome');
    const { taskId } = await task(
      w,
      named,
      signatureId,
      [
        ['phone', 'name'],
        ['+85261234567', '{1}'],
      ],
      {},
      OWNER,
      'international',
    );
    sendAll(w);
    expect(
      w.db.select({ c: messages.content, s: messages.status }).from(messages).where(eq(messages.taskId, taskId)).all(),
    ).toEqual([{ c: 'Dear {1}, welcome.', s: 'submitted' }]);
  });

  it('individual accounts: marketing 1032 and variable values over 12 characters 1036; links 1048', async () => {
    const w = createWorld(T0);
    const signatureId = effectiveSignature(w, SOLO, 'mainland', 'LiShop');
    const tpl = effectiveTemplate(w, SOLO, 'mainland', 'Code {1}', 'verification');
    const ctx = w.ctxFor(SOLO);
    const csv = 'phone,variable1\n13800000001,123456789012\n13800000002,1234567890123\n13800000003,www.evil.cn\n';
    await expect(
      createImport(ctx, {
        region: 'mainland',
        templateId: tpl,
        signatureId,
        fileName: 'f.csv',
        file: tempFile('f.csv', csv),
      }),
    ).resolves.toMatchObject({ validRows: 1, rejectedRows: 2 });
    const rejects = w.db
      .all<{ reason: string }>(sql`select reason from import_rejects order by row_number`)
      .map((r) => r.reason);
    expect(rejects).toEqual([expect.stringContaining('(1036)'), expect.stringContaining('(1048)')]);
    // The pipeline checks again at send time: an enterprise template that became a marketing one for an individual → 1032.
    const imp = await createImport(ctx, {
      region: 'mainland',
      templateId: tpl,
      signatureId,
      fileName: 'f.csv',
      file: tempFile('f.csv', 'phone,variable1\n13800000009,1234\n'),
    });
    const { sdkAppId } = createApplication(ctx, parseInput(createApplicationInput, { name: 'Solo shop' }));
    const { taskId } = createTask(
      ctx,
      parseInput(createTaskInput, {
        region: 'mainland',
        importId: imp.importId,
        sdkAppId,
        signatureId,
        templateId: tpl,
        send: 'now',
        acknowledged: true,
      }),
    );
    w.db.update(templates).set({ type: 'marketing' }).where(eq(templates.id, tpl)).run();
    sendAll(w);
    expect(w.db.select({ c: messages.failCode }).from(messages).where(eq(messages.taskId, taskId)).all()).toEqual([
      { c: '1032' },
    ]);
  });

  it('frequency: the third message to a number in a natural day fails 1025; the same content within 30 s 1023', async () => {
    const { w, signatureId } = setup();
    const plain = effectiveTemplate(w, OWNER, 'mainland', 'Welcome to our store.', 'notification', 'Plain');
    const other = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel is ready.', 'notification', 'Other');
    const send = async (tpl: number, at: Date) => {
      const imp = await createImport(w.ctxFor(OWNER, { now: at }), {
        region: 'mainland',
        templateId: tpl,
        signatureId,
        fileName: 't',
        typed: ['13800000001'],
      });
      const { taskId } = createTask(
        w.ctxFor(OWNER, { now: at }),
        parseInput(createTaskInput, {
          region: 'mainland',
          importId: imp.importId,
          sdkAppId: sdk(w),
          signatureId,
          templateId: tpl,
          send: 'now',
          acknowledged: true,
        }),
      );
      sendAll(w, at);
      return w.db
        .select({ s: messages.status, c: messages.failCode })
        .from(messages)
        .where(eq(messages.taskId, taskId))
        .get();
    };
    expect(await send(plain, T0)).toEqual({ s: 'submitted', c: null });
    expect(await send(plain, new Date(T0.getTime() + 10_000))).toEqual({ s: 'failed', c: '1023' });
    expect(await send(other, new Date(T0.getTime() + 20_000))).toEqual({ s: 'submitted', c: null });
    expect(await send(plain, new Date(T0.getTime() + 3_600_000))).toEqual({ s: 'failed', c: '1025' });
    expect(await send(plain, fromBeijing(2026, 3, 11, 9))).toEqual({ s: 'submitted', c: null });
  });

  it('international: the daily quota (1047) and suspension (1033); priced per country', async () => {
    const { w, signatureId, templateId } = setup(OWNER, 'international', 'Your code is {1}.');
    const account = w.ctxFor(OWNER).account!;
    w.db.update(accounts).set({ intlDailyQuota: 3 }).where(eq(accounts.id, account.id)).run();
    const rows = Array.from({ length: 5 }, (_, i) => [`+8526123456${i}`, String(1000 + i)]);
    const { taskId } = await task(w, templateId, signatureId, rows, {}, OWNER, 'international');
    sendAll(w);
    const d = getTaskDetails(w.ctxFor(OWNER), taskId);
    expect(d.task).toMatchObject({ submitted: 3, failed: 2, costLi: 3 * 350 });
    expect(d.failures).toEqual([{ code: '1047', reason: 'international daily quota reached', count: 2 }]);
    w.db.update(accounts).set({ intlDailyQuota: 100, status: 'suspended' }).where(eq(accounts.id, account.id)).run();
    const second = await task(w, templateId, signatureId, [['+85261234599', '9']], {}, OWNER, 'international');
    sendAll(w);
    expect(getTaskDetails(w.ctxFor(OWNER), second.taskId).failures[0].code).toBe('1033');
  });

  it('scheduled tasks: cancelled up to 5 minutes before, refused within 5 minutes; start at their time', async () => {
    const { w, signatureId, templateId } = setup();
    const at = { send: 'scheduled', date: '2026-03-10', time: '12:00', timeZone: 'Asia/Shanghai' };
    const t1 = await task(w, templateId, signatureId, [['13800000001', 'A', 'SF']], at);
    const t2 = await task(w, templateId, signatureId, [['13800000002', 'A', 'SF']], at);
    expect(t1.status).toBe('scheduled');
    cancelTask(w.ctxFor(OWNER, { now: fromBeijing(2026, 3, 10, 11, 55) }), t1.taskId);
    expect(codeOf(() => cancelTask(w.ctxFor(OWNER, { now: fromBeijing(2026, 3, 10, 11, 55, 1) }), t2.taskId))).toBe(
      'CONFLICT',
    );
    expect(sendAll(w)).toBe(0);
    expect(startDueTasks(w.db, fromBeijing(2026, 3, 10, 12))).toBe(1);
    expect(sendAll(w, fromBeijing(2026, 3, 10, 12))).toBe(1);
    expect(w.db.select({ s: tasks.status }).from(tasks).where(eq(tasks.id, t1.taskId)).get()!.s).toBe('cancelled');
    // A different time zone: 12:00 in Tokyo is 11:00 in Beijing.
    const t3 = await task(w, templateId, signatureId, [['13800000003', 'A', 'SF']], { ...at, timeZone: 'Asia/Tokyo' });
    expect(w.db.select({ at: tasks.scheduledAt }).from(tasks).where(eq(tasks.id, t3.taskId)).get()!.at).toEqual(
      fromBeijing(2026, 3, 10, 11),
    );
    expect(
      codeOf(() =>
        createTask(
          w.ctxFor(OWNER),
          parseInput(createTaskInput, {
            region: 'mainland',
            importId: 999,
            sdkAppId: sdk(w),
            signatureId,
            templateId,
            send: 'scheduled',
            date: '2026-02-30',
            time: '12:00',
            acknowledged: true,
          }),
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('stop: nothing more is sent or billed; start again finishes the task', async () => {
    const { w, signatureId, templateId } = setup();
    const rows = Array.from({ length: 1200 }, (_, i) => [String(13800000000 + i), `A${i}`, 'SF']);
    const { taskId } = await task(w, templateId, signatureId, rows);
    dispatchBatch(w.db, T0, { batchSize: 500 });
    stopTask(w.ctxFor(OWNER), taskId);
    expect(sendAll(w)).toBe(0);
    expect(getTaskDetails(w.ctxFor(OWNER), taskId).task).toMatchObject({
      status: 'stopped',
      submitted: 500,
      billed: 500,
    });
    startTask(w.ctxFor(OWNER), taskId);
    expect(sendAll(w)).toBe(700);
    expect(getTaskDetails(w.ctxFor(OWNER), taskId).task).toMatchObject({ status: 'sent', submitted: 1200 });
    expect(codeOf(() => stopTask(w.ctxFor(OWNER), taskId))).toBe('CONFLICT');
  });

  it('R-APP-3: a disabled application sends nothing; its messages wait until it is enabled', async () => {
    const { w, signatureId, templateId } = setup();
    const { taskId } = await task(w, templateId, signatureId, [
      ['13800000001', 'A', 'SF'],
      ['13800000002', 'B', 'SF'],
    ]);
    setApplicationStatus(w.ctxFor(OWNER), sdk(w), 'disabled');
    expect(sendAll(w)).toBe(0);
    expect(getTaskDetails(w.ctxFor(OWNER), taskId).task).toMatchObject({ submitted: 0, failed: 0, billed: 0 });
    setApplicationStatus(w.ctxFor(OWNER), sdk(w), 'enabled');
    expect(sendAll(w)).toBe(2);
    expect(getTaskDetails(w.ctxFor(OWNER), taskId).task).toMatchObject({ status: 'sent', submitted: 2 });
  });

  it('confirm needs the acknowledgement; an import is used once; another account cannot touch a task', async () => {
    const { w, signatureId, templateId } = setup();
    const imp = await createImport(w.ctxFor(OWNER), {
      region: 'mainland',
      templateId,
      signatureId,
      fileName: 'f',
      file: tempFile('f.csv', '13800000001,A,SF\n'),
    });
    const base = { region: 'mainland', importId: imp.importId, sdkAppId: sdk(w), signatureId, templateId, send: 'now' };
    expect(codeOf(() => createTask(w.ctxFor(OWNER), parseInput(createTaskInput, base)))).toBe('INVALID_INPUT');
    createTask(w.ctxFor(OWNER), parseInput(createTaskInput, { ...base, acknowledged: true }));
    expect(
      codeOf(() => createTask(w.ctxFor(OWNER), parseInput(createTaskInput, { ...base, acknowledged: true }))),
    ).toBe('CONFLICT');
    const t = listTasks(w.ctxFor(OWNER), { region: 'mainland' }).rows[0];
    expect(codeOf(() => getTaskDetails(w.ctxFor(SOLO), t.id))).toBe('NOT_FOUND');
    expect(codeOf(() => stopTask(w.ctxFor(SOLO), t.id))).toBe('NOT_FOUND');
    expect(codeOf(() => importReport(w.ctxFor(SOLO), imp.importId))).toBe('NOT_FOUND');
    expect(listTasks(w.ctxFor(SOLO), { region: 'mainland' }).rows).toEqual([]);
  });
});

describe('dispatch claims stay linear', () => {
  it('claims a task’s pending messages through the pending index, never by walking the task’s sent rows', () => {
    const w = createWorld();
    const plan = w.db.$client
      .prepare(`EXPLAIN QUERY PLAN ${CLAIM_BY_TASK_SQL}`)
      .all(1, 5000)
      .map((r) => (r as { detail: string }).detail)
      .join(' | ');
    expect(plan).toContain('messages_pending_idx');
    expect(plan).not.toContain('messages_task_idx');
  });
});
