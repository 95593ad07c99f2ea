import type { NoticeText } from '@/lib/domain/notices';
import { noticeIn, type Tx } from '@/i18n/text';

/** A stored notification's title and body in the reader's language (R-UI-4); older rows are English only. */
export function noticeTexts(
  tx: Tx,
  n: { title: string; body: string; i18n: { title: NoticeText; body: NoticeText } | null },
): { title: string; body: string } {
  return n.i18n
    ? { title: noticeIn(tx, n.i18n.title), body: noticeIn(tx, n.i18n.body) }
    : { title: n.title, body: n.body };
}
