import 'server-only';
import { getText } from '@/i18n/text-server';

/** A failure result with its message and field errors in the reader's language. */
export async function inReaderLanguage<F extends { message: string; fieldErrors?: Record<string, string> }>(
  failure: F,
): Promise<F> {
  const tx = await getText();
  if (tx.locale === 'en-US') return failure;
  const fieldErrors =
    failure.fieldErrors && Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [k, tx.message(v)]));
  return { ...failure, message: tx.message(failure.message), ...(fieldErrors ? { fieldErrors } : {}) };
}
