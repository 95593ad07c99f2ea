// Review state machines (R-QUA-2/3, R-SIG-3/4, R-TPL-5, R-UNS-2) as data.

export const REVIEW_KINDS = ['qualification', 'signature', 'template', 'unsubscribe_removal'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export type ReviewStatus = 'pending' | 'approved' | 'approved_pending_effect' | 'effective' | 'rejected';

/** Allowed moves per kind: from → to. A modification that resubmits is a move back to pending. */
export const REVIEW_MACHINES: Record<ReviewKind, Partial<Record<ReviewStatus, readonly ReviewStatus[]>>> = {
  // R-QUA-2/3: reviewers decide; rejected and approved ones may be edited, going back to review.
  qualification: { pending: ['approved', 'rejected', 'pending'], rejected: ['pending'], approved: ['pending'] },
  // R-SIG-3/4: approval takes effect (immediately here); modify only while pending or rejected.
  signature: {
    pending: ['approved_pending_effect', 'rejected', 'pending'],
    approved_pending_effect: ['effective'],
    rejected: ['pending'],
  },
  // R-TPL-5
  template: { pending: ['effective', 'rejected', 'pending'], rejected: ['pending'] },
  // R-UNS-2
  unsubscribe_removal: { pending: ['approved', 'rejected'] },
};

export function canTransition(kind: ReviewKind, from: ReviewStatus, to: ReviewStatus): boolean {
  return REVIEW_MACHINES[kind]?.[from]?.includes(to) ?? false;
}

/** The status a reviewer's approval moves an item to. */
export function approvedStatus(kind: ReviewKind): ReviewStatus {
  return kind === 'signature' ? 'approved_pending_effect' : kind === 'template' ? 'effective' : 'approved';
}
