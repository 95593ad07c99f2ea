// Spreadsheet safety for exports (issue 7): a cell starting with = + - @ tab or CR could run
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
