import { useText } from '@/i18n/text';
import { STATUS_FILTERS } from './labels';

/** Status and text filters kept in the URL (GET form), so a view can be shared and reloaded. */
export function ListFilter({ status, q, placeholder }: { status?: string; q?: string; placeholder: string }) {
  const tx = useText();
  return (
    <form method="get" className="flex flex-wrap items-center gap-2" role="search">
      <select
        name="status"
        defaultValue={status ?? ''}
        aria-label={tx('Status')}
        className="rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {STATUS_FILTERS.map(([v, l]) => (
          <option key={v} value={v}>
            {tx(l)}
          </option>
        ))}
      </select>
      <input
        name="q"
        defaultValue={q ?? ''}
        placeholder={placeholder}
        aria-label={tx('Search')}
        className="w-56 rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm"
      />
      <button
        type="submit"
        className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-500"
      >
        {tx('Search')}
      </button>
    </form>
  );
}
