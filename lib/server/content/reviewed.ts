import 'server-only';
import { qualifications, signatures, templates, unsubscribeRemovals } from '@/db/schema';
import type { ContentKind } from '@/db/enums';

/** The table of each reviewed kind; all share the review columns. */
export const REVIEWED_TABLES = {
  qualification: qualifications,
  signature: signatures,
  template: templates,
  unsubscribe_removal: unsubscribeRemovals,
} as const;

export const KIND_LABELS: Record<ContentKind, string> = {
  qualification: 'Qualification',
  signature: 'Signature',
  template: 'Body template',
  unsubscribe_removal: 'Unsubscribe removal',
};
