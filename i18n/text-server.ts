import { getLocale } from 'next-intl/server';
import { isLocale } from './locales';
import { TEXT_TABLES } from './tables';
import { textFor, type Tx } from './translate';

/** The translator of a language where there is no request (alarm e-mails and SMS, scripts). */
export function serverText(locale: string): Tx {
  return textFor(locale, isLocale(locale) ? TEXT_TABLES[locale] : null);
}

/**
 * The translator of the request's reader, for async server components, server actions and route
 * handlers (their messages, export headers). Outside a request (scripts, tests) it is English.
 */
export async function getText(): Promise<Tx> {
  try {
    return serverText(await getLocale());
  } catch {
    return serverText('en-US');
  }
}
