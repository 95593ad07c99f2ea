import { getTranslations } from 'next-intl/server';

/** The placeholder of a data page while it loads: a title bar and a few grey blocks (no layout jump). */
export async function PageSkeleton() {
  const t = await getTranslations('states');
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{t('loading')}</span>
      <div className="h-3 w-40 rounded-sm bg-slate-200" />
      <div className="h-6 w-64 rounded-sm bg-slate-200" />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div className="h-24 rounded-sm bg-white" />
        <div className="h-24 rounded-sm bg-white" />
        <div className="h-24 rounded-sm bg-white" />
      </div>
      <div className="space-y-2 rounded-sm bg-white p-5">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-4 rounded-sm bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
