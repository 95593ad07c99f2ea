import 'server-only';
import { fillText } from '@/lib/domain/notices';
import { MAX_FILE_ROWS } from '@/lib/domain/sending/rows';
import { AppError } from '../errors';
import { NumberSet } from './number-set';

/** What a row check returns: the kept row itself (with its de-duplication key), or a reason. */
export type Checked<T extends { key: number }> = (T & { ok: true }) | { ok: false; reason: string };

export interface ImportCounts {
  totalRows: number;
  validRows: number;
  duplicateRows: number;
  rejectedRows: number;
}

/**
 * The one import machinery (bulk tasks and customer groups): takes rows in chunks, skips a
 * header, checks each row, de-duplicates by a numeric key (the E.164 digits), and hands kept
 * and rejected rows to `flush` every `chunkRows` rows so callers write them in one transaction
 * per chunk. Refuses files over 1,000,000 data rows.
 */
export class RowImporter<T extends { key: number }> {
  readonly counts: ImportCounts = { totalRows: 0, validRows: 0, duplicateRows: 0, rejectedRows: 0 };
  private seen = new NumberSet();
  private kept: T[] = [];
  private rejected: { rowNumber: number; raw: string; reason: string }[] = [];
  private fileRow = 0;
  private started = false;

  constructor(
    private readonly opts: {
      /** Called with the first row; returns the row check, and whether that first row is a header. */
      begin(firstRow: string[]): { hasHeader: boolean; check(cells: string[]): Checked<T> };
      flush(kept: T[], rejected: { rowNumber: number; raw: string; reason: string }[]): void;
      chunkRows?: number;
      maxRows?: number;
      /** Keys already present (e.g. a group's numbers) count as duplicates. */
      existingKeys?: Iterable<number>;
    },
  ) {
    for (const k of opts.existingKeys ?? []) this.seen.add(k);
  }

  private check!: (cells: string[]) => Checked<T>;

  /** Feeds one chunk of parsed rows (synchronous). */
  push(rows: string[][]): void {
    const max = this.opts.maxRows ?? MAX_FILE_ROWS;
    for (const cells of rows) {
      this.fileRow++;
      if (!this.started) {
        this.started = true;
        const begun = this.opts.begin(cells);
        this.check = begun.check;
        if (begun.hasHeader) continue;
      }
      if (++this.counts.totalRows > max) {
        throw new AppError(
          'LIMIT_REACHED',
          fillText(
            'The file has more than {v0} rows. Split it and upload each part as its own task. Nothing was imported.',
            { v0: max.toLocaleString('en-US') },
          ),
        );
      }
      const res = this.check(cells);
      if (!res.ok) {
        this.counts.rejectedRows++;
        this.rejected.push({ rowNumber: this.fileRow, raw: cells.join(',').slice(0, 500), reason: res.reason });
      } else if (!this.seen.add(res.key)) {
        this.counts.duplicateRows++;
      } else {
        this.counts.validRows++;
        this.kept.push(res);
      }
    }
    if (this.kept.length + this.rejected.length >= (this.opts.chunkRows ?? 10_000)) this.drain();
  }

  /** Writes what is left; call once at the end. */
  finish(): ImportCounts {
    this.drain();
    this.seen = new NumberSet();
    if (!this.started || this.counts.totalRows === 0) throw new AppError('INVALID_INPUT', 'The file has no data rows.');
    return this.counts;
  }

  private drain() {
    if (this.kept.length === 0 && this.rejected.length === 0) return;
    this.opts.flush(this.kept, this.rejected);
    this.kept = [];
    this.rejected = [];
  }
}
