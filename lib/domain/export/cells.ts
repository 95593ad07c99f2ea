// Spreadsheet safety for exports: a cell starting with = + - @ tab or CR could run
// as a formula in Excel or LibreOffice; prefix it with an apostrophe so it stays text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV line with RFC 4180 quoting of already-safe cells. */
export function csvLine(cells: readonly unknown[]): string {
  return cells
    .map((c) => {
      const s = safeCell(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

/** A whole CSV file (BOM for Excel, CRLF lines), every cell through the same escaping. */
export function csvFile(header: readonly unknown[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}

/**
 * An XLSX cell value: numbers stay numbers, everything else is a text cell. A text cell is never
 * evaluated, so it needs no apostrophe (which would show in the cell).
 */
export function xlsxCell(value: unknown): string | number {
  if (typeof value === 'number') return value;
  return value === null || value === undefined ? '' : String(value);
}
