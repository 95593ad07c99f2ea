// The import preview with column mapping, for bulk tasks and customer groups.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { importIntoGroup } from '../clients/groups';
import { createImport } from './create-import';
import { deleteColumnMapping, listColumnMappings, previewFile, saveColumnMapping } from './column-mappings';
import { parseInput } from '@/lib/server/validation';
import { columnMappingInput } from '@/lib/schemas/imports';

const OWNER = 'owner@demo.local';
const SOLO = 'solo@demo.local';

let w: World;
let signatureId: number;
let templateId: number;

// A CRM export: phone in the third column, under a title the standard layout does not know.
const CRM = [
  'Name,City,Mobile No',
  'Li Lei,Beijing,13812340001',
  'Han Mei,Shanghai,13812340002',
  'Bad,Nowhere,12345',
  'Wu Yi,Shenzhen,13812340003',
].join('\n');
const CRM_NEXT = ['name,city,mobile no', 'Zhao,Hangzhou,13912340001', 'Qian,Wuhan,13912340002'].join('\n');
const mapping = { hasHeader: true, phone: 2, vars: { '1': 0 } };

beforeAll(() => {
  w = createWorld();
  signatureId = effectiveSignature(w, OWNER, 'mainland');
  templateId = effectiveTemplate(w, OWNER, 'mainland', 'Dear {1}, your order has shipped.');
});

const task = (over: Record<string, unknown> = {}) => ({
  region: 'mainland' as const,
  templateId,
  signatureId,
  fileName: 'crm.csv',
  ...over,
});

describe('column mapping of recipient files', () => {
  it('previews the first rows and maps a standard file by itself', async () => {
    const p = await previewFile(w.ctxFor(OWNER), {
      file: tempFile('std.csv', 'phone,variable1\n13812340009,Li\n'),
      ...task(),
    });
    expect(p.rows).toEqual([
      ['phone', 'variable1'],
      ['13812340009', 'Li'],
    ]);
    expect(p).toMatchObject({
      kind: 'csv',
      columns: 2,
      variables: ['1'],
      source: { kind: 'standard' },
      suggested: { hasHeader: true, phone: 0, vars: { '1': 1 } },
    });
  });

  it('a file whose phone column is the third, with a header, imports correctly after mapping', async () => {
    const file = tempFile('crm.csv', CRM);
    const p = await previewFile(w.ctxFor(OWNER), { file, ...task() });
    expect(p.suggested).toBeNull();
    expect(p.rows).toHaveLength(5);
    // Without a mapping the standard layout does not fit: nothing is imported.
    await expect(createImport(w.ctxFor(OWNER), { ...task(), file })).rejects.toThrow(/No phone column/);
    const report = await createImport(w.ctxFor(OWNER), { ...task(), file, mapping });
    expect(report).toMatchObject({ totalRows: 4, validRows: 3, rejectedRows: 1 });
    const rows = w.db.all<{ phone: number; vars: string }>(
      sql`select phone, vars from import_rows where import_id = ${report.importId} order by seq`,
    );
    expect(rows).toEqual([
      { phone: 8613812340001, vars: '["Li Lei"]' },
      { phone: 8613812340002, vars: '["Han Mei"]' },
      { phone: 8613812340003, vars: '["Wu Yi"]' },
    ]);
    const reject = w.db.get<{ row_number: number }>(
      sql`select row_number from import_rejects where import_id = ${report.importId}`,
    );
    expect(reject.row_number).toBe(4);
  });

  it('the saved mapping applies to the next file with the same header', async () => {
    saveColumnMapping(
      w.ctxFor(OWNER),
      parseInput(columnMappingInput, { name: 'CRM export', mapping, header: CRM.split('\n')[0].split(',') }),
    );
    const next = tempFile('crm-next.csv', CRM_NEXT);
    const p = await previewFile(w.ctxFor(OWNER), { file: next, ...task() });
    expect(p.source).toMatchObject({ kind: 'saved', name: 'CRM export' });
    expect(p.suggested).toEqual(mapping);
    const report = await createImport(w.ctxFor(OWNER), { ...task(), file: next, mapping: p.suggested! });
    expect(report.validRows).toBe(2);
    // Saving under the same name replaces; other accounts never see it.
    saveColumnMapping(
      w.ctxFor(OWNER),
      parseInput(columnMappingInput, {
        name: 'CRM export',
        mapping: { ...mapping, vars: { '1': 1 } },
        header: ['Name', 'City', 'Mobile No'],
      }),
    );
    expect(listColumnMappings(w.ctxFor(OWNER)).map((m) => [m.name, m.mapping.vars['1']])).toEqual([['CRM export', 1]]);
    expect(listColumnMappings(w.ctxFor(SOLO))).toEqual([]);
    const id = listColumnMappings(w.ctxFor(OWNER))[0].id;
    expect(codeOf(() => deleteColumnMapping(w.ctxFor(SOLO), id))).toBe('NOT_FOUND');
  });

  it('refuses a mapping that leaves a variable unmapped, and a malformed one, changing nothing', async () => {
    const before = w.db.get<{ n: number }>(sql`select count(*) as n from imports`).n;
    await expect(
      createImport(w.ctxFor(OWNER), {
        ...task(),
        file: tempFile('c.csv', CRM),
        mapping: { hasHeader: true, phone: 2, vars: {} },
      }),
    ).rejects.toThrow('Choose a column for {1}.');
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from imports`).n).toBe(before);
    expect(
      codeOf(() =>
        saveColumnMapping(
          w.ctxFor(OWNER),
          parseInput(columnMappingInput, { name: 'x', mapping: { phone: 'C' }, header: null }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        saveColumnMapping(w.ctxFor(OWNER), parseInput(columnMappingInput, { name: ' ', mapping, header: null })),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('maps customer group imports too: phone in the third column', async () => {
    const file = tempFile('crm.csv', CRM);
    const p = await previewFile(w.ctxFor(OWNER), { file, group: true });
    expect(p.variables).toEqual([]);
    const r = await importIntoGroup(w.ctxFor(OWNER), {
      newGroup: { name: 'CRM', region: 'mainland' },
      file,
      mapping: { hasHeader: true, phone: 2, vars: {} },
    });
    expect(r).toMatchObject({ totalRows: 4, added: 3 });
    expect(r.rejected.map((x) => x.rowNumber)).toEqual([4]);
  });
});
