import 'server-only';
import { fillText } from '@/lib/domain/notices';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { MAX_FILE_ROWS } from '@/lib/domain/sending/rows';

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
    throw new AppError(
      'INVALID_INPUT',
      'Old Excel (.xls) files are not supported: save the file as .xlsx or CSV (UTF-8).',
    );
  }
  if (head.subarray(0, 4).toString('latin1') === '%PDF')
    throw new AppError('INVALID_INPUT', 'This is a PDF, not a CSV or XLSX file.');
  return 'csv';
}

/** A CSV line longer than this is refused with its row number (no parser or pattern sees it). */
export const MAX_LINE_CHARS = 64 * 1024;

/**
 * Decodes UTF-8 strictly — broken encoding (e.g. a GBK export) stops the import with a clear
 * message — and refuses a line over MAX_LINE_CHARS before the parser buffers it.
 */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let sinceNewline = 0;
  const tooLong = () =>
    new AppError(
      'INVALID_INPUT',
      fillText(
        'Row {line} is longer than {v1} KB; a recipient row is a number and a few values. Nothing was imported.',
        { line, v1: MAX_LINE_CHARS / 1024 },
      ),
    );
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return done(
          new AppError(
            'INVALID_INPUT',
            'The file is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.',
          ),
        );
      }
      let from = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
        if (sinceNewline + nl - from > MAX_LINE_CHARS) return done(tooLong());
        sinceNewline = 0;
        line++;
        from = nl + 1;
      }
      sinceNewline += text.length - from;
      if (sinceNewline > MAX_LINE_CHARS) return done(tooLong());
      done(null, text);
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(
          new AppError(
            'INVALID_INPUT',
            'The file is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.',
          ),
        );
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
      fs
        .createReadStream(file, { highWaterMark: 1 << 16 })
        .on('error', fail)
        .pipe(strictUtf8())
        .on('error', fail);
    Papa.parse<string[]>(decoded, {
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
      error: (err: Error) =>
        fail(
          err instanceof AppError
            ? err
            : new AppError('INVALID_INPUT', `The CSV file could not be read: ${err.message}`),
        ),
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

/** Limits on XLSX files: a small file must not buy minutes of work or gigabytes of memory. */
export const XLSX_LIMITS = {
  /** Rows read, empty ones included: the row limit plus the header, and a little slack. */
  rows: MAX_FILE_ROWS + 10,
  /** Uncompressed size of the shared-strings part (kept in memory while reading). */
  sharedStringsBytes: 128 * 1024 * 1024,
  /** Uncompressed size of the whole archive. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Characters in one cell. */
  cellChars: 4 * 1024,
  /** Reading gives up after this long. */
  timeMs: Number(process.env.SMS_XLSX_TIME_BUDGET_MS ?? 120_000),
};

/**
 * The declared uncompressed sizes of a ZIP archive's entries, from its central directory
 * (read from the end of the file, nothing inflated). Null when the directory cannot be read.
 */
export function zipEntrySizes(file: string): Map<string, number> | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tail.length) return null;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset + dirSize > size || dirSize > 64 * 1024 * 1024) return null;
    const dir = Buffer.alloc(dirSize);
    fs.readSync(fd, dir, 0, dirSize, dirOffset);
    const out = new Map<string, number>();
    for (let p = 0, i = 0; i < count && p + 46 <= dir.length; i++) {
      if (dir.readUInt32LE(p) !== 0x02014b50) return null;
      const uncompressed = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extra = dir.readUInt16LE(p + 30);
      const comment = dir.readUInt16LE(p + 32);
      out.set(dir.toString('utf8', p + 46, p + 46 + nameLength), uncompressed === 0xffffffff ? Infinity : uncompressed);
      p += 46 + nameLength + extra + comment;
    }
    return out;
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses an XLSX whose declared contents are out of bounds, before any of it is inflated. */
function checkXlsxArchive(file: string): void {
  const sizes = zipEntrySizes(file);
  if (!sizes) throw new AppError('INVALID_INPUT', 'The XLSX file is damaged or not a spreadsheet.');
  let total = 0;
  for (const [name, n] of sizes) {
    total += n;
    if (/sharedStrings\.xml$/i.test(name) && n > XLSX_LIMITS.sharedStringsBytes) {
      throw new AppError(
        'INVALID_INPUT',
        fillText(
          "The file's text table is over {v0} MB unpacked; a recipient file never needs that much. Save it as CSV or remove the extra text.",
          { v0: XLSX_LIMITS.sharedStringsBytes / 1024 / 1024 },
        ),
      );
    }
  }
  if (total > XLSX_LIMITS.totalBytes)
    throw new AppError('INVALID_INPUT', 'The XLSX file unpacks to more than 2 GB; split it into smaller files.');
}

/** Streams the first worksheet of an XLSX file with exceljs's streaming reader, in chunks of rows. */
export async function streamXlsx(file: string, onRows: (rows: string[][]) => void, chunkSize = 5000): Promise<void> {
  checkXlsxArchive(file);
  const started = Date.now();
  let seen = 0;
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'emit',
    });
  } catch {
    throw new AppError('INVALID_INPUT', 'The XLSX file could not be opened.');
  }
  let batch: string[][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        // Empty rows count too: 20 million of them compress to a few hundred kilobytes.
        if (++seen > XLSX_LIMITS.rows)
          throw new AppError(
            'LIMIT_REACHED',
            fillText(
              'The file has more than {v0} rows (empty rows count too). Remove the empty rows or split the file. Nothing was imported.',
              { v0: MAX_FILE_ROWS.toLocaleString('en-US') },
            ),
          );
        if ((seen & 1023) === 0 && Date.now() - started > XLSX_LIMITS.timeMs) {
          throw new AppError(
            'INVALID_INPUT',
            fillText(
              'Reading the XLSX file took over {v0} seconds; save it as CSV (UTF-8) and upload that instead. Nothing was imported.',
              { v0: Math.round(XLSX_LIMITS.timeMs / 1000) },
            ),
          );
        }
        const values = (row as ExcelJS.Row).values as unknown[];
        // exceljs rows are 1-based: values[0] is empty.
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) {
          const text = cellText(values[i]);
          if (text.length > XLSX_LIMITS.cellChars)
            throw new AppError(
              'INVALID_INPUT',
              fillText('Row {number} has a cell longer than {cellChars} characters. Nothing was imported.', {
                number: (row as ExcelJS.Row).number,
                cellChars: XLSX_LIMITS.cellChars,
              }),
            );
          cells.push(text.trim());
        }
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
