// The filters above a list (docs/conventions.md #16): a GET form, so the filter lives in the URL
// — a filtered view can be reloaded, shared and paged — and it works before the page hydrates.
// Filtering starts again at page 1 (the page number is not one of the fields).
import type { ReactNode } from 'react';

interface FieldBase {
  /** The query parameter. */
  name: string;
  /** The accessible name, in the reader's language. */
  label: string;
  /** The current value from the URL. */
  value?: string | number | null;
}

export type FilterField =
  | (FieldBase & { kind: 'select'; options: [value: string | number, label: string][] })
  | (FieldBase & { kind: 'text'; placeholder?: string; wide?: boolean })
  | (FieldBase & { kind: 'date' | 'month' | 'datetime-local' });

const INPUT = 'rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm';

export function FilterBar({
  fields,
  submit,
  clear,
  hidden,
  labels = false,
  label,
  className = 'mb-3',
  children,
}: {
  fields: FilterField[];
  /** The button's word ("Search", "Filter", "Query"). */
  submit: string;
  /** A "Clear" link back to the unfiltered list, shown when a filter is set. */
  clear?: { label: string; href: string };
  /** Parameters kept as they are (a tab, a region). */
  hidden?: Record<string, string>;
  /** Show each field's label above it (several fields of the same kind, dates). */
  labels?: boolean;
  /** The filter's accessible name, when a page has more than one or it chooses what the page shows. */
  label?: string;
  /** Spacing around the bar (default: a gap below it). */
  className?: string;
  /** Anything after the button (an export link). */
  children?: ReactNode;
}) {
  const active = fields.some((f) => f.value !== undefined && f.value !== null && f.value !== '');
  return (
    <form
      method="get"
      role="search"
      aria-label={label}
      className={`flex flex-wrap gap-2 ${labels ? 'items-end' : 'items-center'} ${className}`}
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const control =
          f.kind === 'select' ? (
            <select
              name={f.name}
              defaultValue={f.value ?? ''}
              aria-label={labels ? undefined : f.label}
              className={INPUT}
            >
              {f.options.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          ) : (
            <input
              name={f.name}
              type={f.kind}
              defaultValue={f.value ?? ''}
              aria-label={labels ? undefined : f.label}
              placeholder={f.kind === 'text' ? f.placeholder : undefined}
              className={`${INPUT} ${f.kind === 'text' && f.wide ? 'w-56' : ''}`}
            />
          );
        return labels ? (
          <label key={f.name} className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">{f.label}</span>
            {control}
          </label>
        ) : (
          <span key={f.name} className="contents">
            {control}
          </span>
        );
      })}
      {/* The button, Clear and any links stay on one line, centred on the button. */}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          type="submit"
          className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-500"
        >
          {submit}
        </button>
        {clear && active ? (
          <a href={clear.href} className="text-sm text-brand-500 hover:underline">
            {clear.label}
          </a>
        ) : null}
        {children}
      </div>
    </form>
  );
}
