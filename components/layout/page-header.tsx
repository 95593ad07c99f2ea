import { useText } from '@/i18n/text';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/** Page title with breadcrumbs and page-level actions. */
export function PageHeader({
  title,
  crumbs = [],
  actions,
}: {
  title: string;
  crumbs?: { label: string; href?: string }[];
  actions?: ReactNode;
}) {
  const tx = useText();
  // Page titles and crumbs are written in English; the ones in messages `titles` show in the user's language.
  const t = useTranslations('titles');
  const tr = (text: string) => (t.has(text) ? t(text) : text);
  // A title outside the table is already in the reader's language (built with tx) or is the
  // item's own name (an application, a template): the translation scan leaves it alone.
  const own = (text: string) => (t.has(text) ? undefined : ('no' as const));
  return (
    <div className="mb-5">
      {crumbs.length > 0 ? (
        <nav aria-label={tx('Breadcrumb')} className="mb-1 text-xs text-slate-600">
          <ol className="flex flex-wrap gap-1">
            {crumbs.map((c, i) => (
              <li key={i} className="flex gap-1">
                {c.href ? (
                  <Link className="hover:text-brand-500" href={c.href}>
                    {tr(c.label)}
                  </Link>
                ) : (
                  <span>{tr(c.label)}</span>
                )}
                <span aria-hidden>/</span>
              </li>
            ))}
            <li aria-current="page" className="text-slate-700" translate={own(title)}>
              {tr(title)}
            </li>
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h1 className="min-w-0 break-words text-xl font-semibold text-slate-900" translate={own(title)}>
          {tr(title)}
        </h1>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
