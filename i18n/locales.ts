// The interface languages (R-UI-4): Chinese as the Tencent console writes it, and English.
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';
/** The cookie that remembers the choice in the browser (and, signed in, the user's row). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** The locale of an Accept-Language header: Chinese of any region → zh-CN, else English. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const first = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q)[0];
  return first?.tag.startsWith('zh') ? 'zh-CN' : DEFAULT_LOCALE;
}
