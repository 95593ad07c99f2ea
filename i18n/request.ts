import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from './locales';
import { TEXT_TABLES } from './tables';

/** Each language's text table as the messages carry it to components (one array per process). */
const TEXT_PAIRS = Object.fromEntries(
  Object.entries(TEXT_TABLES).map(([locale, table]) => [locale, table ? Object.entries(table) : []]),
);

/**
 * The request's language: the remembered choice (cookie, set from the user's preference at
 * sign-in and by the switch), else the browser's Accept-Language. Dates and times are shown in
 * Beijing time whatever the language.
 */
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : localeFromAcceptLanguage((await headers()).get('accept-language'));
  return {
    locale,
    timeZone: 'Asia/Shanghai',
    messages: { ...(await import(`../messages/${locale}.json`)).default, textTable: TEXT_PAIRS[locale] },
  };
});
