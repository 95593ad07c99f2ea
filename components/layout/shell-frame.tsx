'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { NavSection } from './nav';
import { Sidebar } from './sidebar';

/**
 * The console frame below the server shell: at 1024 px and wider the navigation is a fixed
 * sidebar; narrower, it is a drawer (a modal <dialog>: focus stays inside, Escape closes it)
 * opened by the menu button in the header; following a link closes it.
 */
export function ShellFrame({
  sections,
  title,
  header,
  children,
}: {
  sections: NavSection[];
  title: string;
  header: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const t = useTranslations('shell');
  const drawer = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = drawer.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <div className="flex min-h-screen">
      <div className="hidden lg:flex">
        <Sidebar sections={sections} title={title} />
      </div>
      <dialog
        ref={drawer}
        aria-label={t('navigation')}
        onClose={() => setOpen(false)}
        onClick={(e) => e.target === drawer.current && setOpen(false)}
        className="m-0 h-full max-h-none w-64 max-w-[85vw] bg-side p-0 backdrop:bg-slate-900/50 lg:hidden"
      >
        {open ? (
          <div className="flex h-full">
            <Sidebar sections={sections} title={title} onClose={() => setOpen(false)} />
          </div>
        ) : null}
      </dialog>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 items-center gap-2 border-b border-slate-200 bg-white px-3 sm:px-6">
          <button
            type="button"
            className="-ml-1 rounded-sm p-2 text-slate-600 hover:bg-slate-100 lg:hidden"
            aria-label={t('openNavigation')}
            aria-expanded={open}
            onClick={() => setOpen(true)}
          >
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
              <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
          {header}
        </header>
        <main className="min-w-0 flex-1 p-3 sm:p-6">{children}</main>
      </div>
    </div>
  );
}
