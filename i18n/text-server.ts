import { getLocale } from 'next-intl/server';
import { textFor, type Tx } from './translate';

/**
 * The translator of the request's reader, for async server components, server actions and route
 * handlers (their messages, export headers). Outside a request (scripts, tests) it is English.
 */
export async function getText(): Promise<Tx> {
  try {
    return textFor(await getLocale());
  } catch {
    return textFor('en-US');
  }
}
