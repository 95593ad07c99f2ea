import type { ReactNode } from 'react';

export type Tone = 'green' | 'grey' | 'amber' | 'red' | 'blue';

const TONES: Record<Tone, string> = {
  green: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  grey: 'bg-slate-100 text-slate-600 ring-slate-200',
  amber: 'bg-amber-50 text-amber-700 ring-amber-200',
  red: 'bg-red-50 text-red-700 ring-red-200',
  blue: 'bg-brand-50 text-brand-700 ring-brand-100',
};

/** A status as a word on a tinted badge: the word carries the meaning, the colour only repeats it (R-UI-2). */
export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-sm px-2 py-0.5 text-xs ring-1 ${TONES[tone]}`}>{children}</span>
  );
}
