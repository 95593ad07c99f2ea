import type { Locale } from './locales';
import type { TextTable } from './translate';
import zhText from './zh-CN.text.json';

/**
 * The translation tables by language, for server code only: the browser gets its reader's table
 * with the request's messages (i18n/request.ts), so an English page carries none.
 */
export const TEXT_TABLES: Record<Locale, TextTable> = { 'en-US': null, 'zh-CN': zhText as Record<string, string> };
