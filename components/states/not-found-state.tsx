import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** An area's "not found": the page or item does not exist (or belongs to another account), and the way back. */
export async function NotFoundState({
  home,
}: {
  home: { href: string; labelKey: 'backOverview' | 'backPlatform' | 'backConsole' };
}) {
  const t = await getTranslations('states');
  return (
    <div className="mx-auto max-w-lg rounded-sm border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-sm text-slate-600">{t('notFoundBody')}</p>
      <Link
        href={home.href}
        className="mt-4 inline-block rounded-sm border border-slate-300 px-4 py-1.5 text-sm hover:border-brand-500"
      >
        {t(home.labelKey)}
      </Link>
    </div>
  );
}
