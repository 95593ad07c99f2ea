// The interface's own words in components (R-UI-4). English is written in the code where it is
// shown and is its own key: the English interface shows it as written, the Chinese one looks it
// up in i18n/zh-CN.text.json. i18n/messages.test.ts fails when a text the code shows has no
// Chinese. Values fill `{name}` placeholders: tx('{n} of {max} used', { n: 3, max: 50 }).
import { useLocale, useMessages } from 'next-intl';
import { textFor, type TextTable, type Tx } from './translate';

export { noticeIn, type Tx, type TextValues } from './translate';

const tables = new WeakMap<object, TextTable>();

/**
 * The table as the request's messages carry it (i18n/request.ts: pairs, since next-intl reads
 * dots in keys as nesting), made a lookup once per page load.
 */
function tableOf(pairs: [string, string][] | undefined): TextTable {
  if (!pairs || pairs.length === 0) return null;
  let table = tables.get(pairs);
  if (!table) tables.set(pairs, (table = Object.fromEntries(pairs)));
  return table;
}

/** In a component (client, or a server component that is not async). */
export function useText(): Tx {
  const locale = useLocale();
  const messages = useMessages() as { textTable?: [string, string][] };
  return textFor(locale, tableOf(messages.textTable));
}

/**
 * Marks an English text written outside a component (a label table) as interface text: it is
 * returned unchanged and translated where it is shown with tx(). The key test collects both.
 */
export function uiText(english: string): string {
  return english;
}
