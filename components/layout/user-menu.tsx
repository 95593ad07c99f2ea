'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'next-intl';

/** `signOut` is the server action that ends the session (passed in: components do not import app code). */
export function UserMenu({
  name,
  email,
  roleLabel,
  signOut,
}: {
  name: string;
  email: string;
  roleLabel: string;
  signOut: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const t = useTranslations('shell');
  return (
    <div className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-sm px-2 py-1 hover:bg-slate-100"
      >
        <span className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-500 text-xs font-semibold text-white">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="sr-only text-left leading-tight sm:not-sr-only">
          <span className="block text-sm" translate="no">
            {name}
          </span>
          <span className="block text-xs text-slate-500">{roleLabel}</span>
        </span>
      </button>
      {open ? (
        <div
          role="menu"
          className="absolute right-0 z-20 mt-1 w-56 rounded-sm border border-slate-200 bg-white py-1 shadow-lg"
        >
          <div className="border-b border-slate-100 px-4 py-2 text-xs text-slate-500" translate="no">
            {email}
          </div>
          <Link
            role="menuitem"
            href="/settings/password"
            className="block px-4 py-2 hover:bg-slate-50"
            onClick={() => setOpen(false)}
          >
            {t('changePassword')}
          </Link>
          <Link
            role="menuitem"
            href="/settings/security"
            className="block px-4 py-2 hover:bg-slate-50"
            onClick={() => setOpen(false)}
          >
            {t('security')}
          </Link>
          <form action={signOut} method="post">
            <button role="menuitem" type="submit" className="block w-full px-4 py-2 text-left hover:bg-slate-50">
              {t('signOut')}
            </button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
