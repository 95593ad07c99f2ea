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

/**
 * A table whose rows the page writes by hand (cells with actions, links or selection inside).
 * Lists of values use DataTable (components/ui/data-table.tsx), with shared cells and sorting.
 */
export function RowTable({
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
