// Generates the benchmark's recipient files: 1,000,000 rows of phone + 2 variables.
import fs from 'node:fs';
import ExcelJS from 'exceljs';

export const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

const phone = (i: number) => `1${3000000000 + i * 7}`;

export async function writeCsv(file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write('phone,variable1,variable2\n');
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`${phone(i)},ORD${i},SF\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

export async function writeXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('recipients');
  ws.addRow(['phone', 'variable1', 'variable2']).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow([phone(i), `ORD${i}`, 'SF']).commit();
  ws.commit();
  await wb.commit();
}
