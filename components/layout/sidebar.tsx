'use client';
import { useText } from '@/i18n/text';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { NavSection } from './nav';

export function Sidebar({ sections, title, onClose }: { sections: NavSection[]; title: string; onClose?: () => void }) {
  const tx = useText();
  const pathname = usePathname();
  const t = useTranslations('nav');
  const ts = useTranslations('shell');
  // The most specific matching entry is the active one (/finance vs /finance/packages).
  const active = sections
    .flatMap((s) => s.items)
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={tx('Main')} className="flex w-56 shrink-0 flex-col bg-side text-slate-300">
      <div className="flex h-12 items-center justify-between border-b border-white/10 px-5 text-base font-semibold text-white">
        {title}
        {onClose ? (
          <button
            type="button"
            onClick={onClose}
            aria-label={ts('closeNavigation')}
            className="rounded-sm px-2 text-xl leading-none text-slate-300 hover:text-white"
          >
            ×
          </button>
        ) : null}
      </div>
      <div className="flex-1 overflow-y-auto py-2">
        {sections.map((section, i) => (
          <div key={i} className="py-1">
            {section.label ? (
              <div className="px-5 pb-1 pt-3 text-xs uppercase tracking-wide text-[#a3adbd]">{t(section.label)}</div>
            ) : null}
            <ul>
              {section.items.map((item) => {
                const isActive = item.href === active;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={isActive ? 'page' : undefined}
                      onClick={onClose}
                      className={`block px-5 py-2 ${isActive ? 'bg-brand-600 text-white' : 'hover:bg-side-hover hover:text-white'}`}
                    >
                      {t(item.label)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
