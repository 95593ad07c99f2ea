'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

/**
 * What an area shows when a page fails: what happened in plain words, a retry, and the way
 * back. The error's details stay in the server log (its digest is shown to quote to support).
 */
export function ErrorState({
  error,
  reset,
  home,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  home: { href: string; labelKey: 'backOverview' | 'backPlatform' | 'backConsole' };
}) {
  const t = useTranslations('states');
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-sm border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t('errorTitle')}</h1>
      <p className="mt-2 text-sm text-slate-600">{t('errorBody')}</p>
      {error.digest ? (
        <p className="mt-2 font-mono text-xs text-slate-500">{t('reference', { digest: error.digest })}</p>
      ) : null}
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          {t('tryAgain')}
        </button>
        <Link
          href={home.href}
          className="rounded-sm border border-slate-300 px-4 py-1.5 text-sm hover:border-brand-500"
        >
          {t(home.labelKey)}
        </Link>
      </div>
    </div>
  );
}
