import 'server-only';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';

export type FileKind = 'csv' | 'xlsx';

/** The file's kind from its first bytes (never from its name); refuses what we cannot read. */
export function sniffFileKind(file: string): FileKind {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(8);
  const n = fs.readSync(fd, head, 0, 8, 0);
  fs.closeSync(fd);
  if (n === 0) throw new AppError('INVALID_INPUT', 'The file is empty.');
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new AppError('INVALID_INPUT', 'Old Excel (.xls) files are not supported: save the file as .xlsx or CSV (UTF-8).');
  }
  if (head.subarray(0, 4).toString('latin1') === '%PDF') throw new AppError('INVALID_INPUT', 'This is a PDF, not a CSV or XLSX file.');
  return 'csv';
}

/** Decodes UTF-8 strictly: broken encoding (e.g. a GBK export) stops the import with a clear message. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new AppError('INVALID_INPUT', 'The file is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.'));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new AppError('INVALID_INPUT', 'The file is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.'));
      }
    },
  });
}

/**
 * Streams a CSV file's rows to `onRows` in chunks, never holding the whole file.
 * `onRows` runs synchronously (it writes with better-sqlite3); throwing stops the parse.
 */
export function streamCsv(file: string, onRows: (rows: string[][]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      reject(err);
    };
    const decoded = // 64 KB reads: larger chunks only raise peak memory (external buffers are collected lazily).
    fs.createReadStream(file, { highWaterMark: 1 << 16 }).on('error', fail).pipe(strictUtf8()).on('error', fail);
    Papa.parse<string[]>(decoded as unknown as NodeJS.ReadableStream, {
      skipEmptyLines: 'greedy',
      chunkSize: 1 << 20,
      chunk(results, parser) {
        if (failed) return;
        try {
          onRows(results.data);
        } catch (err) {
          fail(err); // before abort(): abort() calls complete() synchronously
          parser.abort();
        }
      },
      complete: () => {
        if (!failed) resolve();
      },
      error: (err: Error) => fail(err instanceof AppError ? err : new AppError('INVALID_INPUT', `The CSV file could not be read: ${err.message}`)),
    });
  });
}

/** Text of an exceljs cell value (numbers, rich text, formulas, hyperlinks, dates). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v);
}

/** Streams the first worksheet of an XLSX file with exceljs's streaming reader, in chunks of rows. */
export async function streamXlsx(file: string, onRows: (rows: string[][]) => void, chunkSize = 5000): Promise<void> {
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'emit' });
  } catch {
    throw new AppError('INVALID_INPUT', 'The XLSX file could not be opened.');
  }
  let batch: string[][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row as ExcelJS.Row).values as unknown[];
        // exceljs rows are 1-based: values[0] is empty.
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
        if (cells.every((c) => c === '')) continue;
        batch.push(cells);
        if (batch.length >= chunkSize) {
          onRows(batch);
          batch = [];
        }
      }
      break; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('INVALID_INPUT', 'The XLSX file is damaged or not a spreadsheet.');
  }
  if (batch.length > 0) onRows(batch);
}

/** Streams any supported file. */
export function streamRows(file: string, kind: FileKind, onRows: (rows: string[][]) => void): Promise<void> {
  return kind === 'xlsx' ? streamXlsx(file, onRows) : streamCsv(file, onRows);
}
