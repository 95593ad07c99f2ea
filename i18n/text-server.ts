import { getLocale } from 'next-intl/server';
import { textFor, type Tx } from './translate';

/** The translator of i18n/text.ts in an async server component or a server action. */
export async function getText(): Promise<Tx> {
  return textFor(await getLocale());
}
