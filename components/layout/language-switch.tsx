'use client';
import { useText } from '@/i18n/text';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

/** 中文 / English: the interface language, remembered (R-UI-4). `setLocale` is the server action. */
export function LanguageSwitch({
  setLocale,
  compact = false,
}: {
  setLocale: (locale: string) => Promise<{ ok: boolean }>;
  compact?: boolean;
}) {
  const tx = useText();
  const t = useTranslations('shell');
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="flex items-center gap-1 text-xs">
      <span className={compact ? 'sr-only' : 'text-slate-600'}>{t('language')}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          start(async () => {
            await setLocale(next);
            router.refresh();
          });
        }}
        className="rounded-sm border border-slate-300 bg-white px-1 py-1 text-xs text-slate-700"
      >
        <option value="zh-CN">中文</option>
        <option value="en-US">{tx('English')}</option>
      </select>
    </label>
  );
}
