import type { ReactNode } from 'react';

/**
 * Label/value rows of a details view. A plain-text value is the item's own data (a name, a
 * code) or already in the reader's language, so the translation scan leaves it alone.
 */
export function DetailList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd translate={typeof v === 'string' ? 'no' : undefined}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
