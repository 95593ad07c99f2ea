// The translator of the interface's own words (R-UI-4), usable anywhere. English is written in
// the code and is its own key; the Chinese comes from i18n/zh-CN.text.json, which only the server
// imports (i18n/text-server.ts): components get the table with the request's messages
// (i18n/request.ts → useText), so an English reader's browser never downloads it.
import { fillText, type NoticeInput, type TextValues } from '@/lib/domain/notices';

export type { TextValues };
/** Translate one English interface text into the current language; `country` names a region. */
export type Tx = ((english: string, values?: TextValues) => string) & {
  locale: string;
  country(iso: string, english: string): string;
  /** A message the server wrote (a field error, a refusal): see messageIn. */
  message(english: string): string;
};

/** How the mainland console names these regions (the CLDR names are longer or differ). */
const ZH_REGIONS: Record<string, string> = { HK: '中国香港', MO: '中国澳门', TW: '中国台湾' };

/** English → the language's text; null for English itself. */
export type TextTable = Record<string, string> | null;

const translators = new Map<string, { table: TextTable; tx: Tx }>();

/**
 * The translator for a language and its table (built once per table, so once per language on
 * the server and once per page load in the browser); an unknown text shows in English rather
 * than as a key.
 */
export function textFor(locale: string, table: TextTable): Tx {
  const known = translators.get(locale);
  if (known && known.table === table) return known.tx;
  const tx = buildTranslator(locale, table);
  translators.set(locale, { table, tx });
  return tx;
}

function buildTranslator(locale: string, table: TextTable): Tx {
  const tx = (english: string, values?: TextValues) => fillText(table?.[english] ?? english, values);
  const names = table ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  const country = (iso: string, english: string) => (names ? (ZH_REGIONS[iso] ?? names.of(iso) ?? english) : english);
  const message = (english: string) =>
    table
      ? english
          .split('\n')
          .map((line) => lineIn(table, line))
          .join('\n')
      : english;
  return Object.assign(tx, { locale, country, message });
}

/** The length of a template's own text, without its placeholders. */
const fixed = (template: string) => template.replace(/\{\w+\}/g, '').length;

const patterns = new WeakMap<Record<string, string>, { re: RegExp; names: string[]; text: string }[]>();

/**
 * One line of a server message in the table's language: the text itself when the table has it,
 * else the first template whose shape it has ("Enter at least 8 characters." is "Enter at least
 * {n} characters." with n = 8), else the English as written.
 */
function lineIn(table: Record<string, string>, line: string): string {
  if (table[line]) return table[line];
  let list = patterns.get(table);
  if (!list) {
    list = Object.keys(table)
      .filter((k) => /\{\w+\}/.test(k))
      .map((k) => {
        const names = [...k.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const re = new RegExp(
          `^${k
            .split(/\{\w+\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('(.+?)')}$`,
        );
        return { re, names, text: k };
      })
      // The most specific template first: more fixed text ("Package #{id}: {reason}" before
      // "Package #{id}"), then fewer placeholders.
      .sort((a, b) => fixed(b.text) - fixed(a.text) || a.names.length - b.names.length);
    patterns.set(table, list);
  }
  for (const p of list) {
    const m = p.re.exec(line);
    // A value the table knows reads in its language too (mainland → 国内); names stay as written.
    if (m) return fillText(table[p.text], Object.fromEntries(p.names.map((n, i) => [n, table[m[i + 1]] ?? m[i + 1]])));
  }
  return line;
}

/**
 * A stored notice text in the reader's language. Values are translated too when the table
 * knows them (a kind such as "Body template", a decision such as "approved"); names stay.
 */
export function noticeIn(tx: Tx, t: NoticeInput): string {
  if (typeof t === 'string') return tx(t);
  const values =
    t.values && Object.fromEntries(Object.entries(t.values).map(([k, v]) => [k, typeof v === 'string' ? tx(v) : v]));
  return tx(t.text, values);
}
