'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';

type Theme = 'system' | 'light' | 'dark';
const KEY = 'sms-console-theme';
const CHANGED = 'sms-console-theme-change';

/** Applies a theme choice: `system` follows prefers-color-scheme. */
function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

/** Runs before the first paint (in the root layout's head), so a dark page never flashes light. */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${KEY}');if(t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`;

function readTheme(): Theme {
  const stored = localStorage.getItem(KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The theme switch in the header: System (default), Light or Dark, remembered in this browser. */
export function ThemeSwitch() {
  const t = useTranslations('shell');
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as Theme);
  // Following the system: a change of the system setting applies at once.
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [theme]);
  return (
    <label className="flex items-center">
      <span className="sr-only">{t('theme')}</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          if (next === 'system') localStorage.removeItem(KEY);
          else localStorage.setItem(KEY, next);
          window.dispatchEvent(new Event(CHANGED));
        }}
        className="rounded-sm border border-slate-300 bg-white px-1 py-1 text-xs text-slate-700"
      >
        <option value="system">{t('themeAuto')}</option>
        <option value="light">{t('themeLight')}</option>
        <option value="dark">{t('themeDark')}</option>
      </select>
    </label>
  );
}
