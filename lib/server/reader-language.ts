import 'server-only';
import { getLocale } from 'next-intl/server';
import { textFor, type Tx } from '@/i18n/translate';

/**
 * The translator of the person making the request (R-UI-4): server messages (refusals and field
 * errors) leave the server in their language. Outside a request (scripts, tests) it is English.
 */
export async function readerText(): Promise<Tx> {
  try {
    return textFor(await getLocale());
  } catch {
    return textFor('en-US');
  }
}

/** A failure result with its message and field errors in the reader's language. */
export async function inReaderLanguage<F extends { message: string; fieldErrors?: Record<string, string> }>(
  failure: F,
): Promise<F> {
  const tx = await readerText();
  if (tx.locale === 'en-US') return failure;
  const fieldErrors =
    failure.fieldErrors && Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [k, tx.message(v)]));
  return { ...failure, message: tx.message(failure.message), ...(fieldErrors ? { fieldErrors } : {}) };
}
