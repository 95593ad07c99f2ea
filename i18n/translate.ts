// The translation table of the interface's own words (R-UI-4), usable anywhere: components get
// it through i18n/text.ts, the server (alarm e-mails and SMS) directly. English is written in the
// code and is its own key; the Chinese comes from i18n/zh-CN.text.json.
import { fillText, type NoticeInput, type TextValues } from '@/lib/domain/notices';
import zhText from './zh-CN.text.json';
import type { Locale } from './locales';

export type { TextValues };
/** Translate one English interface text into the current language. */
export type Tx = (english: string, values?: TextValues) => string;

const TABLES: Record<Locale, Record<string, string> | null> = { 'en-US': null, 'zh-CN': zhText as Record<string, string> };

/** The translator for a language; an unknown text shows in English rather than as a key. */
export function textFor(locale: string): Tx {
  const table = TABLES[locale as Locale] ?? null;
  return (english, values) => fillText(table?.[english] ?? english, values);
}

/**
 * A stored notice text in the reader's language. Values are translated too when the table
 * knows them (a kind such as "Body template", a decision such as "approved"); names stay.
 */
export function noticeIn(tx: Tx, t: NoticeInput): string {
  if (typeof t === 'string') return tx(t);
  const values = t.values && Object.fromEntries(Object.entries(t.values).map(([k, v]) => [k, typeof v === 'string' ? tx(v) : v]));
  return tx(t.text, values);
}
