import type { ReactNode } from 'react';

export function Card({
  title,
  actions,
  children,
  className = '',
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-sm border border-slate-200 bg-white ${className}`}>
      {title || actions ? (
        <div className="flex items-center justify-between border-b border-slate-100 px-5 py-3">
          {title ? <h2 className="text-sm font-semibold text-slate-800">{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}

export function StatusBadge({
  tone,
  children,
}: {
  tone: 'green' | 'grey' | 'amber' | 'red' | 'blue';
  children: ReactNode;
}) {
  const tones = {
    green: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
    grey: 'bg-slate-100 text-slate-600 ring-slate-200',
    amber: 'bg-amber-50 text-amber-700 ring-amber-200',
    red: 'bg-red-50 text-red-700 ring-red-200',
    blue: 'bg-brand-50 text-brand-700 ring-brand-100',
  } as const;
  return (
    <span className={`inline-flex items-center rounded-sm px-2 py-0.5 text-xs ring-1 ${tones[tone]}`}>{children}</span>
  );
}

export function DataTable({
  head,
  children,
  empty,
  caption,
}: {
  head: ReactNode[];
  children: ReactNode;
  empty?: ReactNode;
  caption?: string;
}) {
  return (
    // No overflow clipping here: status tooltips must show below the last row.
    <div>
      <table className="w-full border-collapse text-left text-sm">
        {caption ? <caption className="mb-1 text-left text-xs font-medium text-slate-600">{caption}</caption> : null}
        <thead>
          <tr className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
      {empty}
    </div>
  );
}
