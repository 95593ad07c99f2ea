// Hostile recipient files are refused quickly with a message and bounded memory —
// an XLSX declaring millions of empty rows, an XLSX holding one enormous shared string, a
// one-line CSV of 25 MB — and nothing is imported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createWorld } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { createImport } from './create-import';
import { zipEntrySizes } from './read-rows';

const OWNER = 'owner@demo.local';

beforeAll(() => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-uploads-'));
});

async function xlsx(sheetRows: string, sharedStrings?: string): Promise<string> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  );
  if (sharedStrings) zip.file('xl/sharedStrings.xml', sharedStrings);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return tempFile('bomb.xlsx', buf);
}

function setup() {
  const w = createWorld(new Date('2026-03-10T02:00:00Z'));
  const signatureId = effectiveSignature(w, OWNER, 'mainland');
  const templateId = effectiveTemplate(w, OWNER, 'mainland', 'Your order {1} has shipped via {2}.');
  return { w, signatureId, templateId };
}

async function refusal(run: () => Promise<unknown>) {
  const rss = process.memoryUsage().rss;
  const t0 = performance.now();
  try {
    await run();
    return { code: 'OK', message: '', seconds: 0, grewMB: 0 };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return {
      code: e.code ?? 'ERROR',
      message: e.message,
      seconds: (performance.now() - t0) / 1000,
      grewMB: (process.memoryUsage().rss - rss) / 1024 / 1024,
    };
  }
}

describe('bounded imports', { timeout: 120_000 }, () => {
  it('an XLSX of a few hundred KB declaring 2,000,000 empty rows is refused at the row limit, empty rows counted', async () => {
    const { w, signatureId, templateId } = setup();
    const file = await xlsx(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>13812345678</t></is></c></row>' + '<row/>'.repeat(2_000_000),
    );
    expect(fs.statSync(file).size).toBeLessThan(200_000);
    const r = await refusal(() =>
      createImport(w.ctxFor(OWNER), { region: 'mainland', templateId, signatureId, fileName: 'bomb.xlsx', file }),
    );
    expect(r.code).toBe('LIMIT_REACHED');
    expect(r.message).toMatch(/more than 1,000,000 rows \(empty rows count too\)/);
    expect(r.seconds).toBeLessThan(60);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from imports`).n).toBe(0);
  });

  it('an XLSX whose shared-strings part unpacks to 150 MB is refused before it is read', async () => {
    const { w, signatureId, templateId } = setup();
    const file = await xlsx(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'x'.repeat(150 * 1024 * 1024)}</t></si></sst>`,
    );
    expect(fs.statSync(file).size).toBeLessThan(1_000_000);
    expect(zipEntrySizes(file)!.get('xl/sharedStrings.xml')).toBeGreaterThan(150 * 1024 * 1024);
    const r = await refusal(() =>
      createImport(w.ctxFor(OWNER), { region: 'mainland', templateId, signatureId, fileName: 'strings.xlsx', file }),
    );
    expect(r.code).toBe('INVALID_INPUT');
    expect(r.message).toMatch(/text table is over 128 MB/);
    expect(r.seconds).toBeLessThan(2);
    expect(r.grewMB).toBeLessThan(50);
  });

  it('a one-line CSV of 25 MB is refused with its row number, quickly and without holding the line', async () => {
    const { w, signatureId, templateId } = setup();
    const file = tempFile('one-line.csv', `phone,variable1,variable2\n${'1'.repeat(25 * 1024 * 1024)}`);
    const r = await refusal(() =>
      createImport(w.ctxFor(OWNER), { region: 'mainland', templateId, signatureId, fileName: 'one-line.csv', file }),
    );
    expect(r.code).toBe('INVALID_INPUT');
    expect(r.message).toBe(
      'Row 2 is longer than 64 KB; a recipient row is a number and a few values. Nothing was imported.',
    );
    expect(r.seconds).toBeLessThan(5);
    expect(r.grewMB).toBeLessThan(100);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from imports`).n).toBe(0);
  });

  it('a long cell in an XLSX is refused with its row', async () => {
    const { w, signatureId, templateId } = setup();
    const file = await xlsx(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>phone</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${'9'.repeat(5000)}</t></is></c></row>`,
    );
    const r = await refusal(() =>
      createImport(w.ctxFor(OWNER), { region: 'mainland', templateId, signatureId, fileName: 'cell.xlsx', file }),
    );
    expect(r.message).toBe('Row 2 has a cell longer than 4096 characters. Nothing was imported.');
  });
});
