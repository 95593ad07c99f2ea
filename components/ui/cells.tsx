// The cells tables share: how a date, a count, money, a status or a phone number reads in any
// table (formats are the same in both languages: docs/languages.md).
import type { ReactNode } from 'react';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { StatusBadge, type Tone } from './status-badge';

/** A status cell's value: its word (already in the reader's language) and tone. */
export type StatusValue = { label: string; tone: Tone };

/** Beijing time, YYYY-MM-DD HH:mm:ss; empty when there is none. */
export function DateTimeCell({ value }: { value: Date | number | null | undefined }) {
  return (
    <span className="text-xs whitespace-nowrap">
      {value === null || value === undefined ? '' : formatDateTime(new Date(value))}
    </span>
  );
}

/** A count of messages or rows, 1,234. */
export function CountCell({ value }: { value: number }) {
  return <span className="tabular-nums">{formatCount(value)}</span>;
}

/** Money in li shown as yuan with two decimals, 1,234.00 (the column header says ¥). */
export function MoneyCell({ value }: { value: number }) {
  return <span className="tabular-nums">{formatYuan(value)}</span>;
}

/** A change of money in li: +1.00 in green, -1.00 in red (the sign carries it without colour). */
export function MoneyChangeCell({ value }: { value: number }) {
  return (
    <span className={`tabular-nums ${value < 0 ? 'text-red-700' : 'text-emerald-700'}`}>
      {value > 0 ? '+' : ''}
      {formatYuan(value)}
    </span>
  );
}

/** A share or a rate (0–1) as a percentage with one decimal, 12.5%. */
export function PercentCell({ value }: { value: number }) {
  return <span className="tabular-nums">{`${(value * 100).toFixed(1)}%`}</span>;
}

export function StatusCell({ value }: { value: StatusValue }) {
  return <StatusBadge tone={value.tone}>{value.label}</StatusBadge>;
}

/** A phone number or another code, as written (never translated). */
export function CodeCell({ value }: { value: ReactNode }) {
  return (
    <span className="font-mono text-xs" translate="no">
      {value}
    </span>
  );
}

/** A phone number, masked by the server in lists, 138****5678 (R-MSG-5). */
export function PhoneCell({ value }: { value: string }) {
  return (
    <span className="font-mono text-xs whitespace-nowrap" translate="no">
      {value}
    </span>
  );
}
