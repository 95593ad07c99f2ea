import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { qualifications, signatures, templates } from '@/db/schema';
import type { ContentKind } from '@/db/enums';

/** The table of each reviewed kind; all share the review columns. */
export const REVIEWED_TABLES = { qualification: qualifications, signature: signatures, template: templates } as const;

export const KIND_LABELS: Record<ContentKind, string> = {
  qualification: 'Qualification',
  signature: 'Signature',
  template: 'Body template',
};

/** Scope to a live row of one account. */
export function liveOf(kind: ContentKind, accountId: number, id: number) {
  const t = REVIEWED_TABLES[kind];
  return and(eq(t.id, id), eq(t.accountId, accountId), isNull(t.deletedAt));
}
