// Texts the server writes for a person to read later (notifications, alarm e-mails and SMS):
// kept as the English template and its values, so each reader gets them in their language
// (R-UI-4). The templates are translated in i18n/zh-CN.text.json like any interface text.

export type TextValues = Record<string, string | number>;
export interface NoticeText {
  text: string;
  values?: TextValues;
}
/** What a notice's title or body may be given as: plain text, or a template with values. */
export type NoticeInput = string | NoticeText;

/** A translatable notice text: `notice('Refund request #{id} was refused: {reason}', { id, reason })`. */
export function notice(text: string, values?: TextValues): NoticeText {
  return values ? { text, values } : { text };
}

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function fillText(text: string, values?: TextValues): string {
  return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
}

/** The English reading of a notice text. */
export function englishOf(t: NoticeInput): string {
  return typeof t === 'string' ? t : fillText(t.text, t.values);
}
