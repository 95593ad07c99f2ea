import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { messages } from '@/db/schema';
import { codeOf, createWorld } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createGroup, deleteGroup, importIntoGroup, listGroups, listNumbers, removeNumbers } from './groups';
import { createImport } from '../imports/create-import';
import { parseInput } from '@/lib/server/validation';
import { groupInput } from '@/lib/schemas/clients';
import { sendNow } from '@/lib/testing/sending';

const OWNER = 'owner@demo.local';
const T0 = fromBeijing(2026, 3, 10, 10);

beforeAll(() => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-uploads-'));
});

describe('customer groups and pool (R-CON-1, R-CON-2)', () => {
  it('imports a file into a new group: normalised, de-duplicated per group, rejected rows with numbers and reasons', async () => {
    const w = createWorld(T0);
    const ctx = w.ctxFor(OWNER);
    const lines = [
      'name,phone',
      ...Array.from({ length: 1000 }, (_, i) => `c${i},${13800000000 + (i % 900)}`),
      'bad,12345',
      'x,+85261234567',
    ];
    const r = await importIntoGroup(ctx, {
      newGroup: { name: 'VIP', region: 'mainland' },
      file: tempFile('g.csv', lines.join('\n')),
    });
    expect(r).toMatchObject({ totalRows: 1002, added: 900, duplicates: 100 });
    expect(r.rejected.map((x) => x.rowNumber)).toEqual([1002, 1003]);
    const g = listGroups(ctx, { q: 'VI' });
    expect(g.rows).toEqual([expect.objectContaining({ name: 'VIP', region: 'mainland', count: 900 })]);
    // Manual input into the existing group: duplicates of the group are not added again.
    const m = await importIntoGroup(ctx, {
      groupId: r.groupId,
      lines: ['13812345670', '138 0000 0001', '+86 139 0000 0000'],
    });
    expect(m).toMatchObject({ added: 2, duplicates: 1 });
    expect(listNumbers(ctx, { groupId: r.groupId, q: '13812345670' }).rows).toEqual([
      expect.objectContaining({ phone: '138****5670', source: 'manual' }),
    ]);
    await expect(
      importIntoGroup(ctx, {
        groupId: r.groupId,
        lines: Array.from({ length: 101 }, (_, i) => String(13700000000 + i)),
      }),
    ).rejects.toThrow(/At most 100/);
    expect(codeOf(() => createGroup(ctx, parseInput(groupInput, { name: 'VIP', region: 'mainland' })))).toBe(
      'CONFLICT',
    );
  });

  it('a task to a group takes the group’s numbers; groups refuse templates with variables', async () => {
    const w = createWorld(T0);
    const ctx = w.ctxFor(OWNER);
    const signatureId = effectiveSignature(w, OWNER, 'mainland');
    const plain = effectiveTemplate(w, OWNER, 'mainland', 'Our store opens at 9 tomorrow.', 'notification', 'Plain');
    const withVars = effectiveTemplate(w, OWNER, 'mainland', 'Order {1} shipped.', 'notification', 'Vars');
    const { groupId } = await importIntoGroup(ctx, {
      newGroup: { name: 'All', region: 'mainland' },
      lines: ['13800000001', '13800000002', '13800000003'],
    });
    await expect(
      createImport(ctx, { region: 'mainland', templateId: withVars, signatureId, fileName: 'g', groupId }),
    ).rejects.toThrow(/without variables/);
    await expect(
      createImport(ctx, { region: 'international', templateId: plain, signatureId, fileName: 'g', groupId }),
    ).rejects.toThrow();
    const imp = await createImport(ctx, { region: 'mainland', templateId: plain, signatureId, fileName: 'g', groupId });
    const { taskId } = sendNow(ctx, imp.importId, { signatureId: signatureId, templateId: plain });
    // Later changes to the group do not touch the task's recipients.
    await importIntoGroup(ctx, { groupId, lines: ['13800000004'] });
    removeNumbers(
      ctx,
      listNumbers(ctx, { groupId, q: '13800000001' }).rows.map((r) => r.id),
    );
    deleteGroup(ctx, groupId);
    expect(
      w.db
        .select({ p: messages.phone })
        .from(messages)
        .where(eq(messages.taskId, taskId))
        .all()
        .map((r) => r.p),
    ).toEqual(['+8613800000001', '+8613800000002', '+8613800000003']);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from customer_numbers where group_id = ${groupId}`).n).toBe(
      0,
    );
  });

  it('a group task takes the group’s numbers when confirmed, not when checked (R-CON-2)', async () => {
    const w = createWorld(T0);
    const ctx = w.ctxFor(OWNER);
    const signatureId = effectiveSignature(w, OWNER, 'mainland');
    const plain = effectiveTemplate(w, OWNER, 'mainland', 'Our store opens at 9 tomorrow.', 'notification', 'Plain');
    const { groupId } = await importIntoGroup(ctx, {
      newGroup: { name: 'Live', region: 'mainland' },
      lines: ['13800000001', '13800000002'],
    });
    const imp = await createImport(ctx, { region: 'mainland', templateId: plain, signatureId, fileName: 'g', groupId });
    expect(imp.validRows).toBe(2);
    // Between "check" and "Confirm Send" the group changes.
    await importIntoGroup(ctx, { groupId, lines: ['13800000003', '13800000004'] });
    removeNumbers(
      ctx,
      listNumbers(ctx, { groupId, q: '13800000001' }).rows.map((r) => r.id),
    );
    const { taskId, total } = sendNow(ctx, imp.importId, { signatureId: signatureId, templateId: plain });
    expect(total).toBe(3);
    expect(
      w.db
        .select({ p: messages.phone })
        .from(messages)
        .where(eq(messages.taskId, taskId))
        .all()
        .map((r) => r.p)
        .sort(),
    ).toEqual(['+8613800000002', '+8613800000003', '+8613800000004']);
    // A group deleted before confirming refuses the task.
    const again = await createImport(ctx, {
      region: 'mainland',
      templateId: plain,
      signatureId,
      fileName: 'g',
      groupId,
    });
    deleteGroup(ctx, groupId);
    expect(codeOf(() => sendNow(ctx, again.importId, { signatureId: signatureId, templateId: plain }))).toBe(
      'CONFLICT',
    );
  });

  it("another account's groups and numbers cannot be read or used by id", async () => {
    const w = createWorld(T0);
    const { groupId } = await importIntoGroup(w.ctxFor(OWNER), {
      newGroup: { name: 'Mine', region: 'mainland' },
      lines: ['13800000001'],
    });
    const solo = w.ctxFor('solo@demo.local');
    expect(codeOf(() => listNumbers(solo, { groupId }))).toBe('NOT_FOUND');
    expect(codeOf(() => deleteGroup(solo, groupId))).toBe('NOT_FOUND');
    await expect(importIntoGroup(solo, { groupId, lines: ['13800000009'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(listNumbers(solo).rows).toEqual([]);
    expect(
      removeNumbers(
        solo,
        listNumbers(w.ctxFor(OWNER)).rows.map((r) => r.id),
      ),
    ).toBe(0);
    expect(listGroups(solo).rows).toEqual([]);
  });
});
